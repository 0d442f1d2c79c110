package org.kubedeck.application.user.port.out;

import org.kubedeck.domain.user.LoginBackoff;

/** Failed-login counters, keyed by "user:&lt;name&gt;" or "ip:&lt;address&gt;", shared by all replicas. */
public interface LoginAttempts {

    LoginBackoff get(String key);

    void put(String key, LoginBackoff backoff);

    void clear(String key);
}
