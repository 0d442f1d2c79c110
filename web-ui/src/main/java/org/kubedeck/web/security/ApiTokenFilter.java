package org.kubedeck.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.kubedeck.application.token.port.in.AuthenticateTokenUseCase;
import org.kubedeck.application.token.port.in.AuthenticateTokenUseCase.InvalidTokenException;
import org.kubedeck.application.token.port.in.AuthenticateTokenUseCase.TokenUser;
import org.kubedeck.domain.TooManyRequestsException;
import org.kubedeck.web.support.CurrentActor;
import org.kubedeck.web.support.ErrorText;
import org.kubedeck.web.support.Htmx;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code /api/v1/**} and {@code /mcp} requests that carry {@code Authorization: Bearer <token>} as
 * the token's owner (with read-only permissions for a read-only token), for this request only: no session is
 * created. Each use counts against the token's rate limit. Tokens cannot manage tokens; that takes a signed-in
 * session. The MCP server takes tokens only.
 */
class ApiTokenFilter extends OncePerRequestFilter {

    static final String API_V1 = "/api/v1/";
    static final String MCP = "/mcp";
    private static final String TOKENS = "/api/v1/tokens";
    private static final String BEARER = "Bearer ";

    private final AuthenticateTokenUseCase tokens;
    private final SecurityResponses responses;

    ApiTokenFilter(AuthenticateTokenUseCase tokens, SecurityResponses responses) {
        this.tokens = tokens;
        this.responses = responses;
    }

    /** Whether the request presents a bearer token: such requests carry no cookies to forge, so need no CSRF token. */
    static boolean presentsToken(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
                && (Htmx.path(request).startsWith(API_V1) || isMcp(request));
    }

    private static boolean isMcp(HttpServletRequest request) {
        return Htmx.path(request).equals(MCP);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !presentsToken(request) && !isMcp(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = Htmx.path(request);
        if (!presentsToken(request)) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            responses.error(response, HttpServletResponse.SC_UNAUTHORIZED, "unauthorized",
                    "The MCP server takes an API token: Authorization: Bearer <token>.");
            return;
        }
        if (path.equals(TOKENS) || path.startsWith(TOKENS + "/")) {
            responses.error(response, HttpServletResponse.SC_FORBIDDEN, "session_required",
                    "API tokens are managed from a signed-in session, not with a token.");
            return;
        }
        TokenUser authenticated;
        try {
            authenticated = tokens.authenticate(request.getHeader(HttpHeaders.AUTHORIZATION)
                    .substring(BEARER.length()).trim());
        } catch (InvalidTokenException e) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
            responses.error(response, HttpServletResponse.SC_UNAUTHORIZED, "invalid_token", e.getMessage());
            return;
        } catch (TooManyRequestsException e) {
            e.retryAfter().ifPresent(wait -> response.setHeader(HttpHeaders.RETRY_AFTER,
                    Long.toString(Math.max(1, wait.toSeconds() + (wait.toMillisPart() > 0 ? 1 : 0)))));
            responses.error(response, SecurityResponses.TOO_MANY_REQUESTS, "rate_limited", ErrorText.of(e));
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(KubedeckAuthenticationProvider.signedIn(authenticated.user()));
        SecurityContextHolder.setContext(context);
        CurrentActor.set(request, authenticated.user());
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
