package org.kubedeck.web.support;

import java.time.Instant;
import org.kubedeck.domain.user.User;

public record UserJson(String username, PermissionsJson permissions, boolean enabled, boolean mustChangePassword,
        Instant createdAt) {

    public static UserJson of(User user) {
        return new UserJson(user.username().value(), PermissionsJson.of(user.permissions()), user.enabled(),
                user.mustChangePassword(), user.createdAt());
    }
}
