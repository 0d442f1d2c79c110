package org.kubedeck.application.scan;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.kubedeck.application.capacity.port.out.CapacitySettingsStore;
import org.kubedeck.application.label.port.out.LabelPolicyStore;
import org.kubedeck.application.scan.port.out.ScanCluster;
import org.kubedeck.application.scan.port.out.ScanStore;
import org.kubedeck.application.scan.port.out.SilenceStore;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.scan.ClusterRules;
import org.kubedeck.domain.scan.ClusterSnapshot;
import org.kubedeck.domain.scan.Finding;
import org.kubedeck.domain.scan.ScanReport;
import org.kubedeck.domain.scan.Scanner;
import org.kubedeck.domain.scan.Silence;

/**
 * A scan as a user's and a scheduled one share it: the snapshot read, the checks run, what the cluster's silences
 * cover left out, the score taken and the report kept. A bean, public for the wiring only.
 */
public class Scans {

    private final ScanCluster cluster;
    private final ScanStore store;
    private final SilenceStore silences;
    private final LabelPolicyStore policies;
    private final CapacitySettingsStore settings;
    private final Scanner scanner;
    private final Clock clock;

    public Scans(ScanCluster cluster, ScanStore store, SilenceStore silences, LabelPolicyStore policies,
            CapacitySettingsStore settings, Scanner scanner, Clock clock) {
        this.cluster = cluster;
        this.store = store;
        this.silences = silences;
        this.policies = policies;
        this.settings = settings;
        this.scanner = scanner;
        this.clock = clock;
    }

    /** @param namespace empty: the whole cluster */
    ScanReport run(ClusterAccess access, String namespace, String actor) {
        Checked checked = check(access, namespace);
        ScanReport report = new ScanReport(UUID.randomUUID(), access.name(), namespace, actor, clock.instant(),
                Scanner.score(checked.findings(), checked.objects()), checked.objects(), checked.silenced(),
                checked.findings());
        store.save(report);
        return report;
    }

    /** The checks run, and what the cluster's silences cover left out; nothing is kept. */
    Checked check(ClusterAccess access, String namespace) {
        ClusterSnapshot snapshot = cluster.snapshot(access, namespace.isEmpty() ? null : namespace);
        List<Silence> active = silences.list(access.name());
        List<Finding> found = scanner.scan(snapshot, rules(access.name()));
        List<Finding> findings = found.stream().filter(finding -> active.stream()
                .noneMatch(silence -> silence.covers(finding))).toList();
        return new Checked(findings, snapshot.objects(), found.size() - findings.size());
    }

    /** What the cluster's admins set that the checks judge by. */
    ClusterRules rules(ClusterName name) {
        return new ClusterRules(policies.list(name), settings.prices(name), settings.budgets(name));
    }

    /** The checks on a snapshot, at the cluster's rules; silences are not applied. */
    List<Finding> findings(ClusterName name, ClusterSnapshot snapshot) {
        return scanner.scan(snapshot, rules(name));
    }

    /** @param silenced how many findings the silences left out */
    record Checked(List<Finding> findings, int objects, int silenced) {
    }
}
