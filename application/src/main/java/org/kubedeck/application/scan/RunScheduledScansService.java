package org.kubedeck.application.scan;

import java.time.Clock;
import org.kubedeck.application.UseCase;
import org.kubedeck.application.cluster.port.out.ClusterStore;
import org.kubedeck.application.kube.ClusterKeyring;
import org.kubedeck.application.scan.port.in.RunScheduledScansUseCase;
import org.kubedeck.application.scan.port.out.ScanStore;
import org.kubedeck.domain.DomainException;
import org.kubedeck.domain.cluster.Cluster;

/**
 * Scans each cluster whose turn has come: the store hands a cluster's turn to one replica ({@link
 * ScanStore#takeTurn}), so each is scanned once per interval however many replicas run. An unreachable cluster
 * waits for its next turn.
 */
@UseCase
class RunScheduledScansService implements RunScheduledScansUseCase {

    /** Who a scheduled scan is made by. */
    static final String SYSTEM = "system";

    private final ClusterStore clusters;
    private final ClusterKeyring keyring;
    private final ScanStore store;
    private final Scans scans;
    private final ScanSchedule schedule;
    private final Clock clock;

    RunScheduledScansService(ClusterStore clusters, ClusterKeyring keyring, ScanStore store, Scans scans,
            ScanSchedule schedule, Clock clock) {
        this.clusters = clusters;
        this.keyring = keyring;
        this.store = store;
        this.scans = scans;
        this.schedule = schedule;
        this.clock = clock;
    }

    @Override
    public int runDueScans() {
        if (!schedule.on()) {
            return 0;
        }
        int scanned = 0;
        for (Cluster cluster : clusters.findAll()) {
            if (!store.takeTurn(cluster.name(), clock.instant(), schedule.interval())) {
                continue;
            }
            try {
                scans.run(keyring.open(cluster), "", SYSTEM);
                scanned++;
            } catch (DomainException e) {
                // Unreachable or refused: its next turn comes after the interval.
            }
        }
        return scanned;
    }
}
