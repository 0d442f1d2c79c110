package org.kubedeck.adapters.persistence.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kubedeck.application.secret.SealedSecret;

class SecretAesGcmAdapterTest {

    private static byte[] key() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }

    private static final String KUBECONFIG = "users: [{name: u, user: {token: very-secret-token}}]";

    @Test
    void sealedBytesDoNotContainThePlaintextAndOpenAgain() {
        SecretAesGcmAdapter box = new SecretAesGcmAdapter(key(), List.of());
        SealedSecret sealed = box.seal(KUBECONFIG);
        assertThat(new String(sealed.sealed(), StandardCharsets.ISO_8859_1)).doesNotContain("very-secret-token");
        assertThat(box.open(sealed)).isEqualTo(KUBECONFIG);
        assertThat(box.seal(KUBECONFIG).sealed()).as("a fresh nonce every time").isNotEqualTo(sealed.sealed());
        assertThat(sealed.toString()).doesNotContain("very-secret");
    }

    @Test
    void aChangedByteIsDetected() {
        SecretAesGcmAdapter box = new SecretAesGcmAdapter(key(), List.of());
        SealedSecret sealed = box.seal(KUBECONFIG);
        byte[] bytes = sealed.sealed();
        bytes[bytes.length - 1] ^= 1;
        assertThatThrownBy(() -> box.open(new SealedSecret(sealed.keyId(), bytes))).hasMessageContaining("does not open");
    }

    @Test
    void afterRotationThePreviousKeyStillOpensAndNamesWhatIsToBeSealedAgain() {
        byte[] oldKey = key();
        SealedSecret old = new SecretAesGcmAdapter(oldKey, List.of()).seal(KUBECONFIG);
        SecretAesGcmAdapter rotated = new SecretAesGcmAdapter(key(), List.of(oldKey));
        assertThat(rotated.previousKeyIds()).containsExactly(old.keyId());
        assertThat(rotated.open(old)).isEqualTo(KUBECONFIG);
        SealedSecret resealed = rotated.seal(rotated.open(old));
        assertThat(resealed.keyId()).isEqualTo(rotated.keyId()).isNotEqualTo(old.keyId());
        assertThat(new SecretAesGcmAdapter(oldKey, List.of(oldKey)).previousKeyIds()).as("the current key listed again")
                .isEmpty();
        assertThatThrownBy(() -> new SecretAesGcmAdapter(key(), List.of()).open(old))
                .hasMessageContaining("not configured");
    }

    @Test
    void keysMustHave256Bits() {
        assertThatThrownBy(() -> new SecretAesGcmAdapter(new byte[16], List.of())).hasMessageContaining("32 bytes");
    }
}
