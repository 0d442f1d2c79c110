package org.kubedeck.application.scan;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.kubedeck.application.UseCase;
import org.kubedeck.application.kube.ClusterGate;
import org.kubedeck.application.scan.port.in.ScanClusterUseCase.ScanCommand;
import org.kubedeck.application.scan.port.in.ScansQuery;
import org.kubedeck.application.scan.port.out.ScanStore;
import org.kubedeck.application.scan.port.out.SilenceStore;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.NotFoundException;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.scan.ScanDiff;
import org.kubedeck.domain.scan.ScanOverview;
import org.kubedeck.domain.scan.ScanReport;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.ClusterAction;

/** The kept scans, answered from the console's records: the permission is checked, the cluster not asked. */
@UseCase
class ScansQueryService implements ScansQuery {

    private final ClusterGate gate;
    private final ScanStore store;
    private final SilenceStore silences;

    ScansQueryService(ClusterGate gate, ScanStore store, SilenceStore silences) {
        this.gate = gate;
        this.store = store;
        this.silences = silences;
    }

    @Override
    public Optional<ScanOverview> overview(Actor actor, ClusterName cluster, String namespace) {
        String in = new ScanCommand(cluster, namespace).namespace();
        gate.require(actor, cluster, ClusterAction.VIEW, "view the scans of " + cluster, cluster.value());
        List<ScanReport> history = store.history(cluster, in, HISTORY);
        if (history.isEmpty()) {
            return Optional.empty();
        }
        ScanReport latest = store.find(cluster, history.get(0).id()).orElseThrow();
        Optional<ScanDiff> diff = history.size() < 2 ? Optional.empty() : store.find(cluster, history.get(1).id())
                .map(earlier -> ScanDiff.between(earlier, latest).silencing(silences.list(cluster)));
        return Optional.of(new ScanOverview(latest, diff, history));
    }

    @Override
    public ScanReport scan(Actor actor, ClusterName cluster, UUID id) {
        gate.require(actor, cluster, ClusterAction.VIEW, "view a scan of " + cluster, cluster.value());
        return store.find(cluster, id).orElseThrow(() -> new NotFoundException(Message.of("scan.noSuchScan",
                "Cluster {0} has no scan {1}.", cluster, id)));
    }
}
