package org.kubedeck.application.secret;

import java.util.Arrays;
import java.util.Objects;

/** A secret encrypted at rest: the id of the key that sealed it, and the sealed bytes. */
public record SealedSecret(String keyId, byte[] sealed) {

    public SealedSecret {
        Objects.requireNonNull(keyId);
        sealed = sealed.clone();
    }

    @Override
    public byte[] sealed() {
        return sealed.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SealedSecret other && keyId.equals(other.keyId) && Arrays.equals(sealed, other.sealed);
    }

    @Override
    public int hashCode() {
        return 31 * keyId.hashCode() + Arrays.hashCode(sealed);
    }

    @Override
    public String toString() {
        return "SealedSecret[keyId=" + keyId + "]";
    }
}
