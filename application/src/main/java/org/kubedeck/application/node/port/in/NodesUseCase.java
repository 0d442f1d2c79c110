package org.kubedeck.application.node.port.in;

import java.util.List;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.kube.ResourceRef;
import org.kubedeck.domain.node.NodeGrouping;
import org.kubedeck.domain.node.NodeView;
import org.kubedeck.domain.node.PendingPod;
import org.kubedeck.domain.node.PlacementMap;
import org.kubedeck.domain.node.SchedulingChange;
import org.kubedeck.domain.node.SchedulingConstraints;
import org.kubedeck.domain.node.Taint;
import org.kubedeck.domain.user.Actor;

/** A cluster's nodes: reading needs read on the cluster; tainting, which affects every namespace, its admins. */
public interface NodesUseCase {

    List<NodeView> nodes(Actor actor, ClusterName cluster);

    /** The pods the scheduler cannot place, and why. */
    List<PendingPod> unschedulable(Actor actor, ClusterName cluster);

    /** Where a workload's pods may run (read on the cluster). */
    SchedulingConstraints scheduling(Actor actor, ResourceRef workload);

    /**
     * Which workloads are pinned to or kept off which node groups (read on the cluster).
     *
     * @param namespace  the workloads of this namespace; null for every namespace
     * @param groupLabel the label (or key prefix ending in '/') to group nodes by; null for the first configured
     *                   one that any node carries. InvalidInputException naming {@code group} when it is neither
     */
    Placement placement(Actor actor, ClusterName cluster, String namespace, String groupLabel);

    /**
     * @param map     every workload against every group
     * @param choices what the nodes may be grouped by instead
     */
    record Placement(PlacementMap map, List<NodeGrouping> choices) {

        public Placement {
            choices = List.copyOf(choices);
        }
    }

    /**
     * Changes a Deployment's, StatefulSet's or DaemonSet's node selector, required node affinity and tolerations
     * (write on the cluster), recorded as a version of the workload; returns where its pods may run after. A Pod's
     * cannot change (InvalidInputException, field {@code kind}). The new pod template rolls out new pods.
     */
    SchedulingConstraints changeScheduling(Actor actor, ResourceRef workload, SchedulingChange change);

    NodeView addTaint(Actor actor, ClusterName cluster, String node, Taint taint);

    NodeView removeTaint(Actor actor, ClusterName cluster, String node, String key, Taint.Effect effect);
}
