package org.kubedeck.application.node;

import java.util.List;
import org.kubedeck.application.UseCase;
import org.kubedeck.application.audit.AuditLog;
import org.kubedeck.application.kube.ClusterGate;
import org.kubedeck.application.node.port.in.NodesUseCase;
import org.kubedeck.application.node.port.in.NodesUseCase.TaintCommand;
import org.kubedeck.application.node.port.out.NodeCluster;
import org.kubedeck.domain.audit.AuditAction;
import org.kubedeck.domain.audit.AuditDetail;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.node.NodeView;
import org.kubedeck.domain.node.PendingPod;
import org.kubedeck.domain.node.Taint;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.ClusterAction;

/** A cluster's nodes and the pods that wait for one; taints, changed by the cluster's admins and audited. */
@UseCase
class NodeService implements NodesUseCase {

    private final ClusterGate gate;
    private final NodeCluster nodes;
    private final AuditLog auditLog;

    NodeService(ClusterGate gate, NodeCluster nodes, AuditLog auditLog) {
        this.gate = gate;
        this.nodes = nodes;
        this.auditLog = auditLog;
    }

    @Override
    public List<NodeView> nodes(Actor actor, ClusterName cluster) {
        return nodes.nodes(gate.open(actor, cluster, ClusterAction.VIEW, "view the nodes of " + cluster,
                "nodes"));
    }

    @Override
    public List<PendingPod> unschedulable(Actor actor, ClusterName cluster) {
        return nodes.unschedulable(gate.open(actor, cluster, ClusterAction.VIEW, "view the pods of " + cluster
                + " that wait for a node", "nodes"));
    }

    @Override
    public NodeView addTaint(Actor actor, TaintCommand command) {
        String node = command.node();
        Taint taint = command.taint();
        ClusterAccess access = gate.open(actor, command.cluster(), ClusterAction.CONFIGURE, "taint node " + node,
                node);
        NodeView after = nodes.addTaint(access, node, taint);
        auditLog.success(actor, AuditAction.NODE_TAINTED, node, command.cluster().value(), AuditDetail.of("key",
                taint.key(), "value", taint.value(), "effect", taint.effect().kubernetesName()));
        return after;
    }

    @Override
    public NodeView removeTaint(Actor actor, TaintCommand command) {
        String node = command.node();
        Taint taint = command.taint();
        ClusterAccess access = gate.open(actor, command.cluster(), ClusterAction.CONFIGURE,
                "remove a taint from node " + node, node);
        NodeView after = nodes.removeTaint(access, node, taint.key(), taint.effect());
        auditLog.success(actor, AuditAction.NODE_UNTAINTED, node, command.cluster().value(),
                AuditDetail.of("key", taint.key(), "effect", taint.effect().kubernetesName()));
        return after;
    }
}
