package org.kubedeck.bootstrap;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.kubedeck.adapters.persistence.secret.SecretAesGcmAdapter;
import org.kubedeck.application.encryption.port.in.ResealUseCase;
import org.kubedeck.application.encryption.port.in.ResealUseCase.Resealed;
import org.kubedeck.application.secret.port.out.SecretBox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The key that seals what the console keeps at rest (kubeconfigs, backups, the Secrets beside versions) is never in
 * the database: it comes from {@code KUBEDECK_ENCRYPTION_KEY}, or from a key file that the console creates on its
 * first start. At every start, what a previous key sealed is sealed again under it.
 */
@Configuration(proxyBeanMethods = false)
class EncryptionConfig {

    private static final Logger log = LoggerFactory.getLogger(EncryptionConfig.class);

    @Bean
    SecretBox secretBox(KubedeckProperties properties) throws IOException {
        KubedeckProperties.Encryption encryption = properties.encryption();
        byte[] current = encryption.key().isBlank()
                ? keyFromFile(encryption.keyFile())
                : decode("kubedeck.encryption.key", encryption.key());
        List<byte[]> previous = encryption.previousKeys().stream()
                .map(key -> decode("kubedeck.encryption.previous-keys", key)).toList();
        return new SecretAesGcmAdapter(current, previous);
    }

    /** Before the console serves anything or runs its jobs. */
    @Bean
    SmartInitializingSingleton resealAtStart(ResealUseCase reseal) {
        return () -> {
            Resealed resealed = reseal.reseal();
            if (resealed.any()) {
                log.info("Sealed under the current encryption key: {} kubeconfig(s), {} backup(s), {} version(s) "
                        + "of Secrets", resealed.kubeconfigs(), resealed.backups(), resealed.versions());
            }
        };
    }

    private static byte[] keyFromFile(Path file) throws IOException {
        if (Files.exists(file)) {
            return decode(file.toString(), Files.readString(file, StandardCharsets.US_ASCII).trim());
        }
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            log.warn("Could not restrict the permissions of {}", file);
        }
        log.info("Generated a new encryption key in {}; back it up with the database", file);
        return key;
    }

    private static byte[] decode(String source, String base64) {
        try {
            return Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The encryption key from " + source + " is not base64", e);
        }
    }
}
