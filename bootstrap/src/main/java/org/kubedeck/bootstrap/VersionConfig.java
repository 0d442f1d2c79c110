package org.kubedeck.bootstrap;

import java.time.Clock;
import org.kubedeck.application.secret.port.out.SecretBox;
import org.kubedeck.application.version.ResourceHistory;
import org.kubedeck.application.version.port.in.CaptureExternalChangesUseCase;
import org.kubedeck.application.version.port.in.RunDueBackupsUseCase;
import org.kubedeck.application.version.port.out.ResourceCluster;
import org.kubedeck.application.version.port.out.VersionStore;
import org.kubedeck.domain.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

@Configuration(proxyBeanMethods = false)
class VersionConfig {

    private static final Logger log = LoggerFactory.getLogger(VersionConfig.class);

    @Bean
    ResourceHistory resourceHistory(ResourceCluster resources, VersionStore versions, SecretBox secrets, Clock clock) {
        return new ResourceHistory(resources, versions, secrets, clock);
    }

    @Bean
    VersionJobs versionJobs(CaptureExternalChangesUseCase capture, RunDueBackupsUseCase backups,
            KubedeckProperties properties) {
        return new VersionJobs(capture, backups, properties.versions().captureBatch());
    }

    /** Finds changes made outside the console, and runs scheduled backups (each on one replica). */
    static class VersionJobs {

        private final CaptureExternalChangesUseCase capture;
        private final RunDueBackupsUseCase backups;
        private final int batch;

        VersionJobs(CaptureExternalChangesUseCase capture, RunDueBackupsUseCase backups, int batch) {
            this.capture = capture;
            this.backups = backups;
            this.batch = batch;
        }

        @Scheduled(initialDelayString = "${kubedeck.versions.capture-interval:1m}",
                fixedDelayString = "${kubedeck.versions.capture-interval:1m}")
        void captureExternalChanges() {
            int changed = capture.captureExternalChanges(batch);
            if (changed > 0) {
                log.info("Recorded {} change(s) made outside the console", changed);
            }
        }

        @Scheduled(initialDelayString = "${kubedeck.backups.check-interval:1m}",
                fixedDelayString = "${kubedeck.backups.check-interval:1m}")
        void runDueBackups() {
            try {
                backups.runDueBackups();
            } catch (DomainException e) {
                log.warn("Could not look at backup schedules: {}", e.getMessage());
            }
        }
    }
}
