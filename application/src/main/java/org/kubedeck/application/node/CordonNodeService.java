package org.kubedeck.application.node;

import org.kubedeck.application.UseCase;
import org.kubedeck.application.kube.AuditedChanges;
import org.kubedeck.application.kube.ClusterGate;
import org.kubedeck.application.node.port.in.CordonNodeUseCase;
import org.kubedeck.application.node.port.out.NodeCluster;
import org.kubedeck.domain.audit.AuditAction;
import org.kubedeck.domain.audit.AuditDetail;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.kube.ResourceRef;
import org.kubedeck.domain.node.NodeView;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.ClusterAction;

/**
 * Cordon and uncordon, which affect where every namespace's pods go: the cluster's admins only. The node's state
 * before and after is recorded as versions, as for any object the console changes, and the change audited.
 */
@UseCase
class CordonNodeService implements CordonNodeUseCase {

    private final ClusterGate gate;
    private final NodeCluster nodes;
    private final AuditedChanges changes;

    CordonNodeService(ClusterGate gate, NodeCluster nodes, AuditedChanges changes) {
        this.gate = gate;
        this.nodes = nodes;
        this.changes = changes;
    }

    @Override
    public NodeView cordon(Actor actor, CordonCommand command) {
        String node = command.node();
        String word = command.cordoned() ? "cordoned" : "uncordoned";
        ClusterAccess access = gate.open(actor, command.cluster(), ClusterAction.CONFIGURE,
                (command.cordoned() ? "cordon node " : "uncordon node ") + node, node);
        ResourceRef ref = ResourceRef.clusterWide(command.cluster(), ResourceKind.NODE, node);
        return changes.change(actor, access, ref, word, command.cordoned() ? AuditAction.NODE_CORDONED
                : AuditAction.NODE_UNCORDONED, () -> nodes.cordon(access, node, command.cordoned()),
                after -> AuditDetail.EMPTY);
    }
}
