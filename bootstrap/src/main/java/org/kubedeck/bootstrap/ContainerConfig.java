package org.kubedeck.bootstrap;

import jakarta.servlet.MultipartConfigElement;
import org.kubedeck.application.audit.AccessGuard;
import org.kubedeck.application.container.ContainerDoor;
import org.kubedeck.application.container.ContainerSettings;
import org.kubedeck.application.container.port.out.ContainerPolicies;
import org.kubedeck.application.kube.ClusterGate;
import org.springframework.boot.servlet.MultipartConfigFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

@Configuration(proxyBeanMethods = false)
class ContainerConfig {

    @Bean
    ContainerDoor containerDoor(ClusterGate gate, ContainerPolicies policies, AccessGuard guard) {
        return new ContainerDoor(gate, policies, guard);
    }

    /** Uploads go to temporary files as they arrive, so memory does not grow with them; beyond the limit, 413. */
    @Bean
    MultipartConfigElement multipartConfigElement(KubedeckProperties properties) {
        MultipartConfigFactory factory = new MultipartConfigFactory();
        factory.setMaxFileSize(properties.containers().uploadLimit());
        factory.setMaxRequestSize(properties.containers().uploadLimit());
        factory.setFileSizeThreshold(DataSize.ofBytes(0));
        return factory.createMultipartConfig();
    }

    @Bean
    ContainerSettings containerSettings(KubedeckProperties properties) {
        KubedeckProperties.Containers containers = properties.containers();
        return new ContainerSettings(containers.execOutputLimit().toBytes(), containers.terminalsPerUser(),
                containers.terminalIdleTimeout(), containers.transcriptLimit().toBytes(),
                containers.snapshotLimit().toBytes(), containers.snapshotRetention());
    }
}
