package org.kubedeck.application.node.port.in;

import java.util.List;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.node.NodeView;
import org.kubedeck.domain.node.PendingPod;
import org.kubedeck.domain.node.Taint;
import org.kubedeck.domain.user.Actor;

/** A cluster's nodes: reading needs read on the cluster; tainting, which affects every namespace, its admins. */
public interface NodesUseCase {

    List<NodeView> nodes(Actor actor, ClusterName cluster);

    /** The pods the scheduler cannot place, and why. */
    List<PendingPod> unschedulable(Actor actor, ClusterName cluster);

    NodeView addTaint(Actor actor, ClusterName cluster, String node, Taint taint);

    NodeView removeTaint(Actor actor, ClusterName cluster, String node, String key, Taint.Effect effect);
}
