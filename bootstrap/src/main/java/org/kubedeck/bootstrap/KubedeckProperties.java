package org.kubedeck.bootstrap;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code kubedeck.*} settings of the running console.
 *
 * @param dataDir    where the console keeps its own files: the embedded database and the generated key
 * @param admin      the first start's admin account
 * @param encryption the key that seals kubeconfigs at rest
 * @param load       the label that takes pods in and out of load balancing
 * @param clusters   background work on registered clusters
 */
@ConfigurationProperties("kubedeck")
public record KubedeckProperties(@DefaultValue("${user.home}/.kubedeck") Path dataDir,
        @DefaultValue Admin admin, @DefaultValue Encryption encryption, @DefaultValue Load load,
        @DefaultValue Clusters clusters) {

    /** @param password the first admin's password; empty means "generate one and print it once". */
    public record Admin(@DefaultValue("") String password) {
    }

    /**
     * @param key          base64 of 32 random bytes; empty: the key file is used, and created when missing
     * @param keyFile      empty: {@code <data-dir>/encryption.key}
     * @param previousKeys older keys, base64, still accepted for opening; everything is re-sealed at start
     */
    public record Encryption(@DefaultValue("") String key, Path keyFile, @DefaultValue List<String> previousKeys) {
    }

    public record Load(@DefaultValue("load") String label, @DefaultValue("online") String online,
            @DefaultValue("done") String done) {
    }

    /** @param healthInterval how often every cluster's API server is probed in the background */
    public record Clusters(@DefaultValue("30s") Duration healthInterval) {
    }
}
