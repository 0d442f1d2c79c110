package org.kubedeck.domain.user;

import java.util.Objects;

/** Who asks for something, from where, and with which grants. Every command carries one. */
public record Actor(Username username, String clientIp, Permissions permissions) {

    public static final Username SYSTEM_NAME = new Username("system");

    public Actor {
        Objects.requireNonNull(username);
        Objects.requireNonNull(permissions);
        clientIp = clientIp == null ? "" : clientIp;
    }

    public static Actor of(User user, String clientIp) {
        return new Actor(user.username(), clientIp, user.permissions());
    }

    /** The console itself, for work nobody asked for in a request (first start, background jobs). */
    public static Actor system() {
        return new Actor(SYSTEM_NAME, "", Permissions.ADMINISTRATOR);
    }

    public boolean isAdmin() {
        return permissions.admin();
    }

    public boolean is(Username other) {
        return username.equals(other);
    }
}
