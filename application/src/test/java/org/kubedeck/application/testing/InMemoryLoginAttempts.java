package org.kubedeck.application.testing;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.kubedeck.application.user.port.out.LoginAttempts;
import org.kubedeck.domain.user.LoginBackoff;

public class InMemoryLoginAttempts implements LoginAttempts {

    private final Map<String, LoginBackoff> backoffs = new ConcurrentHashMap<>();

    @Override
    public LoginBackoff get(String key) {
        return backoffs.getOrDefault(key, LoginBackoff.CLEAN);
    }

    @Override
    public LoginBackoff recordFailure(String key, Instant now) {
        return backoffs.compute(key, (k, old) -> (old == null ? LoginBackoff.CLEAN : old).afterFailure(now));
    }

    @Override
    public void clear(String key) {
        backoffs.remove(key);
    }
}
