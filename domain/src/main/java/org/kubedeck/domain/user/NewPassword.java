package org.kubedeck.domain.user;

import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;

/** A password someone chose, checked before it is hashed. toString never shows it. */
public record NewPassword(String value) {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;

    public NewPassword {
        if (value == null || value.length() < MIN_LENGTH) {
            throw new InvalidInputException("password", Message.of("user.passwordHasLeastCharacters",
                    "A password has at least {0} characters.", MIN_LENGTH));
        }
        if (value.length() > MAX_LENGTH) {
            throw new InvalidInputException("password", Message.of("user.passwordHasMostCharacters",
                    "A password has at most {0} characters.", MAX_LENGTH));
        }
        if (value.isBlank()) {
            throw new InvalidInputException("password", Message.of("user.passwordCannotOnlySpaces",
                    "A password cannot be only spaces."));
        }
    }

    @Override
    public String toString() {
        return "NewPassword[hidden]";
    }
}
