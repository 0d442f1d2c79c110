package org.kubedeck.application.user;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.kubedeck.application.UseCase;
import org.kubedeck.application.audit.AccessGuard;
import org.kubedeck.application.audit.AuditLog;
import org.kubedeck.application.cluster.port.out.ClusterStore;
import org.kubedeck.application.desktop.port.out.DesktopClaims;
import org.kubedeck.application.user.port.in.ChangePasswordUseCase;
import org.kubedeck.application.user.port.in.ManageUsersUseCase;
import org.kubedeck.application.user.port.in.UserQuery;
import org.kubedeck.application.user.port.out.PasswordHasher;
import org.kubedeck.application.user.port.out.UserStore;
import org.kubedeck.domain.ConflictException;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.NotFoundException;
import org.kubedeck.domain.audit.AuditAction;
import org.kubedeck.domain.audit.AuditDetail;
import org.kubedeck.domain.audit.Outcome;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.NewPassword;
import org.kubedeck.domain.user.Permissions;
import org.kubedeck.domain.user.User;
import org.kubedeck.domain.user.Username;
import org.springframework.transaction.annotation.Transactional;

@UseCase
class UserService implements UserQuery, ManageUsersUseCase, ChangePasswordUseCase {

    private final UserStore users;
    private final ClusterStore clusters;
    private final DesktopClaims desktops;
    private final PasswordHasher hasher;
    private final AuditLog auditLog;
    private final AccessGuard guard;
    private final Clock clock;

    UserService(UserStore users, ClusterStore clusters, DesktopClaims desktops, PasswordHasher hasher,
            AuditLog auditLog, AccessGuard guard, Clock clock) {
        this.users = users;
        this.clusters = clusters;
        this.desktops = desktops;
        this.hasher = hasher;
        this.auditLog = auditLog;
        this.guard = guard;
        this.clock = clock;
    }

    @Override
    public void requireUserAdmin(Actor actor) {
        guard.requireAdmin(actor, "manage users", "users");
    }

    @Override
    @Transactional
    public List<User> listUsers(Actor actor) {
        guard.requireAdmin(actor, "list users", "users");
        return users.findAll();
    }

    @Override
    @Transactional
    public User getUser(Actor actor, Username username) {
        guard.requireAdmin(actor, "view users", username.value());
        return existing(username);
    }

    /** Runs on every request of a signed-in session: one read, no transaction of its own. */
    @Override
    public Optional<User> currentUser(Username username) {
        return users.find(username);
    }

    @Override
    @Transactional
    public User createUser(Actor actor, CreateUserCommand command) {
        guard.requireAdmin(actor, "create users", command.username().value());
        if (users.exists(command.username())) {
            throw new ConflictException(Message.of("user.userAlreadyExists",
                    "User '{0}' already exists.", command.username()));
        }
        requireRegistered(command.permissions(), Permissions.NONE);
        User user = User.invited(command.username(), hasher.hash(command.password()), command.permissions(),
                clock.instant());
        users.save(user);
        auditLog.success(actor, AuditAction.USER_CREATED, user.username().value(), null,
                AuditDetail.of("permissions", describe(user.permissions())));
        return user;
    }

    @Override
    @Transactional
    public User updateUser(Actor actor, UpdateUserCommand command) {
        guard.requireAdmin(actor, "edit users", command.username().value());
        User before = existing(command.username());
        Permissions permissions = command.permissions().orElse(before.permissions());
        boolean enabled = command.enabled().orElse(before.enabled());
        requireRegistered(permissions, before.permissions());
        boolean losesAdmin = before.isActiveAdmin() && !(enabled && permissions.admin());
        if (losesAdmin && actor.is(before.username())) {
            throw new InvalidInputException("permissions", Message.of("user.youCannotRemoveYour",
                    "You cannot remove your own admin rights or disable yourself; ask another admin."));
        }
        if (losesAdmin && users.countActiveAdmins() <= 1) {
            throw new InvalidInputException("permissions", Message.of("user.lastEnabledAdminMake",
                    "This is the last enabled admin; make someone else an admin first."));
        }
        User after = before.withPermissions(permissions).withEnabled(enabled);
        if (command.password().isPresent()) {
            after = after.withPasswordSetByAdmin(hasher.hash(command.password().get()));
        }
        users.save(after);
        AuditDetail detail = AuditDetail.of("old_permissions", describe(before.permissions()),
                "new_permissions", describe(after.permissions()), "enabled", after.enabled(),
                "password_reset", command.password().isPresent());
        auditLog.success(actor, AuditAction.USER_UPDATED, after.username().value(), null, detail);
        return after;
    }

