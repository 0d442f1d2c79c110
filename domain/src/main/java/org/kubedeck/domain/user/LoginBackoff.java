package org.kubedeck.domain.user;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Failed logins of one key (a username or a client address). After {@code FREE_FAILURES} failures the key
 * is locked for a minute, and every further failure doubles the lock, up to an hour. Failures are forgotten
 * once the key has been quiet (and unlocked) for {@code FORGET_AFTER}, so old typos do not add up.
 */
public record LoginBackoff(int failures, Instant lockedUntil, Instant lastFailure) {

    public static final int FREE_FAILURES = 5;
    public static final Duration FIRST_LOCK = Duration.ofMinutes(1);
    public static final Duration LONGEST_LOCK = Duration.ofHours(1);
    public static final Duration FORGET_AFTER = Duration.ofMinutes(15);
    public static final LoginBackoff CLEAN = new LoginBackoff(0, null, null);

    public LoginBackoff {
        if (failures < 0) {
            throw new IllegalArgumentException("failures cannot be negative");
        }
    }

    public LoginBackoff afterFailure(Instant now) {
        LoginBackoff base = forgotten(now) ? CLEAN : this;
        int count = base.failures + 1;
        if (count < FREE_FAILURES) {
            return new LoginBackoff(count, base.lockedUntil, now);
        }
        return new LoginBackoff(count, now.plus(lockFor(count)), now);
    }

    private boolean forgotten(Instant now) {
        return lastFailure != null && remainingLock(now).isEmpty()
                && Duration.between(lastFailure, now).compareTo(FORGET_AFTER) > 0;
    }

    static Duration lockFor(int failureCount) {
        int doublings = Math.min(failureCount - FREE_FAILURES, 10);
        Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
        return lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock;
    }

    /** How long the key must still wait, or empty when it may try now. */
    public Optional<Duration> remainingLock(Instant now) {
        if (lockedUntil == null || !now.isBefore(lockedUntil)) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, lockedUntil));
    }
}
