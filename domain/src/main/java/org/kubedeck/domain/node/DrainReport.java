package org.kubedeck.domain.node;

import java.util.List;

/**
 * What draining a node did, or would do under a dry run: the pods evicted, those whose eviction the API server
 * refused (a PodDisruptionBudget that allows no disruption now), and those a drain leaves on the node (a
 * DaemonSet's, which would come straight back, and mirror pods, which the kubelet owns).
 */
public record DrainReport(String node, boolean dryRun, List<DrainedPod> evicted, List<DrainedPod> refused,
        List<DrainedPod> skipped) {

    public DrainReport {
        evicted = List.copyOf(evicted);
        refused = List.copyOf(refused);
        skipped = List.copyOf(skipped);
    }

    /** {@code reason}: why it was refused or skipped; empty for a pod evicted. */
    public record DrainedPod(String namespace, String name, String reason) {
    }
}
