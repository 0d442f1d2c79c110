package org.kubedeck.web.security;

import org.kubedeck.application.user.port.out.PasswordHasher;
import org.kubedeck.domain.user.NewPassword;
import org.kubedeck.domain.user.PasswordHash;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Passwords through Spring Security's delegating encoder: bcrypt today, upgradable by its {id} prefix. */
class PasswordHasherSpringSecurityAdapter implements PasswordHasher {

    private final PasswordEncoder encoder;

    PasswordHasherSpringSecurityAdapter(PasswordEncoder encoder) {
        this.encoder = encoder;
    }

    @Override
    public PasswordHash hash(NewPassword password) {
        return new PasswordHash(encoder.encode(password.value()));
    }

    @Override
    public boolean matches(String rawPassword, PasswordHash hash) {
        return encoder.matches(rawPassword, hash.encoded());
    }
}
