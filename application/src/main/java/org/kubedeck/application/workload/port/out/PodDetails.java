package org.kubedeck.application.workload.port.out;

import java.util.Optional;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.workload.PodDetail;

/** A pod as its page shows it, read from the cluster when asked (its events are not kept anywhere else). */
public interface PodDetails {

    /** Empty when the pod does not exist. */
    Optional<PodDetail> detail(ClusterAccess cluster, String namespace, String name);
}
