package org.kubedeck.application.scan.port.out;

import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.scan.ClusterSnapshot;

/**
 * What a scan reads of a cluster. Throws ClusterUnavailableException when the cluster cannot be reached in time,
 * AccessDeniedException when its credentials may not list what a scan reads.
 */
public interface ScanCluster {

    /**
     * The workloads, pods, Services, disruption budgets, ConfigMaps, Secrets (their names and types only: a scan
     * never holds a value), claims, Ingresses and quotas of the namespace, or of every namespace when it is null;
     * and the nodes.
     */
    ClusterSnapshot snapshot(ClusterAccess cluster, String namespace);
}
