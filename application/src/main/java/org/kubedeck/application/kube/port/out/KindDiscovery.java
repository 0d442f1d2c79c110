package org.kubedeck.application.kube.port.out;

import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.kube.ListRules;
import org.kubedeck.domain.kube.ServedKinds;

/**
 * The kinds a cluster serves, read from its discovery: built-in and custom resources, at their preferred versions,
 * those that can be listed. A custom resource definition created or deleted shows within seconds. Throws
 * ClusterUnavailableException when the cluster cannot be reached in time.
 */
public interface KindDiscovery {

    ServedKinds kinds(ClusterAccess cluster);

    /**
     * What the cluster's credentials may do in the namespace, by the API server's rules review; {@link
     * ListRules#unknown} when the server does not answer it.
     */
    ListRules rules(ClusterAccess cluster, String namespace);
}
