package org.kubedeck.domain.user;

import java.time.Instant;
import java.util.Objects;

/** A person who logs in to the console. Immutable: every change returns a new User. */
public final class User {

    private final Username username;
    private final PasswordHash passwordHash;
    private final Permissions permissions;
    private final boolean enabled;
    private final boolean mustChangePassword;
    private final Instant createdAt;

    public User(Username username, PasswordHash passwordHash, Permissions permissions, boolean enabled,
            boolean mustChangePassword, Instant createdAt) {
        this.username = Objects.requireNonNull(username);
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.permissions = Objects.requireNonNull(permissions);
        this.enabled = enabled;
        this.mustChangePassword = mustChangePassword;
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public static User create(Username username, PasswordHash passwordHash, Permissions permissions, Instant now) {
        return new User(username, passwordHash, permissions, true, false, now);
    }

    /** A user whose first password was chosen by someone else, so must change it at the first login. */
    public static User invited(Username username, PasswordHash passwordHash, Permissions permissions, Instant now) {
        return new User(username, passwordHash, permissions, true, true, now);
    }

    /** The same user with {@link Permissions#limitedToRead() read-only permissions}. */
    public User limitedToRead() {
        return new User(username, passwordHash, permissions.limitedToRead(), enabled, mustChangePassword, createdAt);
    }

    public Username username() {
        return username;
    }

    public PasswordHash passwordHash() {
        return passwordHash;
    }

    public Permissions permissions() {
        return permissions;
    }

    public boolean enabled() {
        return enabled;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** An enabled global admin: the kind of user the console must never run out of. */
    public boolean isActiveAdmin() {
        return enabled && permissions.admin();
    }

    public User withPermissions(Permissions newPermissions) {
        return new User(username, passwordHash, newPermissions, enabled, mustChangePassword, createdAt);
    }

    public User withEnabled(boolean newEnabled) {
        return new User(username, passwordHash, permissions, newEnabled, mustChangePassword, createdAt);
    }

    /** A password set by someone else (an admin or the first start) must be changed at the next login. */
    public User withPasswordSetByAdmin(PasswordHash newHash) {
        return new User(username, newHash, permissions, enabled, true, createdAt);
    }

    public User withPasswordChangedByOwner(PasswordHash newHash) {
        return new User(username, newHash, permissions, enabled, false, createdAt);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof User other && username.equals(other.username);
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }

    @Override
    public String toString() {
        return "User[" + username + "]";
    }
}
