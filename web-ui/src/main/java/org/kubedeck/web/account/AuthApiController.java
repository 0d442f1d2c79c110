package org.kubedeck.web.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Map;
import org.kubedeck.application.user.port.in.ChangePasswordUseCase;
import org.kubedeck.application.user.port.in.LogOutUseCase;
import org.kubedeck.application.user.port.in.LogOutUseCase.Reason;
import org.kubedeck.application.user.port.in.UserQuery;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.NewPassword;
import org.kubedeck.domain.user.User;
import org.kubedeck.domain.user.Username;
import org.kubedeck.web.security.LoginThrottledException;
import org.kubedeck.web.security.PasswordSignInOffException;
import org.kubedeck.web.security.SessionIdle;
import org.kubedeck.web.security.UserSessions;
import org.kubedeck.web.support.ApiError;
import org.kubedeck.web.support.CurrentActor;
import org.kubedeck.web.support.PermissionsJson;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class AuthApiController {

    private final AuthenticationManager authenticationManager;
    private final SecurityContextRepository contextRepository;
    private final UserQuery users;
    private final LogOutUseCase logOut;
    private final ChangePasswordUseCase changePassword;
    private final UserSessions sessions;
    private final SessionIdle idle;

    AuthApiController(AuthenticationManager authenticationManager, SecurityContextRepository contextRepository,
            UserQuery users, LogOutUseCase logOut, ChangePasswordUseCase changePassword, UserSessions sessions,
            SessionIdle idle) {
        this.sessions = sessions;
        this.idle = idle;
        this.authenticationManager = authenticationManager;
        this.contextRepository = contextRepository;
        this.users = users;
        this.logOut = logOut;
        this.changePassword = changePassword;
    }

    record LoginRequest(String username, String password) {
        @Override
        public String toString() {
            return "LoginRequest[username=" + username + "]";
        }
    }

    record CurrentUserJson(String username, PermissionsJson permissions, boolean mustChangePassword) {
        static CurrentUserJson of(User user) {
            return new CurrentUserJson(user.username().value(), PermissionsJson.of(user.permissions()),
                    user.mustChangePassword());
        }
    }

    record PasswordChangeRequest(String currentPassword, String newPassword) {
        @Override
        public String toString() {
            return "PasswordChangeRequest[hidden]";
        }
    }

    @PostMapping("/api/login")
    ResponseEntity<?> login(@RequestBody LoginRequest body, HttpServletRequest request,
            HttpServletResponse response) {
        UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(
                body.username() == null ? "" : body.username(), body.password() == null ? "" : body.password());
        attempt.setDetails(new WebAuthenticationDetails(request));
        Authentication authentication;
        try {
            authentication = authenticationManager.authenticate(attempt);
        } catch (LoginThrottledException e) {
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfter().toSeconds()))
                    .body(new ApiError("too_many_attempts", e.getMessage()));
        } catch (PasswordSignInOffException e) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN)
                    .body(new ApiError("password_sign_in_off", e.getMessage()));
        } catch (AuthenticationException e) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                    .body(new ApiError("invalid_credentials", "Wrong username or password."));
        }
        HttpSession old = request.getSession(false);
        if (old != null) {
            old.invalidate();
        }
        idle.signedIn(request.getSession(true));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contextRepository.saveContext(context, request, response);
        User user = users.currentUser(Username.of(authentication.getName())).orElseThrow();
        return ResponseEntity.ok(CurrentUserJson.of(user));
    }

    @PostMapping("/api/logout")
    ResponseEntity<?> logout(Actor actor, HttpServletRequest request) {
        logOut.loggedOut(actor, Reason.USER);
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
        return ResponseEntity.ok(Map.of("status", "logged_out"));
    }

    @GetMapping("/api/current-user")
    CurrentUserJson currentUser(HttpServletRequest request) {
        return CurrentUserJson.of(CurrentActor.user(request).orElseThrow());
    }

    @PostMapping("/api/account/password")
    ResponseEntity<?> changePassword(Actor actor, @RequestBody PasswordChangeRequest body, HttpSession session) {
        changePassword.changeOwnPassword(actor, body.currentPassword(), new NewPassword(body.newPassword()));
        sessions.passwordChanged(actor, actor.username(), session.getId());
        return ResponseEntity.ok(Map.of("status", "password_changed"));
    }
}