    @Override
    @Transactional
    public void deleteUser(Actor actor, Username username) {
        guard.requireAdmin(actor, "delete users", username.value());
        User user = existing(username);
        if (actor.is(username)) {
            throw new InvalidInputException("username", Message.of("user.youCannotDeleteYourself",
                    "You cannot delete yourself."));
        }
        if (user.isActiveAdmin() && users.countActiveAdmins() <= 1) {
            throw new InvalidInputException("username", Message.of("user.lastEnabledAdminCannot",
                    "This is the last enabled admin and cannot be deleted."));
        }
        // A later user of the same name would otherwise be handed this user's home volume.
        desktops.find(username).ifPresent(desktop -> {
            throw new ConflictException(Message.of("user.stillHasDesktopDelete",
                    "{0} still has the desktop {1}; delete it (with its home volume, if it is no longer needed) on "
                    + "the Desktops page first.", username, desktop.name()));
        });
        users.delete(username);
        auditLog.success(actor, AuditAction.USER_DELETED, username.value(), null, AuditDetail.EMPTY);
    }

    @Override
    @Transactional
    public void changeOwnPassword(Actor actor, String currentPassword, NewPassword newPassword) {
        User user = existing(actor.username());
        if (!user.passwordHash().usable()) {
            throw new InvalidInputException("current_password", Message.of("user.signsInThroughSso",
                    "You sign in through single sign-on: Kubedeck keeps no password for you."));
        }
        if (!hasher.matches(currentPassword == null ? "" : currentPassword, user.passwordHash())) {
            auditLog.record(actor, AuditAction.PASSWORD_CHANGED, user.username().value(), null, Outcome.FAILURE,
                    AuditDetail.of("reason", "wrong_current_password"));
            throw new InvalidInputException("current_password", Message.of("user.currentPasswordNotCorrect",
                    "The current password is not correct."));
        }
        if (hasher.matches(newPassword.value(), user.passwordHash())) {
            throw new InvalidInputException("password", Message.of("user.choosePasswordDifferentFrom",
                    "Choose a password different from the current one."));
        }
        users.save(user.withPasswordChangedByOwner(hasher.hash(newPassword)));
        auditLog.success(actor, AuditAction.PASSWORD_CHANGED, user.username().value(), null, AuditDetail.EMPTY);
    }

    private User existing(Username username) {
        return users.find(username)
                .orElseThrow(() -> new NotFoundException(Message.of("user.userDoesNotExist",
                        "User '{0}' does not exist.", username)));
    }

    /** A short text of the grants for audit details, e.g. "admin" or "read,write" or "prod=write dev=read". */
    /**
     * Every cluster a grant names is registered, so that a typo is refused instead of saved; a grant the user had
     * already (to a cluster removed since) may stay.
     */
    private void requireRegistered(Permissions granted, Permissions before) {
        for (ClusterName cluster : granted.clusters().keySet()) {
            if (!before.clusters().containsKey(cluster) && clusters.find(cluster).isEmpty()) {
                throw new InvalidInputException("clusters", Message.of("user.clusterNotRegistered",
                        "Cluster '{0}' is not registered.", cluster));
            }
        }
    }

    static String describe(Permissions permissions) {
        if (permissions.admin()) {
            return "admin";
        }
        if (!permissions.clusters().isEmpty()) {
            StringBuilder text = new StringBuilder();
            permissions.clusters().forEach((cluster, level) ->
                    text.append(text.isEmpty() ? "" : " ").append(cluster).append('=').append(level.code()));
            return text.toString();
        }
        if (permissions.write()) {
            return "read,write";
        }
        return permissions.read() ? "read" : "none";
    }
}
