package org.kubedeck.application.node.port.out;

import java.util.List;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.node.NodeView;
import org.kubedeck.domain.node.Taint;

/** A cluster's nodes. Every method throws ClusterUnavailableException when it cannot be reached in time. */
public interface NodeCluster {

    /** Sorted by name. */
    List<NodeView> nodes(ClusterAccess cluster);

    /**
     * Adds the taint, replacing one with the same key and effect; returns the node after it. NotFoundException
     * when the node does not exist.
     */
    NodeView addTaint(ClusterAccess cluster, String node, Taint taint);

    /** Removes the taint with that key and effect (no error when it is not there); returns the node after it. */
    NodeView removeTaint(ClusterAccess cluster, String node, String key, Taint.Effect effect);
}
