package org.kubedeck.application.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kubedeck.application.user.port.out.LoginAttempts;
import org.kubedeck.domain.user.LoginBackoff;

public abstract class LoginAttemptsContract {

    protected abstract LoginAttempts attempts();

    @Test
    void unknownKeyIsClean() {
        assertThat(attempts().get("user:" + UUID.randomUUID())).isEqualTo(LoginBackoff.CLEAN);
    }

    @Test
    void storesReplacesAndClearsBackoff() {
        String key = "ip:" + UUID.randomUUID();
        LoginBackoff locked = new LoginBackoff(6, Instant.parse("2026-01-01T10:02:00Z"));
        attempts().put(key, new LoginBackoff(1, null));
        attempts().put(key, locked);
        assertThat(attempts().get(key)).isEqualTo(locked);
        attempts().clear(key);
        assertThat(attempts().get(key)).isEqualTo(LoginBackoff.CLEAN);
    }
}
