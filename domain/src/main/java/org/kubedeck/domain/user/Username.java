package org.kubedeck.domain.user;

import java.util.regex.Pattern;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;

/**
 * A login name. Letters of any script, digits, '.', '_' and '-', starting with a letter or digit;
 * compared case-sensitively, as typed.
 */
public record Username(String value) implements Comparable<Username> {

    public static final int MAX_LENGTH = 64;
    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]*");

    public Username {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("username", Message.of("user.usernameRequired", "A username is required."));
        }
        if (value.length() > MAX_LENGTH) {
            throw new InvalidInputException("username", Message.of("user.usernameHasMostCharacters",
                    "A username has at most {0} characters.", MAX_LENGTH));
        }
        if (!ALLOWED.matcher(value).matches()) {
            throw new InvalidInputException("username",
                    Message.of("user.usernameStartsLetterDigit",
                            "A username starts with a letter or digit and contains only letters, digits, '.', '_' or "
                            + "'-'."));
        }
    }

    public static Username of(String value) {
        return new Username(value == null ? null : value.trim());
    }

    /**
     * A name someone tried to sign in as, for the audit log: as far as a username can go, with control characters
     * (which the database refuses) made visible.
     */
    public static String asTried(String name) {
        String cut = name.length() > MAX_LENGTH ? name.substring(0, MAX_LENGTH) : name;
        return cut.chars().anyMatch(Character::isISOControl) ? cut.replaceAll("\\p{Cntrl}", "\uFFFD") : cut;
    }

    @Override
    public int compareTo(Username other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
