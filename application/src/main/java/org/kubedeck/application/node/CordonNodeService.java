package org.kubedeck.application.node;

import org.kubedeck.application.UseCase;
import org.kubedeck.application.audit.AuditLog;
import org.kubedeck.application.kube.ClusterGate;
import org.kubedeck.application.node.port.in.CordonNodeUseCase;
import org.kubedeck.application.node.port.out.NodeCluster;
import org.kubedeck.domain.audit.AuditAction;
import org.kubedeck.domain.audit.AuditDetail;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.node.NodeView;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.ClusterAction;

/** Cordon and uncordon, which affect where every namespace's pods go: the cluster's admins only. */
@UseCase
class CordonNodeService implements CordonNodeUseCase {

    private final ClusterGate gate;
    private final NodeCluster nodes;
    private final AuditLog auditLog;

    CordonNodeService(ClusterGate gate, NodeCluster nodes, AuditLog auditLog) {
        this.gate = gate;
        this.nodes = nodes;
        this.auditLog = auditLog;
    }

    @Override
    public NodeView cordon(Actor actor, CordonCommand command) {
        String node = command.node();
        ClusterAccess access = gate.open(actor, command.cluster(), ClusterAction.CONFIGURE,
                (command.cordoned() ? "cordon node " : "uncordon node ") + node, node);
        NodeView after = nodes.cordon(access, node, command.cordoned());
        auditLog.success(actor, command.cordoned() ? AuditAction.NODE_CORDONED : AuditAction.NODE_UNCORDONED, node,
                command.cluster().value(), AuditDetail.EMPTY);
        return after;
    }
}
