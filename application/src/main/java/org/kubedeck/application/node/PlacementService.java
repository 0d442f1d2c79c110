package org.kubedeck.application.node;

import java.util.List;
import org.kubedeck.application.UseCase;
import org.kubedeck.application.kube.ClusterGate;
import org.kubedeck.application.node.port.in.PlacementQuery;
import org.kubedeck.application.node.port.out.NodeCluster;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.kube.ResourceRef;
import org.kubedeck.domain.node.AffinityMap;
import org.kubedeck.domain.node.NodeGrouping;
import org.kubedeck.domain.node.NodeGroups;
import org.kubedeck.domain.node.NodeView;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.ClusterAction;

/** The placement map: every workload against every node group, grouped as the settings or the user choose. */
@UseCase
class PlacementService implements PlacementQuery {

    private final ClusterGate gate;
    private final NodeCluster nodes;
    private final NodeSettings settings;

    PlacementService(ClusterGate gate, NodeCluster nodes, NodeSettings settings) {
        this.gate = gate;
        this.nodes = nodes;
        this.settings = settings;
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
    public AffinityMap affinity(Actor actor, ClusterName cluster, String namespace) {
        ClusterAccess access = gate.open(actor, cluster, ClusterAction.VIEW, "view how the workloads of " + cluster
                + " attract and repel each other", namespace == null ? "nodes" : ResourceRef.checkNamespace(namespace));
        return AffinityMap.of(nodes.workloadScheduling(access, namespace));
    }
}
