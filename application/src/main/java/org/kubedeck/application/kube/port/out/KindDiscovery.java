package org.kubedeck.application.kube.port.out;

import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.kube.ServedKinds;

/**
 * The kinds a cluster serves, read from its discovery: built-in and custom resources, at their preferred versions,
 * those that can be listed. A custom resource definition created or deleted shows within seconds. Throws
 * ClusterUnavailableException when the cluster cannot be reached in time.
 */
public interface KindDiscovery {

    ServedKinds kinds(ClusterAccess cluster);
}
