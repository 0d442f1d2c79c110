package org.kubedeck.application.user.port.in;

import java.util.Optional;

public interface EnsureInitialAdminUseCase {

    /**
     * When no user exists, creates "admin" with the configured password, or a random one. Returns the
     * random password so the caller can show it once; empty when nothing was generated.
     */
    Optional<String> ensureInitialAdmin(Optional<String> configuredPassword);
}
