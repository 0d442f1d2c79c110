package org.kubedeck.application.user.port.in;

import java.time.Duration;
import org.kubedeck.domain.user.User;

public interface LogInUseCase {

    LoginOutcome logIn(LoginCommand command);

    /** The password travels only as far as the hash check; toString hides it. */
    record LoginCommand(String username, String password, String clientIp) {

        @Override
        public String toString() {
            return "LoginCommand[username=" + username + ", clientIp=" + clientIp + "]";
        }
    }

    sealed interface LoginOutcome {
    }

    record Succeeded(User user) implements LoginOutcome {
    }

    /** Wrong username or password: deliberately the same for both. */
    record Rejected() implements LoginOutcome {
    }

    record Throttled(Duration retryAfter) implements LoginOutcome {
    }
}
