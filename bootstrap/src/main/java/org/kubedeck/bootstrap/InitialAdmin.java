package org.kubedeck.bootstrap;

import java.util.Optional;
import org.kubedeck.application.user.port.in.EnsureInitialAdminUseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * On the very first start, creates the admin account and shows its one-time password once; before the web
 * server opens, so the account exists by the time anyone can sign in.
 */
@Component
class InitialAdmin implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(InitialAdmin.class);

    private final EnsureInitialAdminUseCase initialAdmin;
    private final KubedeckProperties properties;

    InitialAdmin(EnsureInitialAdminUseCase initialAdmin, KubedeckProperties properties) {
        this.initialAdmin = initialAdmin;
        this.properties = properties;
    }

    @Override
    public void afterSingletonsInstantiated() {
        initialAdmin.ensureInitialAdmin(Optional.of(properties.admin().password())).ifPresent(password ->
                // The one deliberate exception to "no secrets in logs": nobody could sign in otherwise.
                log.warn("\n\n    Created user 'admin' with the one-time password: {}\n"
                        + "    It is shown only now; it must be changed at the first sign-in.\n", password));
    }
}
