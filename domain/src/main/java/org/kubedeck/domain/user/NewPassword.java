package org.kubedeck.domain.user;

import org.kubedeck.domain.InvalidInputException;

/** A password someone chose, checked before it is hashed. toString never shows it. */
public record NewPassword(String value) {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;

    public NewPassword {
        if (value == null || value.length() < MIN_LENGTH) {
            throw new InvalidInputException("password", "A password has at least " + MIN_LENGTH + " characters.");
        }
        if (value.length() > MAX_LENGTH) {
            throw new InvalidInputException("password", "A password has at most " + MAX_LENGTH + " characters.");
        }
        if (value.isBlank()) {
            throw new InvalidInputException("password", "A password cannot be only spaces.");
        }
    }

    @Override
    public String toString() {
        return "NewPassword[hidden]";
    }
}
