package org.kubedeck.domain.user;

import java.util.Locale;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;

/** How much a user may do on one cluster. Each level includes the ones below it. */
public enum AccessLevel {
    READ, WRITE, ADMIN;

    public boolean includes(AccessLevel other) {
        return compareTo(other) >= 0;
    }

    /** The lowercase word used in JSON and forms: read, write, admin. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AccessLevel parse(String code) {
        if (code != null) {
            for (AccessLevel level : values()) {
                if (level.code().equals(code.trim().toLowerCase(Locale.ROOT))) {
                    return level;
                }
            }
        }
        throw new InvalidInputException("permissions",
                Message.of("user.accessLevelNotOne", "Access level '{0}' is not one of read, write, admin.", code));
    }
}
