package org.kubedeck.application.user.port.in;

import java.util.Objects;
import java.util.Optional;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.NewPassword;
import org.kubedeck.domain.user.Permissions;
import org.kubedeck.domain.user.User;
import org.kubedeck.domain.user.Username;

/** What a global admin does with other users. */
public interface ManageUsersUseCase {

    User createUser(Actor actor, CreateUserCommand command);

    User updateUser(Actor actor, UpdateUserCommand command);

    void deleteUser(Actor actor, Username username);

    record CreateUserCommand(Username username, NewPassword password, Permissions permissions) {

        public CreateUserCommand {
            Objects.requireNonNull(username);
            Objects.requireNonNull(password);
            Objects.requireNonNull(permissions);
        }
    }

    /** An empty password keeps the current one. */
    record UpdateUserCommand(Username username, Optional<NewPassword> password, Permissions permissions,
            boolean enabled) {

        public UpdateUserCommand {
            Objects.requireNonNull(username);
            Objects.requireNonNull(password);
            Objects.requireNonNull(permissions);
        }
    }
}
