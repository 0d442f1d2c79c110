package org.kubedeck.application.scan;

import org.kubedeck.application.UseCase;
import org.kubedeck.application.kube.ClusterGate;
import org.kubedeck.application.scan.port.in.ScanClusterUseCase;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.scan.ScanReport;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.ClusterAction;

/** A user's scan: read on the cluster, then the scan ({@link Scans}) in the user's name. */
@UseCase
class ScanClusterService implements ScanClusterUseCase {

    private final ClusterGate gate;
    private final Scans scans;

    ScanClusterService(ClusterGate gate, Scans scans) {
        this.gate = gate;
        this.scans = scans;
    }

    @Override
    public ScanReport scan(Actor actor, ScanCommand command) {
        String namespace = command.namespace();
        ClusterAccess access = gate.open(actor, command.cluster(), ClusterAction.VIEW, "scan " + command.cluster()
                + (namespace.isEmpty() ? "" : " in " + namespace), namespace.isEmpty() ? command.cluster().value()
                : namespace);
        return scans.run(access, namespace, actor.username().value());
    }
}
