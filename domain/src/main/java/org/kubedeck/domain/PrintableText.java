package org.kubedeck.domain;

/**
 * Names and other short texts people type: they may hold any letter or sign, but no control character (a NUL
 * byte, a newline, an escape), which no page can show and the database refuses.
 */
public final class PrintableText {

    private PrintableText() {
    }

    /** {@code value} itself; InvalidInputException naming {@code field} when it holds a control character. */
    public static String require(String field, String value) {
        if (value != null && value.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException(field, Message.of("domain.textCannotContainControl",
                    "This text cannot contain control characters."));
        }
        return value;
    }
}
