package org.kubedeck.application.container.port.out;

import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.container.ContainerPolicy;

/** Each cluster's container policy; a cluster's goes with it. */
public interface ContainerPolicies {

    /** {@link ContainerPolicy#DEFAULT} for a cluster that has none stored. */
    ContainerPolicy policy(ClusterName cluster);

    void save(ClusterName cluster, ContainerPolicy policy);
}
