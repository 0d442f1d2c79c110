package org.kubedeck.domain.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginBackoffTest {

    private static final Instant NOW = Instant.parse("2026-01-01T10:00:00Z");

    @Test
    void fourFailuresDoNotLock() {
        LoginBackoff backoff = LoginBackoff.CLEAN;
        for (int i = 0; i < 4; i++) {
            backoff = backoff.afterFailure(NOW);
        }
        assertThat(backoff.remainingLock(NOW)).isEmpty();
    }

    @Test
    void fifthFailureLocksForAMinute() {
        LoginBackoff backoff = failures(5);
        assertThat(backoff.remainingLock(NOW)).contains(Duration.ofMinutes(1));
        assertThat(backoff.remainingLock(NOW.plusSeconds(60))).isEmpty();
    }

    @Test
    void everyFurtherFailureDoublesTheLockUpToAnHour() {
        assertThat(failures(6).remainingLock(NOW)).contains(Duration.ofMinutes(2));
        assertThat(failures(7).remainingLock(NOW)).contains(Duration.ofMinutes(4));
        assertThat(failures(40).remainingLock(NOW)).contains(Duration.ofHours(1));
    }

    @Test
    void failuresAreForgottenAfterAQuietQuarterHour() {
        LoginBackoff four = failures(4);
        LoginBackoff later = four.afterFailure(NOW.plus(Duration.ofMinutes(16)));
        assertThat(later.failures()).isEqualTo(1);
        assertThat(later.remainingLock(NOW.plus(Duration.ofMinutes(16)))).isEmpty();
        assertThat(four.afterFailure(NOW.plus(Duration.ofMinutes(14))).failures()).isEqualTo(5);
    }

    private static LoginBackoff failures(int count) {
        LoginBackoff backoff = LoginBackoff.CLEAN;
        for (int i = 0; i < count; i++) {
            backoff = backoff.afterFailure(NOW);
        }
        return backoff;
    }
}
