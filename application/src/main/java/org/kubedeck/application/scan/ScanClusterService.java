package org.kubedeck.application.scan;

import java.util.List;
import org.kubedeck.application.UseCase;
import org.kubedeck.application.kube.ClusterGate;
import org.kubedeck.application.scan.port.in.ScanClusterUseCase;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.scan.Finding;
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
        return scans.run(open(actor, command), command.namespace(), actor.username().value());
    }

    @Override
    public List<Finding> check(Actor actor, ScanCommand command) {
        return scans.check(open(actor, command), command.namespace()).findings();
    }

    private ClusterAccess open(Actor actor, ScanCommand command) {
        String namespace = command.namespace();
        return gate.open(actor, command.cluster(), ClusterAction.VIEW, "scan " + command.cluster()
                + (namespace.isEmpty() ? "" : " in " + namespace), namespace.isEmpty() ? command.cluster().value()
                : namespace);
    }
}
