package org.kubedeck.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.kubedeck.domain.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * A single sign-on that did not end in the console: refused by the console (the reason is kept in the session for
 * the sign-in page, {@link #REFUSAL}), or failed with the provider ({@code ?sso_failed}).
 */
public final class SsoFailures implements AuthenticationFailureHandler {

    /** The session attribute holding a refusal's {@link Message#stored()}, read once by the sign-in page. */
    public static final String REFUSAL = "kubedeck.ssoRefusal";

    private static final Logger log = LoggerFactory.getLogger(SsoFailures.class);

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        if (exception instanceof SsoUserService.SsoRefusedException refused) {
            request.getSession(true).setAttribute(REFUSAL, refused.refusal().message().stored());
            response.sendRedirect(request.getContextPath() + "/login?refused");
        } else {
            // What the provider answered, for the operator: the person sees only that it failed.
            log.warn("A sign-in through the identity provider failed: {}", exception.getMessage());
            response.sendRedirect(request.getContextPath() + "/login?sso_failed");
        }
    }
}
