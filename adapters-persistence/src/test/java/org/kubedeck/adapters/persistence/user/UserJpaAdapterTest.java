package org.kubedeck.adapters.persistence.user;

import org.kubedeck.adapters.persistence.PostgresTest;
import org.kubedeck.application.testing.UserStoreContract;
import org.kubedeck.application.user.port.out.UserStore;
import org.springframework.beans.factory.annotation.Autowired;

@PostgresTest
class UserJpaAdapterTest extends UserStoreContract {

    @Autowired
    UserStore store;

    @Override
    protected UserStore store() {
        return store;
    }
}
