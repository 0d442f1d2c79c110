package org.kubedeck.application.encryption.port.in;

/**
 * The key rotation, which the console runs by itself at start: what it keeps sealed at rest under a previous key
 * (kubeconfigs, backups, the complete Secrets beside versions) is sealed again under the current one, after which
 * the previous key can be dropped.
 */
public interface ResealUseCase {

    /**
     * Seals again under the current key everything sealed under an older one, and seals backups stored in the
     * clear before backups were sealed whole; audits how many of each kind.
     */
    Resealed reseal();

    /** How many of each kind were sealed; {@code versions} counts the complete Secrets kept beside versions. */
    record Resealed(int kubeconfigs, int backups, int versions) {

        public boolean any() {
            return kubeconfigs > 0 || backups > 0 || versions > 0;
        }
    }
}
