package org.kubedeck.application.testing;

import org.kubedeck.application.user.port.out.PasswordHasher;
import org.kubedeck.domain.user.NewPassword;
import org.kubedeck.domain.user.PasswordHash;

/** A fast stand-in for the adaptive hash: tests need the contract (match or not), not the cost. */
public class ReversiblePasswordHasher implements PasswordHasher {

    @Override
    public PasswordHash hash(NewPassword password) {
        return new PasswordHash("{test}" + new StringBuilder(password.value()).reverse());
    }

    @Override
    public boolean matches(String rawPassword, PasswordHash hash) {
        return hash.encoded().equals("{test}" + new StringBuilder(rawPassword).reverse());
    }
}
