package org.kubedeck.application.testing;

import java.nio.charset.StandardCharsets;
import org.kubedeck.application.secret.SealedSecret;
import org.kubedeck.application.secret.port.out.SecretBox;

/**
 * A stand-in for the real cipher with the same contract: what it seals does not contain the plaintext, it
 * knows which key sealed what, and a key change makes older secrets stale.
 */
public class XorSecretBox implements SecretBox {

    private volatile String currentKey;

    public XorSecretBox(String key) {
        this.currentKey = key;
    }

    public void rotateTo(String key) {
        currentKey = key;
    }

    @Override
    public SealedSecret seal(String plaintext) {
        return new SealedSecret(currentKey, xor(plaintext.getBytes(StandardCharsets.UTF_8), currentKey));
    }

    @Override
    public String open(SealedSecret secret) {
        return new String(xor(secret.sealed(), secret.keyId()), StandardCharsets.UTF_8);
    }

    @Override
    public String keyId() {
        return currentKey;
    }

    /** Not secret, but keyed like the real one: equal values and keys give equal fingerprints. */
    @Override
    public String fingerprint(byte[] value) {
        return Integer.toHexString(java.util.Arrays.hashCode(xor(value, currentKey)));
    }

    private static byte[] xor(byte[] bytes, String key) {
        byte[] out = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            out[i] = (byte) (bytes[i] ^ (0x5a + key.charAt(i % key.length())));
        }
        return out;
    }
}
