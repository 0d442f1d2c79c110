package org.kubedeck.adapters.persistence.secret;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.kubedeck.application.secret.SealedSecret;
import org.kubedeck.application.secret.port.out.SecretBox;

/**
 * AES-256-GCM with a random 96-bit nonce per secret. The sealed bytes are nonce followed by ciphertext and tag;
 * the key id (a hash prefix of the key, never the key) says which key opens them, so older keys can be kept
 * for opening while everything is sealed again under the current one.
 */
public class SecretAesGcmAdapter implements SecretBox {

    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int FINGERPRINT_BYTES = 8;

    private final SecureRandom random = new SecureRandom();
    private final String currentId;
    private final Map<String, SecretKeySpec> keys = new LinkedHashMap<>();
    private final SecretKeySpec fingerprintKey;

    /** @param current the 32-byte key that seals; {@code previous} keys only open. */
    public SecretAesGcmAdapter(byte[] current, List<byte[]> previous) {
        currentId = add(current);
        previous.forEach(this::add);
        fingerprintKey = new SecretKeySpec(derive(current, "kubedeck fingerprints"), "HmacSHA256");
    }

    private String add(byte[] key) {
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException("An encryption key has 32 bytes (256 bits), this one " + key.length);
        }
        String id = keyId(key);
        keys.putIfAbsent(id, new SecretKeySpec(key, "AES"));
        return id;
    }

    private static byte[] derive(byte[] key, String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    static String keyId(byte[] key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key);
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** HMAC-SHA256 under a key derived from the current one (never the AES key itself), first 8 bytes in hex. */
    @Override
    public String fingerprint(byte[] value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(fingerprintKey);
            return HexFormat.of().formatHex(mac.doFinal(value), 0, FINGERPRINT_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    @Override
    public SealedSecret seal(String plaintext) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentId), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(currentId.getBytes(StandardCharsets.US_ASCII));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return new SealedSecret(currentId, ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce)
                    .put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Sealing failed", e);
        }
    }

    @Override
    public String open(SealedSecret secret) {
        SecretKeySpec key = keys.get(secret.keyId());
        if (key == null) {
            throw new IllegalStateException("The secret was sealed under key " + secret.keyId()
                    + ", which is not configured (kubedeck.encryption.key or previous-keys).");
        }
        byte[] bytes = secret.sealed();
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            cipher.updateAAD(secret.keyId().getBytes(StandardCharsets.US_ASCII));
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The secret sealed under key " + secret.keyId() + " does not open: "
                    + "it was changed, or the key is not the one that sealed it.", e);
        }
    }

    @Override
    public String keyId() {
        return currentId;
    }

    @Override
    public Set<String> previousKeyIds() {
        Set<String> previous = new LinkedHashSet<>(keys.keySet());
        previous.remove(currentId);
        return previous;
    }
}
