package org.kubedeck.web.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code kubedeck.session.*}: how long a signed-in session may sit idle before it ends. */
@ConfigurationProperties("kubedeck.session")
public record SessionProperties(@DefaultValue("10m") Duration idleTimeout) {
}
