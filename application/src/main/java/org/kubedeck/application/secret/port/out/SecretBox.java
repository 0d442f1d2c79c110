package org.kubedeck.application.secret.port.out;

import java.util.Set;
import org.kubedeck.application.secret.SealedSecret;

/** Encrypts secrets for storage under a key that is not kept in the database. */
public interface SecretBox {

    SealedSecret seal(String plaintext);

    /** Opens a secret sealed under the current key or a previous one still configured. */
    String open(SealedSecret secret);

    /** The id of the key that seals now; what {@link #seal} returns carries it. */
    String keyId();

    /**
     * The ids of the previous keys still configured: they open, never seal, and what they sealed is to be sealed
     * again under the current key. Never holds {@link #keyId()}.
     */
    Set<String> previousKeyIds();

    /**
     * A short keyed fingerprint of a secret value (HMAC under the current key): equal values give equal
     * fingerprints, so a diff shows that a value changed, while the value cannot be guessed from it.
     */
    String fingerprint(byte[] value);
}
