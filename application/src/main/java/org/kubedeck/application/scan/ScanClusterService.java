package org.kubedeck.application.scan;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.kubedeck.application.UseCase;
import org.kubedeck.application.kube.ClusterGate;
import org.kubedeck.application.scan.port.in.ScanClusterUseCase;
import org.kubedeck.application.scan.port.out.ScanCluster;
import org.kubedeck.application.scan.port.out.ScanStore;
import org.kubedeck.application.scan.port.out.SilenceStore;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.scan.ClusterSnapshot;
import org.kubedeck.domain.scan.Finding;
import org.kubedeck.domain.scan.ScanReport;
import org.kubedeck.domain.scan.Scanner;
import org.kubedeck.domain.scan.Silence;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.ClusterAction;

/**
 * Reads the cluster's snapshot, runs the checks over it, leaves out what the cluster's silences cover, scores and
 * keeps the report.
 */
@UseCase
class ScanClusterService implements ScanClusterUseCase {

    private final ClusterGate gate;
    private final ScanCluster cluster;
    private final ScanStore store;
    private final SilenceStore silences;
    private final Scanner scanner;
    private final Clock clock;

    ScanClusterService(ClusterGate gate, ScanCluster cluster, ScanStore store, SilenceStore silences,
            Scanner scanner, Clock clock) {
        this.gate = gate;
        this.cluster = cluster;
        this.store = store;
        this.silences = silences;
        this.scanner = scanner;
        this.clock = clock;
    }

    @Override
    public ScanReport scan(Actor actor, ScanCommand command) {
        String namespace = command.namespace();
        ClusterAccess access = gate.open(actor, command.cluster(), ClusterAction.VIEW, "scan " + command.cluster()
                + (namespace.isEmpty() ? "" : " in " + namespace), namespace.isEmpty() ? command.cluster().value()
                : namespace);
        ClusterSnapshot snapshot = cluster.snapshot(access, namespace.isEmpty() ? null : namespace);
        List<Silence> active = silences.list(command.cluster());
        List<Finding> found = scanner.scan(snapshot);
        List<Finding> findings = found.stream().filter(finding -> active.stream()
                .noneMatch(silence -> silence.covers(finding))).toList();
        ScanReport report = new ScanReport(UUID.randomUUID(), command.cluster(), namespace,
                actor.username().value(), clock.instant(), Scanner.score(findings, snapshot.objects()),
                snapshot.objects(), found.size() - findings.size(), findings);
        store.save(report);
        return report;
    }
}
