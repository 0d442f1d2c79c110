package org.kubedeck.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.kubedeck.application.user.port.in.LogOutUseCase;
import org.kubedeck.application.user.port.in.LogOutUseCase.Reason;
import org.kubedeck.application.user.port.in.UserQuery;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.User;
import org.kubedeck.domain.user.Username;
import org.kubedeck.web.support.CurrentActor;
import org.kubedeck.web.support.Htmx;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * For every request of a signed-in session: ends the session after the idle timeout (polling does not count as
 * activity), reloads the user so that a disable or a permission change takes effect at once, and holds users
 * who must change their password to that page.
 */
class SignedInUserFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SignedInUserFilter.class);
    private static final Set<String> ALLOWED_BEFORE_PASSWORD_CHANGE = Set.of("/account/password", "/logout",
            "/api/logout", "/api/current-user", "/api/account/password", "/favicon.ico", "/favicon.svg");
    private static final List<String> STATIC_PREFIXES = List.of("/css/", "/js/", "/webjars/");

    private final UserQuery users;
    private final LogOutUseCase logOut;
    private final SecurityResponses responses;
    private final SessionIdle idle;

    SignedInUserFilter(UserQuery users, LogOutUseCase logOut, SecurityResponses responses, SessionIdle idle) {
        this.users = users;
        this.logOut = logOut;
        this.responses = responses;
        this.idle = idle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (CurrentActor.user(request).isPresent()) {
            // Authenticated by an API token for this request alone: there is no session to look after.
            chain.doFilter(request, response);
            return;
        }
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            chain.doFilter(request, response);
            return;
        }
        Optional<User> user = users.currentUser(Username.of(authentication.getName()));
        HttpSession session = request.getSession(false);
        if (session != null && idle.expired(session)) {
            end(request, user, authentication, Reason.IDLE);
            responses.toLogin(request, response, "expired", "session_expired",
                    "Your session ended after " + idle.timeout().toMinutes() + " minutes without activity.");
            return;
        }
        if (user.isEmpty() || !user.get().enabled()) {
            end(request, user, authentication, Reason.DISABLED);
            responses.toLogin(request, response, "disabled", "account_disabled", "Your account is disabled.");
            return;
        }
        if (session != null) {
            idle.requested(session, !Htmx.isBackground(request));
        }
        CurrentActor.set(request, user.get());
        if (user.get().mustChangePassword() && !allowedBeforePasswordChange(Htmx.path(request))) {
            if (Htmx.isApi(request)) {
                responses.error(response, HttpServletResponse.SC_FORBIDDEN, "password_change_required",
                        "Change your password first (POST /api/account/password).");
            } else if (Htmx.isHtmx(request)) {
                response.setHeader("HX-Redirect", request.getContextPath() + "/account/password");
            } else {
                response.sendRedirect(request.getContextPath() + "/account/password");
            }
            return;
        }
        chain.doFilter(request, response);
    }

    private void end(HttpServletRequest request, Optional<User> user, Authentication authentication,
            Reason reason) {
        log.info("Ending session of {} ({})", authentication.getName(), reason);
        user.ifPresent(u -> logOut.loggedOut(Actor.of(u, request.getRemoteAddr()), reason));
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
    }

    private static boolean allowedBeforePasswordChange(String path) {
        return ALLOWED_BEFORE_PASSWORD_CHANGE.contains(path) || STATIC_PREFIXES.stream().anyMatch(path::startsWith);
    }
}
