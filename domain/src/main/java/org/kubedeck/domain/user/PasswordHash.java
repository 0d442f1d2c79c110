package org.kubedeck.domain.user;

/**
 * A password as stored: the encoded output of an adaptive hash. Never the password itself. {@link #NONE} stands for
 * no password at all: the user signs in through single sign-on only.
 */
public record PasswordHash(String encoded) {

    public static final PasswordHash NONE = new PasswordHash("{none}");

    public PasswordHash {
        if (encoded == null || encoded.isBlank()) {
            throw new IllegalArgumentException("A password hash cannot be empty");
        }
    }

    /** Whether a password can be checked against it (not {@link #NONE}). */
    public boolean usable() {
        return !equals(NONE);
    }

    @Override
    public String toString() {
        return "PasswordHash[hidden]";
    }
}
