package org.kubedeck.application.cluster.port.in;

/** What the console does for its clusters by itself, in the background. */
public interface MaintainClustersUseCase {

    /** Probes every cluster, in parallel and each within its timeout, and records the health. */
    void refreshHealth();

    /**
     * Reads every reachable cluster's facts (provider, region, nodes, pods, what they hold and request), in
     * parallel, and records them; a cluster that cannot be read keeps its last facts.
     */
    void syncFacts();
}
