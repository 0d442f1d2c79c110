package org.kubedeck.application.testing;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import org.kubedeck.application.secret.SealedSecret;
import org.kubedeck.application.secret.port.out.SecretBox;

/**
 * A stand-in for the real cipher with the same contract: what it seals does not contain the plaintext, it
 * knows which key sealed what, a key change keeps the older key as a previous one, and a key forgotten opens
 * nothing any more.
 */
public class XorSecretBox implements SecretBox {

    private final Set<String> previousKeys = new CopyOnWriteArraySet<>();
    private volatile String currentKey;

    public XorSecretBox(String key) {
        this.currentKey = key;
    }

    /** The new key seals from now on; the one before becomes a previous key. */
    public synchronized void rotateTo(String key) {
        previousKeys.add(currentKey);
        previousKeys.remove(key);
        currentKey = key;
    }

    /** As when a previous key is no longer configured. */
    public void forget(String key) {
        previousKeys.remove(key);
    }

    @Override
    public SealedSecret seal(String plaintext) {
        return new SealedSecret(currentKey, xor(plaintext.getBytes(StandardCharsets.UTF_8), currentKey));
    }

    @Override
    public String open(SealedSecret secret) {
        if (!secret.keyId().equals(currentKey) && !previousKeys.contains(secret.keyId())) {
            throw new IllegalStateException("The secret was sealed under key " + secret.keyId()
                    + ", which is not configured.");
        }
        return new String(xor(secret.sealed(), secret.keyId()), StandardCharsets.UTF_8);
    }

    @Override
    public String keyId() {
        return currentKey;
    }

    @Override
    public Set<String> previousKeyIds() {
        return Set.copyOf(previousKeys);
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
