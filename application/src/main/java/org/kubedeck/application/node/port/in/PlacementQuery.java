package org.kubedeck.application.node.port.in;

import java.util.List;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.node.AffinityMap;
import org.kubedeck.domain.node.NodeGrouping;
import org.kubedeck.domain.node.PlacementMap;
import org.kubedeck.domain.user.Actor;

/** Which workloads are pinned to or kept off which node groups (read on the cluster). */
public interface PlacementQuery {

    /**
     * @param namespace  the workloads of this namespace; null for every namespace
     * @param groupLabel the label (or key prefix ending in '/') to group nodes by; null for the first configured
     *                   one that any node carries. InvalidInputException naming {@code group} when it is neither
     */
    Placement placement(Actor actor, ClusterName cluster, String namespace, String groupLabel);

    /**
     * Which workloads attract or repel which through their pods' affinity and anti-affinity.
     *
     * @param namespace the workloads of this namespace; null for every namespace
     */
    AffinityMap affinity(Actor actor, ClusterName cluster, String namespace);

    /**
     * @param map     every workload against every group
     * @param choices what the nodes may be grouped by instead
     */
    record Placement(PlacementMap map, List<NodeGrouping> choices) {

        public Placement {
            choices = List.copyOf(choices);
        }
    }
}
