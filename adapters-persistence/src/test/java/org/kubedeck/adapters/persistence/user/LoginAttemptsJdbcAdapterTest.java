package org.kubedeck.adapters.persistence.user;

import org.kubedeck.adapters.persistence.PostgresTest;
import org.kubedeck.application.testing.LoginAttemptsContract;
import org.kubedeck.application.user.port.out.LoginAttempts;
import org.springframework.beans.factory.annotation.Autowired;

@PostgresTest
class LoginAttemptsJdbcAdapterTest extends LoginAttemptsContract {

    @Autowired
    LoginAttemptsJdbcAdapterTest(LoginAttempts attempts) {
        super(attempts);
    }
}
