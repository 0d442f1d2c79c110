package org.kubedeck.application.node.port.in;

import java.util.List;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.node.NodeView;
import org.kubedeck.domain.node.PendingPod;
import org.kubedeck.domain.node.SchedulingConstraints;
import org.kubedeck.domain.node.Taint;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.version.ResourceRef;

/** A cluster's nodes: reading needs read on the cluster; tainting, which affects every namespace, its admins. */
public interface NodesUseCase {

    List<NodeView> nodes(Actor actor, ClusterName cluster);

    /** The pods the scheduler cannot place, and why. */
    List<PendingPod> unschedulable(Actor actor, ClusterName cluster);

    /** Where a workload's pods may run (read on the cluster); changed through the workload's YAML. */
    SchedulingConstraints scheduling(Actor actor, ResourceRef workload);

    NodeView addTaint(Actor actor, ClusterName cluster, String node, Taint taint);

    NodeView removeTaint(Actor actor, ClusterName cluster, String node, String key, Taint.Effect effect);
}
