package org.kubedeck.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collection;
import java.util.List;
import org.kubedeck.application.sso.port.in.SignInWithSsoUseCase;
import org.kubedeck.application.sso.port.in.SignInWithSsoUseCase.SsoSignIn;
import org.kubedeck.domain.AccessDeniedException;
import org.kubedeck.domain.user.User;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The person the provider vouched for, as a Kubedeck user: the username and groups claims go to the sign-in use
 * case, which makes or updates the user and decides their permissions. A refusal becomes an authentication failure
 * that carries the use case's reason to the sign-in page.
 */
final class SsoUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService provider = new OidcUserService();
    private final SignInWithSsoUseCase signIn;
    private final SsoSettings settings;

    SsoUserService(SignInWithSsoUseCase signIn, SsoSettings settings) {
        this.signIn = signIn;
        this.settings = settings;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser person = provider.loadUser(request);
        Object name = person.getClaims().get(settings.usernameClaim());
        try {
            User user = signIn.signIn(new SsoSignIn(name == null ? "" : name.toString(), groups(person), clientIp()));
            String role = user.permissions().admin() ? "ROLE_ADMIN" : "ROLE_USER";
            return new SignedIn(person, user.username().value(), role);
        } catch (AccessDeniedException e) {
            throw new SsoRefusedException(e);
        }
    }

    /** The groups claim as a list of names, or a single name; anything else is no groups. */
    private List<String> groups(OidcUser person) {
        Object claim = person.getClaims().get(settings.groupsClaim());
        if (claim instanceof Collection<?> names) {
            return names.stream().map(String::valueOf).toList();
        }
        return claim instanceof String single ? List.of(single) : List.of();
    }

    private static String clientIp() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return "";
    }

    /** The provider's person under their Kubedeck name, which the session and the rest of the console go by. */
    static final class SignedIn extends DefaultOidcUser {

        private static final long serialVersionUID = 1L;

        private final String username;

        SignedIn(OidcUser person, String username, String role) {
            super(List.of(new SimpleGrantedAuthority(role)), person.getIdToken(), person.getUserInfo());
            this.username = username;
        }

        @Override
        public String getName() {
            return username;
        }
    }

    /** Why the console would not let the person in, for the sign-in page. */
    static final class SsoRefusedException extends OAuth2AuthenticationException {

        private static final long serialVersionUID = 1L;

        private final transient AccessDeniedException refusal;

        SsoRefusedException(AccessDeniedException refusal) {
            super(new OAuth2Error("access_denied"), refusal.getMessage(), refusal);
            this.refusal = refusal;
        }

        AccessDeniedException refusal() {
            return refusal;
        }
    }
}
