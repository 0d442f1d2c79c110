package org.kubedeck.application.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.kubedeck.application.user.port.out.LoginAttempts;
import org.kubedeck.domain.user.LoginBackoff;

public abstract class LoginAttemptsContract extends PortContract<LoginAttempts> {

    private static final Instant NOW = Instant.parse("2026-01-01T10:00:00Z");

    protected LoginAttemptsContract(LoginAttempts attempts) {
        super(attempts, ReferencedRows.NONE);
    }

    protected LoginAttempts attempts() {
        return port();
    }

    @Test
    void unknownKeyIsClean() {
        assertThat(attempts().get("user:" + UUID.randomUUID())).isEqualTo(LoginBackoff.CLEAN);
    }

    @Test
    void countsFailuresLocksAndClears() {
        String key = "ip:" + UUID.randomUUID();
        for (int i = 0; i < 4; i++) {
            attempts().recordFailure(key, NOW);
        }
        LoginBackoff fifth = attempts().recordFailure(key, NOW);
        assertThat(fifth.failures()).isEqualTo(5);
        assertThat(fifth.remainingLock(NOW)).contains(Duration.ofMinutes(1));
        assertThat(attempts().get(key)).isEqualTo(fifth);
        attempts().clear(key);
        assertThat(attempts().get(key)).isEqualTo(LoginBackoff.CLEAN);
    }

    @Test
    void parallelFailuresAreAllCounted() throws Exception {
        String key = "user:" + UUID.randomUUID();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                futures.add(pool.submit(() -> attempts().recordFailure(key, NOW)));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(attempts().get(key).failures()).isEqualTo(40);
    }
}
