package org.kubedeck.application.scale.port.out;

import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.quota.PodResources;

/**
 * The replicas of Deployments and StatefulSets. Both methods throw NotFoundException for a missing workload,
 * InvalidInputException (field {@code kind}) for a kind without replicas, and ClusterUnavailableException when the
 * cluster cannot be reached in time.
 */
public interface ScaleCluster {

    /** The workload's replicas ({@code spec.replicas}, 1 when left out) and the containers of its pod template. */
    ScalableWorkload workload(ClusterAccess cluster, ResourceKind kind, String namespace, String name);

    /** Sets {@code spec.replicas}; answers the replicas the cluster stored. */
    int scale(ClusterAccess cluster, ResourceKind kind, String namespace, String name, int replicas);

    /** @param pod the pod template's containers as written, before the namespace admits them */
    record ScalableWorkload(int replicas, PodResources pod) {
    }
}
