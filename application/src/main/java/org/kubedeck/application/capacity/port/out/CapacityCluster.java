package org.kubedeck.application.capacity.port.out;

import org.kubedeck.domain.capacity.CapacitySnapshot;
import org.kubedeck.domain.cluster.ClusterAccess;

/**
 * What a capacity analysis reads of a cluster. Throws ClusterUnavailableException when the cluster cannot be reached
 * in time, AccessDeniedException when its credentials may not list nodes, pods or claims.
 */
public interface CapacityCluster {

    /**
     * Every node; the pods (not those that ended) and claims of the namespace, or of every namespace when it is null;
     * and their usage from the metrics API, or why there is none.
     */
    CapacitySnapshot read(ClusterAccess cluster, String namespace);
}
