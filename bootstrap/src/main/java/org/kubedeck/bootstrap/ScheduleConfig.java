package org.kubedeck.bootstrap;

import java.time.Duration;
import org.kubedeck.application.cluster.port.in.MaintainClustersUseCase;
import org.kubedeck.application.container.port.in.CloseIdleTerminalsUseCase;
import org.kubedeck.application.container.port.in.ExpireLogSnapshotsUseCase;
import org.kubedeck.application.desktop.port.in.MaintainDesktopsUseCase;
import org.kubedeck.application.quota.port.in.SampleQuotasUseCase;
import org.kubedeck.application.scan.port.in.RunScheduledScansUseCase;
import org.kubedeck.application.version.port.in.CaptureExternalChangesUseCase;
import org.kubedeck.application.version.port.in.RunDueBackupsUseCase;
import org.kubedeck.application.workload.port.in.RestoreDuePodsUseCase;
import org.kubedeck.domain.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Every background job of the console, each at the interval its typed setting gives. Work that must happen
 * once however many replicas run (a quota round, a due backup or restore) is handed to one replica by the use
 * case itself; the others find nothing to do.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ScheduleConfig implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(ScheduleConfig.class);
    /** How often idle terminals are looked for: a terminal lasts at most this much beyond its idle timeout. */
    private static final Duration TERMINAL_CHECK = Duration.ofSeconds(15);
    /** How often expired log snapshots are deleted: a snapshot lasts at most this much beyond its expiry. */
    private static final Duration SNAPSHOT_CHECK = Duration.ofMinutes(10);

    private final KubedeckProperties properties;
    private final MaintainClustersUseCase clusters;
    private final RestoreDuePodsUseCase restores;
    private final CaptureExternalChangesUseCase capture;
    private final RunDueBackupsUseCase backups;
    private final SampleQuotasUseCase quotas;
    private final MaintainDesktopsUseCase desktops;
    private final CloseIdleTerminalsUseCase terminals;
    private final ExpireLogSnapshotsUseCase snapshots;
    private final RunScheduledScansUseCase scans;

    ScheduleConfig(KubedeckProperties properties, MaintainClustersUseCase clusters, RestoreDuePodsUseCase restores,
            CaptureExternalChangesUseCase capture, RunDueBackupsUseCase backups, SampleQuotasUseCase quotas,
            MaintainDesktopsUseCase desktops, CloseIdleTerminalsUseCase terminals,
            ExpireLogSnapshotsUseCase snapshots, RunScheduledScansUseCase scans) {
        this.properties = properties;
        this.clusters = clusters;
        this.restores = restores;
        this.capture = capture;
        this.backups = backups;
        this.quotas = quotas;
        this.desktops = desktops;
        this.terminals = terminals;
        this.snapshots = snapshots;
        this.scans = scans;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        if (properties.clusters().healthCheck()) {
            // Probing every cluster, so that pages show health without waiting on any.
            every(tasks, properties.clusters().healthInterval(), clusters::refreshHealth);
            // Reading every cluster's nodes and pods, a page at a time: less often than a probe.
            every(tasks, properties.clusters().syncInterval(), clusters::syncFacts);
        }
        every(tasks, properties.load().restoreCheckInterval(), this::restoreDuePods);
        every(tasks, properties.versions().captureInterval(), this::captureExternalChanges);
        every(tasks, properties.backups().checkInterval(), this::runDueBackups);
        every(tasks, properties.quotas().checkInterval(), quotas::sample);
        every(tasks, properties.desktops().observeInterval(), this::observeDesktops);
        every(tasks, TERMINAL_CHECK, terminals::closeIdleTerminals);
        every(tasks, SNAPSHOT_CHECK, snapshots::expireLogSnapshots);
        every(tasks, properties.scans().checkInterval(), this::runDueScans);
    }

    private void runDueScans() {
        int scanned = scans.runDueScans();
        if (scanned > 0) {
            log.info("Scanned {} cluster(s) as scheduled", scanned);
        }
    }

    private static void every(ScheduledTaskRegistrar tasks, Duration interval, Runnable job) {
        tasks.addFixedDelayTask(new FixedDelayTask(job, interval, interval));
    }

    private void restoreDuePods() {
        int restored = restores.restoreDuePods();
        if (restored > 0) {
            log.info("Restored {} pod(s) to load balancing as planned", restored);
        }
    }

    private void captureExternalChanges() {
        int changed = capture.captureExternalChanges(properties.versions().captureBatch());
        if (changed > 0) {
            log.info("Recorded {} change(s) made outside the console", changed);
        }
    }

    private void runDueBackups() {
        try {
            backups.runDueBackups();
        } catch (DomainException e) {
            log.warn("Could not look at backup schedules: {}", e.getMessage());
        }
    }

    /** For the metrics and the idle stop, and to free claims of desktops deleted behind the console's back. */
    private void observeDesktops() {
        try {
            desktops.observe();
        } catch (DomainException e) {
            log.warn("Could not observe desktops: {}", e.getMessage());
        }
    }
}
