package org.kubedeck.application.node;

import org.kubedeck.application.UseCase;
import org.kubedeck.application.audit.AuditLog;
import org.kubedeck.application.kube.ClusterGate;
import org.kubedeck.application.node.port.in.DrainNodeUseCase;
import org.kubedeck.application.node.port.out.NodeCluster;
import org.kubedeck.domain.audit.AuditAction;
import org.kubedeck.domain.audit.AuditDetail;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.node.DrainReport;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.ClusterAction;

/**
 * A drain's preview needs read on the cluster, as it changes nothing; the drain itself its admins, and it is
 * audited with what it evicted and what was refused.
 */
@UseCase
class DrainNodeService implements DrainNodeUseCase {

    private final ClusterGate gate;
    private final NodeCluster nodes;
    private final AuditLog auditLog;

    DrainNodeService(ClusterGate gate, NodeCluster nodes, AuditLog auditLog) {
        this.gate = gate;
        this.nodes = nodes;
        this.auditLog = auditLog;
    }

    @Override
    public DrainReport drain(Actor actor, DrainCommand command) {
        String node = command.node();
        if (command.dryRun()) {
            return nodes.drain(gate.open(actor, command.cluster(), ClusterAction.VIEW, "preview the drain of node "
                    + node, node), node, true, command.force());
        }
        ClusterAccess access = gate.open(actor, command.cluster(), ClusterAction.CONFIGURE, "drain node " + node,
                node);
        DrainReport report = nodes.drain(access, node, false, command.force());
        auditLog.success(actor, AuditAction.NODE_DRAINED, node, command.cluster().value(), AuditDetail.of(
                "evicted", report.evicted().size(), "refused", report.refused().size(), "force", command.force()));
        return report;
    }
}
