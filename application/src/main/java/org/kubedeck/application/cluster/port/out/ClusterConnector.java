package org.kubedeck.application.cluster.port.out;

import java.time.Instant;
import java.util.List;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.cluster.ClusterFacts;
import org.kubedeck.domain.cluster.ClusterInfo;
import org.kubedeck.domain.cluster.Kubeconfig;

/** Reads kubeconfigs and connects to clusters. */
public interface ClusterConnector {

    /**
     * The context names of a kubeconfig. Throws InvalidInputException (field {@code kubeconfig_content}) when
     * it is malformed, or when a user needs something a server cannot do (an exec or auth-provider plugin,
     * files on the local disk).
     */
    List<String> contexts(Kubeconfig kubeconfig);

    /**
     * Connects and reads the server version and the node count, within a few seconds. Throws
     * InvalidInputException for a kubeconfig that cannot be used, ClusterUnavailableException when the server
     * is unreachable, too slow, presents a certificate that does not verify, or rejects the credentials.
     */
    ClusterInfo probe(ClusterAccess access);

    /**
     * Reads what the cluster's nodes and pods say of it (provider, region, sizes), the pods a page at a time so that
     * memory does not grow with them. Throws ClusterUnavailableException as {@link #probe} does.
     */
    ClusterFacts facts(ClusterAccess access, Instant at);
}
