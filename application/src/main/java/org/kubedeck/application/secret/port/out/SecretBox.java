package org.kubedeck.application.secret.port.out;

import org.kubedeck.application.secret.SealedSecret;

/** Encrypts secrets for storage under a key that is not kept in the database. */
public interface SecretBox {

    SealedSecret seal(String plaintext);

    /** Opens a secret sealed under the current key or a previous one still configured. */
    String open(SealedSecret secret);

    /** The id of the key that seals now; what {@link #seal} returns carries it. */
    String keyId();

    /** Whether the secret was sealed under an older key and should be sealed again. */
    default boolean isStale(SealedSecret secret) {
        return !secret.keyId().equals(keyId());
    }

    /**
     * A short keyed fingerprint of a secret value (HMAC under the current key): equal values give equal
     * fingerprints, so a diff shows that a value changed, while the value cannot be guessed from it.
     */
    String fingerprint(byte[] value);
}
