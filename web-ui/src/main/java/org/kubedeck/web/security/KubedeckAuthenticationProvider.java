package org.kubedeck.web.security;

import java.util.List;
import org.kubedeck.application.user.port.in.LogInUseCase;
import org.kubedeck.application.user.port.in.LogInUseCase.LoginCommand;
import org.kubedeck.application.user.port.in.LogInUseCase.LoginOutcome;
import org.kubedeck.application.user.port.in.LogInUseCase.Succeeded;
import org.kubedeck.application.user.port.in.LogInUseCase.Throttled;
import org.kubedeck.domain.user.User;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Hands username and password to the login use case, which checks them, throttles and audits; unless password
 * sign-in is switched off.
 */
class KubedeckAuthenticationProvider implements AuthenticationProvider {

    private final LogInUseCase logIn;
    private final boolean passwordSignIn;

    KubedeckAuthenticationProvider(LogInUseCase logIn, boolean passwordSignIn) {
        this.logIn = logIn;
        this.passwordSignIn = passwordSignIn;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        if (!passwordSignIn) {
            throw new PasswordSignInOffException();
        }
        String clientIp = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : "";
        Object credentials = authentication.getCredentials();
        LoginOutcome outcome = logIn.logIn(new LoginCommand(authentication.getName(),
                credentials == null ? "" : credentials.toString(), clientIp));
        if (outcome instanceof Succeeded succeeded) {
            return signedIn(succeeded.user());
        }
        if (outcome instanceof Throttled throttled) {
            throw new LoginThrottledException(throttled.retryAfter());
        }
        throw new BadCredentialsException("Wrong username or password.");
    }

    /** Only the name and a coarse role live in the session; permissions are read fresh on every request. */
    static Authentication signedIn(User user) {
        String role = user.permissions().admin() ? "ROLE_ADMIN" : "ROLE_USER";
        return UsernamePasswordAuthenticationToken.authenticated(user.username().value(), null,
                List.of(new SimpleGrantedAuthority(role)));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
