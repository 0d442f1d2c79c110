package org.kubedeck.application.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kubedeck.application.testing.TestFixture;
import org.kubedeck.application.user.port.in.LogInUseCase.LoginCommand;
import org.kubedeck.application.user.port.in.LogInUseCase.LoginOutcome;
import org.kubedeck.application.user.port.in.LogInUseCase.Rejected;
import org.kubedeck.application.user.port.in.LogInUseCase.Succeeded;
import org.kubedeck.application.user.port.in.LogInUseCase.Throttled;
import org.kubedeck.application.user.port.in.LogOutUseCase.Reason;
import org.kubedeck.domain.audit.AuditAction;
import org.kubedeck.domain.audit.AuditEvent;
import org.kubedeck.domain.audit.Outcome;
import org.kubedeck.domain.user.NewPassword;
import org.kubedeck.domain.user.Permissions;
import org.kubedeck.domain.user.User;
import org.kubedeck.domain.user.Username;

class LoginServiceTest {

    private final TestFixture f = new TestFixture();
    private LoginService login;

    @BeforeEach
    void setUp() {
        login = new LoginService(f.users, f.hasher, f.loginAttempts, f.auditLog, f.clock());
        f.users.save(User.create(Username.of("alice"), f.hasher.hash(new NewPassword("correct-horse")),
                Permissions.globalRead(), f.clock.instant()));
    }

    private LoginOutcome attempt(String user, String password, String ip) {
        return login.logIn(new LoginCommand(user, password, ip));
    }

    @Test
    void rightPasswordLogsInAndIsAudited() {
        LoginOutcome outcome = attempt("alice", "correct-horse", "10.0.0.1");
        assertThat(outcome).isInstanceOf(Succeeded.class);
        AuditEvent event = f.audit.events(AuditAction.LOGIN).get(0);
        assertThat(event.actor()).isEqualTo("alice");
        assertThat(event.clientIp()).isEqualTo("10.0.0.1");
        assertThat(event.outcome()).isEqualTo(Outcome.SUCCESS);
    }

    @Test
    void wrongPasswordAndUnknownUserLookTheSame() {
        assertThat(attempt("alice", "wrong", "10.0.0.1")).isEqualTo(new Rejected());
        assertThat(attempt("nobody", "wrong", "10.0.0.2")).isEqualTo(new Rejected());
        assertThat(f.audit.events(AuditAction.LOGIN_FAILED)).hasSize(2)
                .allSatisfy(e -> assertThat(e.detail()).isEqualTo("{\"reason\":\"bad_credentials\"}"));
    }

    @Test
    void failedLoginNeverRecordsThePassword() {
        attempt("alice", "my-secret-guess", "10.0.0.1");
        assertThat(f.audit.events()).noneMatch(e -> e.toString().contains("my-secret-guess"));
    }

    @Test
    void fifthFailureForOneUsernameLocksItForAMinuteWhateverTheAddress() {
        for (int i = 1; i <= 4; i++) {
            assertThat(attempt("alice", "wrong", "10.0.0." + i)).isEqualTo(new Rejected());
        }
        assertThat(attempt("alice", "wrong", "10.0.0.5")).isEqualTo(new Throttled(Duration.ofSeconds(60)));
        assertThat(attempt("alice", "correct-horse", "10.9.9.9"))
                .as("even the right password waits").isInstanceOf(Throttled.class);

        f.clock.advance(Duration.ofSeconds(61));
        assertThat(attempt("alice", "correct-horse", "10.9.9.9")).isInstanceOf(Succeeded.class);
    }

    @Test
    void oneAddressTryingManyNamesIsThrottled() {
        for (int i = 1; i <= 4; i++) {
            attempt("user" + i, "wrong", "10.6.6.6");
        }
        assertThat(attempt("user5", "wrong", "10.6.6.6")).isInstanceOf(Throttled.class);
        assertThat(attempt("alice", "correct-horse", "10.6.6.6")).isInstanceOf(Throttled.class);
        assertThat(attempt("alice", "correct-horse", "10.7.7.7")).isInstanceOf(Succeeded.class);
    }

    @Test
    void throttlingAnUnknownNameLooksLikeThrottlingAKnownOne() {
        for (int i = 0; i < 5; i++) {
            attempt("alice", "wrong", "10.0.1." + i);
            attempt("ghost", "wrong", "10.0.2." + i);
        }
        assertThat(attempt("alice", "x", "10.0.3.1")).isEqualTo(attempt("ghost", "x", "10.0.3.2"));
    }

    @Test
    void repeatedFailuresLockLonger() {
        for (int i = 0; i < 5; i++) {
            attempt("alice", "wrong", "10.0.0." + i);
        }
        f.clock.advance(Duration.ofSeconds(61));
        assertThat(attempt("alice", "wrong", "10.0.1.1")).isEqualTo(new Throttled(Duration.ofMinutes(2)));
    }

    @Test
    void disabledUserCannotLogIn() {
        f.users.save(f.users.find(Username.of("alice")).orElseThrow().withEnabled(false));
        assertThat(attempt("alice", "correct-horse", "10.0.0.1")).isEqualTo(new Rejected());
        assertThat(f.audit.events(AuditAction.LOGIN_FAILED).get(0).detail()).contains("disabled");
    }

    @Test
    void logoutIsAuditedWithItsReason() {
        User alice = f.users.find(Username.of("alice")).orElseThrow();
        login.loggedOut(org.kubedeck.domain.user.Actor.of(alice, "10.0.0.1"), Reason.IDLE);
        assertThat(f.audit.events(AuditAction.LOGOUT).get(0).detail()).isEqualTo("{\"reason\":\"idle\"}");
    }
}
