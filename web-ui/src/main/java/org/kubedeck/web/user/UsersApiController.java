package org.kubedeck.web.user;

import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Optional;
import org.kubedeck.application.user.port.in.ManageUsersUseCase;
import org.kubedeck.application.user.port.in.ManageUsersUseCase.CreateUserCommand;
import org.kubedeck.application.user.port.in.ManageUsersUseCase.UpdateUserCommand;
import org.kubedeck.application.user.port.in.UserQuery;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.NewPassword;
import org.kubedeck.domain.user.Permissions;
import org.kubedeck.domain.user.Username;
import org.kubedeck.web.security.UserSessions;
import org.kubedeck.web.support.PermissionsJson;
import org.kubedeck.web.support.UserJson;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/admin/users")
class UsersApiController {

    private final UserQuery query;
    private final ManageUsersUseCase manage;
    private final UserSessions sessions;

    UsersApiController(UserQuery query, ManageUsersUseCase manage, UserSessions sessions) {
        this.query = query;
        this.manage = manage;
        this.sessions = sessions;
    }

    /** On update every field is optional: what is left out keeps its current value. */
    record UserRequest(String username, String password, PermissionsJson permissions, Boolean enabled) {
        @Override
        public String toString() {
            return "UserRequest[username=" + username + "]";
        }
    }

    @GetMapping
    List<UserJson> list(Actor actor) {
        return query.listUsers(actor).stream().map(UserJson::of).toList();
    }

    @GetMapping("/{username}")
    UserJson get(Actor actor, @PathVariable String username) {
        return UserJson.of(query.getUser(actor, Username.of(username)));
    }

    @PostMapping
    ResponseEntity<UserJson> create(Actor actor, @RequestBody UserRequest body) {
        if (body.password() == null || body.password().isEmpty()) {
            throw new InvalidInputException("password", Message.of("user.newUserNeedsPassword",
                    "A new user needs a password."));
        }
        CreateUserCommand command = new CreateUserCommand(Username.of(body.username()),
                new NewPassword(body.password()),
                body.permissions() == null ? Permissions.NONE : body.permissions().toDomain());
        return ResponseEntity.status(HttpStatus.CREATED).body(UserJson.of(manage.createUser(actor, command)));
    }

    @PutMapping("/{username}")
    UserJson update(Actor actor, @PathVariable String username, @RequestBody UserRequest body,
            HttpSession session) {
        if (body.username() != null && !body.username().equals(username)) {
            throw new InvalidInputException("username", Message.of("user.userCannotRenamedCreate",
                    "A user cannot be renamed; create a new user instead."));
        }
        Optional<NewPassword> password = Optional.ofNullable(body.password()).filter(p -> !p.isEmpty())
                .map(NewPassword::new);
        UpdateUserCommand command = new UpdateUserCommand(Username.of(username), password,
                Optional.ofNullable(body.permissions()).map(PermissionsJson::toDomain),
                Optional.ofNullable(body.enabled()));
        UserJson updated = UserJson.of(manage.updateUser(actor, command));
        if (password.isPresent()) {
            sessions.passwordChanged(actor, Username.of(username), session.getId());
        }
        return updated;
    }

    @DeleteMapping("/{username}")
    ResponseEntity<Void> delete(Actor actor, @PathVariable String username) {
        manage.deleteUser(actor, Username.of(username));
        return ResponseEntity.noContent().build();
    }
}
