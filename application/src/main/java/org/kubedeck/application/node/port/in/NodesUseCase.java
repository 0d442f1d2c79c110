package org.kubedeck.application.node.port.in;

import java.util.List;
import java.util.Objects;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.node.NodeName;
import org.kubedeck.domain.node.NodeView;
import org.kubedeck.domain.node.PendingPod;
import org.kubedeck.domain.node.Taint;
import org.kubedeck.domain.user.Actor;

/** A cluster's nodes: reading needs read on the cluster; tainting, which affects every namespace, its admins. */
public interface NodesUseCase {

    List<NodeView> nodes(Actor actor, ClusterName cluster);

    /** The pods the scheduler cannot place, and why. */
    List<PendingPod> unschedulable(Actor actor, ClusterName cluster);

    NodeView addTaint(Actor actor, TaintCommand command);

    /** Removes the node's taint of the command's key and effect; its value does not matter. */
    NodeView removeTaint(Actor actor, TaintCommand command);

    /** A taint to add to a node of a cluster, or to take off it. */
    record TaintCommand(ClusterName cluster, String node, Taint taint) {

        public TaintCommand {
            Objects.requireNonNull(cluster, "cluster");
            Objects.requireNonNull(taint, "taint");
            NodeName.check(node);
        }
    }
}
