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

    /**
     * The namespace's snapshot as it would be with the manifest's object applied: the object in place of the one of
     * its kind and name, or added. An object without a namespace is taken to be in {@code namespace}. Throws
     * InvalidInputException (field {@code yaml}) for YAML that is not one object of a kind client-java knows.
     */
    Planned planned(ClusterAccess cluster, String namespace, String manifest);

    /** @param apiVersion as the manifest gives it ({@code apps/v1}) */
    record Planned(String apiVersion, String kind, String namespace, String name, ClusterSnapshot snapshot) {
    }
}
