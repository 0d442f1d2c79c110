package org.kubedeck.application.node;

import java.util.List;
import org.kubedeck.application.UseCase;
import org.kubedeck.application.audit.AuditLog;
import org.kubedeck.application.kube.ClusterGate;
import org.kubedeck.application.kube.ResourceHistory;
import org.kubedeck.application.node.port.in.NodesUseCase;
import org.kubedeck.application.node.port.out.NodeCluster;
import org.kubedeck.domain.audit.AuditAction;
import org.kubedeck.domain.audit.AuditDetail;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.kube.ResourceRef;
import org.kubedeck.domain.node.NodeGrouping;
import org.kubedeck.domain.node.NodeGroups;
import org.kubedeck.domain.node.NodeView;
import org.kubedeck.domain.node.PendingPod;
import org.kubedeck.domain.node.SchedulingChange;
import org.kubedeck.domain.node.SchedulingConstraints;
import org.kubedeck.domain.node.Taint;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.ClusterAction;

@UseCase
class NodeService implements NodesUseCase {

    private final ClusterGate gate;
    private final NodeCluster nodes;
    private final ResourceHistory history;
    private final AuditLog auditLog;
    private final NodeSettings settings;

    NodeService(ClusterGate gate, NodeCluster nodes, ResourceHistory history, AuditLog auditLog,
            NodeSettings settings) {
        this.gate = gate;
        this.nodes = nodes;
        this.history = history;
        this.auditLog = auditLog;
        this.settings = settings;
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
    public SchedulingConstraints scheduling(Actor actor, ResourceRef workload) {
        ClusterAccess access = gate.open(actor, workload, ClusterAction.VIEW, "view where " + workload.describe()
                + " runs");
        return nodes.scheduling(access, workload.kind(), workload.namespace(), workload.name());
    }

    @Override
    public Placement placement(Actor actor, ClusterName cluster, String namespace, String groupLabel) {
        ClusterAccess access = gate.open(actor, cluster, ClusterAction.VIEW, "view where the workloads of " + cluster
                + " may run", namespace == null ? "nodes" : ResourceRef.checkNamespace(namespace));
        NodeGrouping chosen = groupLabel == null ? null : NodeGrouping.parse("group", groupLabel);
        List<NodeView> found = nodes.nodes(access);
        NodeGroups groups = NodeGroups.of(chosen == null ? NodeGrouping.preferred(settings.groupLabels(), found)
                : chosen, found);
        return new Placement(groups.place(nodes.workloadScheduling(access, namespace)),
                NodeGrouping.choices(settings.groupLabels(), found));
    }

    @Override
    public SchedulingConstraints changeScheduling(Actor actor, ResourceRef workload, SchedulingChange change) {
        ClusterAccess access = gate.open(actor, workload, ClusterAction.CHANGE, "change where " + workload.describe()
                + " runs");
        if (!SchedulingChange.CHANGEABLE.contains(workload.kind())) {
            throw SchedulingChange.unchangeable(workload.kind());
        }
        SchedulingConstraints after = history.change(access, workload, actor.username().value(),
                "scheduling changed", () -> nodes.changeScheduling(access, workload.kind(), workload.namespace(),
                        workload.name(), change));
        SchedulingChange now = SchedulingChange.of(after);
        auditLog.success(actor, AuditAction.SCHEDULING_CHANGED, workload.describe(), workload.cluster().value(),
                AuditDetail.of("node_selector", String.join(", ", now.nodeSelectorLines()),
                        "required_node_affinity", String.join(" or ", now.requiredNodeAffinityLines()),
                        "tolerations", String.join(", ", now.tolerationLines())));
        return after;
    }

    @Override
    public NodeView addTaint(Actor actor, ClusterName cluster, String node, Taint taint) {
        ClusterAccess access = gate.open(actor, cluster, ClusterAction.CONFIGURE, "taint node " + node, node);
        NodeView after = nodes.addTaint(access, node, taint);
        auditLog.success(actor, AuditAction.NODE_TAINTED, node, cluster.value(), AuditDetail.of("key", taint.key(),
                "value", taint.value(), "effect", taint.effect().kubernetesName()));
        return after;
    }

    @Override
    public NodeView removeTaint(Actor actor, ClusterName cluster, String node, String key, Taint.Effect effect) {
        ClusterAccess access = gate.open(actor, cluster, ClusterAction.CONFIGURE, "remove a taint from node " + node,
                node);
        NodeView after = nodes.removeTaint(access, node, key, effect);
        auditLog.success(actor, AuditAction.NODE_UNTAINTED, node, cluster.value(),
                AuditDetail.of("key", key, "effect", effect.kubernetesName()));
        return after;
    }
}
