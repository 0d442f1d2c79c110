package org.kubedeck.application.node.port.in;

import java.util.Objects;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.node.NodeName;
import org.kubedeck.domain.node.NodeView;
import org.kubedeck.domain.user.Actor;

/** A node cordoned (no new pods scheduled on it) or uncordoned, by the cluster's admins; audited. */
public interface CordonNodeUseCase {

    /** The node after the change. */
    NodeView cordon(Actor actor, CordonCommand command);

    /** {@code cordoned}: true to cordon, false to uncordon. */
    record CordonCommand(ClusterName cluster, String node, boolean cordoned) {

        public CordonCommand {
            Objects.requireNonNull(cluster, "cluster");
            NodeName.check(node);
        }
    }
}
