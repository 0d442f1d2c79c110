package org.kubedeck.application.user;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.kubedeck.application.UseCase;
import org.kubedeck.application.audit.AuditLog;
import org.kubedeck.application.user.port.in.LogInUseCase;
import org.kubedeck.application.user.port.in.LogOutUseCase;
import org.kubedeck.application.user.port.out.LoginAttempts;
import org.kubedeck.application.user.port.out.PasswordHasher;
import org.kubedeck.application.user.port.out.UserStore;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.audit.AuditAction;
import org.kubedeck.domain.audit.AuditDetail;
import org.kubedeck.domain.audit.Outcome;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.LoginBackoff;
import org.kubedeck.domain.user.NewPassword;
import org.kubedeck.domain.user.PasswordHash;
import org.kubedeck.domain.user.User;
import org.kubedeck.domain.user.Username;

@UseCase
class LoginService implements LogInUseCase, LogOutUseCase {

    /** Checked when the username is unknown, so that a wrong name costs as long as a wrong password. */
    private final PasswordHash decoy;
    private final UserStore users;
    private final PasswordHasher hasher;
    private final LoginAttempts attempts;
    private final AuditLog auditLog;
    private final Clock clock;

    LoginService(UserStore users, PasswordHasher hasher, LoginAttempts attempts, AuditLog auditLog, Clock clock) {
        this.users = users;
        this.hasher = hasher;
        this.attempts = attempts;
        this.auditLog = auditLog;
        this.clock = clock;
        this.decoy = hasher.hash(new NewPassword("decoy-password-never-matches"));
    }

    /**
     * No transaction spans a sign-in: the password check takes tens of milliseconds of CPU, and each step (the
     * counters, the user, the audit entry) holds a connection only for its own statement.
     */
    @Override
    public LoginOutcome logIn(LoginCommand command) {
        Instant now = clock.instant();
        String name = command.username() == null ? "" : command.username().trim();
        // Counted under the name as far as a username can go: a longer one is no account, but still a guess.
        String userKey = "user:" + Username.asTried(name);
        String ipKey = "ip:" + command.clientIp();
        Optional<Duration> lock = longest(attempts.get(userKey).remainingLock(now),
                attempts.get(ipKey).remainingLock(now));
        if (lock.isPresent()) {
            failed(name, command.clientIp(), "throttled");
            return new Throttled(roundUpToSeconds(lock.get()));
        }
        Optional<User> user = parse(name).flatMap(users::find);
        String password = command.password() == null ? "" : command.password();
        // A user of single sign-on has no password: the decoy is checked instead, so that the answer takes as long.
        Optional<PasswordHash> hash = user.map(User::passwordHash).filter(PasswordHash::usable);
        boolean passwordMatches = hasher.matches(password, hash.orElse(decoy)) && hash.isPresent();
        if (user.isPresent() && passwordMatches && user.get().enabled()) {
            // Only the name's counter: a valid account must not reset its address's count of guesses at others.
            attempts.clear(userKey);
            auditLog.success(Actor.of(user.get(), command.clientIp()), AuditAction.LOGIN, name, null,
                    AuditDetail.EMPTY);
            return new Succeeded(user.get());
        }
        LoginBackoff byUser = attempts.recordFailure(userKey, now);
        LoginBackoff byIp = attempts.recordFailure(ipKey, now);
        failed(name, command.clientIp(), user.isPresent() && passwordMatches ? "disabled" : "bad_credentials");
        return longest(byUser.remainingLock(now), byIp.remainingLock(now))
                .<LoginOutcome>map(wait -> new Throttled(roundUpToSeconds(wait)))
                .orElseGet(Rejected::new);
    }

    @Override
    public void loggedOut(Actor actor, Reason reason) {
        auditLog.success(actor, AuditAction.LOGOUT, actor.username().value(), null,
                AuditDetail.of("reason", reason.name().toLowerCase(Locale.ROOT)));
    }

    private void failed(String attemptedName, String clientIp, String reason) {
        // The attempted name is recorded as typed (cut short), so that an operator can see password guessing.
        String shown = Username.asTried(attemptedName);
        auditLog.record(shown, clientIp, AuditAction.LOGIN_FAILED, shown, null, Outcome.FAILURE,
                AuditDetail.of("reason", reason));
    }

    private static Optional<Username> parse(String name) {
        try {
            return Optional.of(Username.of(name));
        } catch (InvalidInputException e) {
            return Optional.empty();
        }
    }

    private static Optional<Duration> longest(Optional<Duration> a, Optional<Duration> b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        return Optional.of(a.get().compareTo(b.get()) >= 0 ? a.get() : b.get());
    }

    private static Duration roundUpToSeconds(Duration wait) {
        long seconds = wait.getSeconds() + (wait.getNano() > 0 ? 1 : 0);
        return Duration.ofSeconds(Math.max(1, seconds));
    }
}
