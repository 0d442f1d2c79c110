package org.kubedeck.domain.user;

/** A password as stored: the encoded output of an adaptive hash. Never the password itself. */
public record PasswordHash(String encoded) {

    public PasswordHash {
        if (encoded == null || encoded.isBlank()) {
            throw new IllegalArgumentException("A password hash cannot be empty");
        }
    }

    @Override
    public String toString() {
        return "PasswordHash[hidden]";
    }
}
