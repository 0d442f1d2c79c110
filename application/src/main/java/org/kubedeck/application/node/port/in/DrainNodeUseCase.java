package org.kubedeck.application.node.port.in;

import java.util.Objects;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.node.DrainReport;
import org.kubedeck.domain.node.NodeName;
import org.kubedeck.domain.user.Actor;

/**
 * A node drained: cordoned and its pods evicted as PodDisruptionBudgets allow, by the cluster's admins and audited;
 * or, as a dry run, the preview of it, for those who may read the cluster.
 */
public interface DrainNodeUseCase {

    DrainReport drain(Actor actor, DrainCommand command);

    /** @param force also evict the pods no controller manages, which are then gone for good */
    record DrainCommand(ClusterName cluster, String node, boolean dryRun, boolean force) {

        public DrainCommand {
            Objects.requireNonNull(cluster, "cluster");
            NodeName.check(node);
        }
    }
}
