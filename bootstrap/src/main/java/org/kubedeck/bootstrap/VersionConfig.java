package org.kubedeck.bootstrap;

import java.time.Clock;
import org.kubedeck.application.secret.port.out.SecretBox;
import org.kubedeck.application.version.ResourceHistory;
import org.kubedeck.application.version.port.out.ResourceCluster;
import org.kubedeck.application.version.port.out.VersionStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class VersionConfig {

    @Bean
    ResourceHistory resourceHistory(ResourceCluster resources, VersionStore versions, SecretBox secrets, Clock clock) {
        return new ResourceHistory(resources, versions, secrets, clock);
    }
}
