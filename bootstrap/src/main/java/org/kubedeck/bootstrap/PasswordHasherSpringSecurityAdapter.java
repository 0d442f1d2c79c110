package org.kubedeck.bootstrap;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.kubedeck.application.user.port.out.PasswordHasher;
import org.kubedeck.domain.user.NewPassword;
import org.kubedeck.domain.user.PasswordHash;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Passwords through Spring Security's delegating encoder: bcrypt today, upgradable by its {id} prefix. A hash
 * costs tens of milliseconds of CPU by design, so at most one per processor is computed at a time: a burst of
 * sign-ins queues here instead of taking every core from the requests beside it (health checks, pages).
 */
@Component
class PasswordHasherSpringSecurityAdapter implements PasswordHasher {

    private final PasswordEncoder encoder;
    private final Semaphore cores = new Semaphore(Runtime.getRuntime().availableProcessors(), true);

    PasswordHasherSpringSecurityAdapter(PasswordEncoder encoder) {
        this.encoder = encoder;
    }

    @Override
    public PasswordHash hash(NewPassword password) {
        return new PasswordHash(oneAtATimePerCore(() -> encoder.encode(password.value())));
    }

    @Override
    public boolean matches(String rawPassword, PasswordHash hash) {
        return oneAtATimePerCore(() -> encoder.matches(rawPassword, hash.encoded()));
    }

    private <T> T oneAtATimePerCore(Supplier<T> work) {
        cores.acquireUninterruptibly();
        try {
            return work.get();
        } finally {
            cores.release();
        }
    }
}
