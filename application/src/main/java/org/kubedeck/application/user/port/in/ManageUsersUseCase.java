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

    /** Whatever is empty keeps its current value. */
    record UpdateUserCommand(Username username, Optional<NewPassword> password, Optional<Permissions> permissions,
            Optional<Boolean> enabled) {

        public UpdateUserCommand {
            Objects.requireNonNull(username);
            Objects.requireNonNull(password);
            Objects.requireNonNull(permissions);
            Objects.requireNonNull(enabled);
        }

        /** A full update, as the edit form sends it. */
        public static UpdateUserCommand of(Username username, Optional<NewPassword> password,
                Permissions permissions, boolean enabled) {
            return new UpdateUserCommand(username, password, Optional.of(permissions), Optional.of(enabled));
        }
    }
}
