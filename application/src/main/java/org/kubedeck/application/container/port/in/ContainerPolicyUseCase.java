package org.kubedeck.application.container.port.in;

import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.container.ContainerPolicy;
import org.kubedeck.domain.user.Actor;

/** What a cluster allows in its containers: read by its readers, set by its admins (audited). */
public interface ContainerPolicyUseCase {

    ContainerPolicy policy(Actor actor, ClusterName cluster);

    ContainerPolicy change(Actor actor, ClusterName cluster, ContainerPolicy policy);
}
