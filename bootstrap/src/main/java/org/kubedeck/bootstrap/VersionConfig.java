package org.kubedeck.bootstrap;

import java.time.Clock;
import org.kubedeck.application.audit.AuditLog;
import org.kubedeck.application.kube.AuditedChanges;
import org.kubedeck.application.kube.ResourceHistory;
import org.kubedeck.application.kube.port.out.ResourceCluster;
import org.kubedeck.application.kube.port.out.VersionStore;
import org.kubedeck.application.secret.port.out.SecretBox;
import org.kubedeck.application.version.Backups;
import org.kubedeck.application.version.port.out.BackupStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class VersionConfig {

    @Bean
    ResourceHistory resourceHistory(ResourceCluster resources, VersionStore versions, SecretBox secrets, Clock clock) {
        return new ResourceHistory(resources, versions, secrets, clock);
    }

    /** What the backup use cases share. */
    @Bean
    Backups backups(ResourceCluster resources, BackupStore store, ResourceHistory history, SecretBox secrets,
            Clock clock) {
        return new Backups(resources, store, history, secrets, clock);
    }

    @Bean
    AuditedChanges auditedChanges(ResourceHistory history, AuditLog auditLog) {
        return new AuditedChanges(history, auditLog);
    }
}
