package org.kubedeck.application.secret.port.out;

import org.kubedeck.application.secret.SealedSecret;

/** Encrypts secrets for storage under a key that is not kept in the database. */
public interface SecretBox {

    SealedSecret seal(String plaintext);

    /** Opens a secret sealed under the current key or a previous one still configured. */
    String open(SealedSecret secret);

    /** Whether the secret was sealed under an older key and should be sealed again. */
    boolean isStale(SealedSecret secret);
}
