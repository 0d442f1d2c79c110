package org.kubedeck.bootstrap;

import org.kubedeck.application.container.ContainerSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ContainerConfig {

    @Bean
    ContainerSettings containerSettings(KubedeckProperties properties) {
        KubedeckProperties.Containers containers = properties.containers();
        return new ContainerSettings(containers.execOutputLimit().toBytes(), containers.terminalsPerUser(),
                containers.terminalIdleTimeout());
    }
}
