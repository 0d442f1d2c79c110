package org.kubedeck.bootstrap;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code kubedeck.*} settings of the running console.
 *
 * @param dataDir where the embedded database (and later the encryption key) live when no database URL is set
 * @param admin   the first start's admin account
 */
@ConfigurationProperties("kubedeck")
public record KubedeckProperties(@DefaultValue("${user.home}/.kubedeck") Path dataDir,
        @DefaultValue Admin admin) {

    /** @param password the first admin's password; empty means "generate one and print it once". */
    public record Admin(@DefaultValue("") String password) {
    }
}
