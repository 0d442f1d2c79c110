package org.kubedeck.bootstrap;

import org.kubedeck.application.audit.AccessGuard;
import org.kubedeck.application.container.ContainerDoor;
import org.kubedeck.application.container.ContainerSettings;
import org.kubedeck.application.container.port.out.ContainerPolicies;
import org.kubedeck.application.kube.ClusterGate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ContainerConfig {

    @Bean
    ContainerDoor containerDoor(ClusterGate gate, ContainerPolicies policies, AccessGuard guard) {
        return new ContainerDoor(gate, policies, guard);
    }

    @Bean
    ContainerSettings containerSettings(KubedeckProperties properties) {
        KubedeckProperties.Containers containers = properties.containers();
        return new ContainerSettings(containers.execOutputLimit().toBytes(), containers.terminalsPerUser(),
                containers.terminalIdleTimeout(), containers.transcriptLimit().toBytes(),
                containers.snapshotLimit().toBytes(), containers.snapshotRetention());
    }
}
