package org.kubedeck.application.user.port.out;

import java.time.Instant;
import org.kubedeck.domain.user.LoginBackoff;

/** Failed-login counters, keyed by "user:&lt;name&gt;" or "ip:&lt;address&gt;", shared by all replicas. */
public interface LoginAttempts {

    LoginBackoff get(String key);

    /**
     * Counts one more failure for the key, atomically: parallel failures are all counted, on every replica.
     * Returns the backoff after this failure.
     */
    LoginBackoff recordFailure(String key, Instant now);

    void clear(String key);
}
