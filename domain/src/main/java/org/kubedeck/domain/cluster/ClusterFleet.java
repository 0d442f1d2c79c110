package org.kubedeck.domain.cluster;

import java.util.List;

/**
 * Clusters side by side, and their sums as their last syncs read them: CPU in millicores, memory in bytes.
 */
public record ClusterFleet(List<Cluster> clusters, int reachable, int nodes, int pods, long cpuAllocatable,
        long memoryAllocatable, long cpuRequested, long memoryRequested) {

    public ClusterFleet {
        clusters = List.copyOf(clusters);
    }

    public static ClusterFleet of(List<Cluster> clusters) {
        int reachable = (int) clusters.stream().filter(cluster -> cluster.health().status()
                == ClusterHealth.Status.REACHABLE).count();
        return new ClusterFleet(clusters, reachable, clusters.stream().mapToInt(ClusterFleet::nodes).sum(),
                clusters.stream().mapToInt(cluster -> cluster.facts().podCount()).sum(),
                clusters.stream().mapToLong(cluster -> cluster.facts().cpuAllocatable()).sum(),
                clusters.stream().mapToLong(cluster -> cluster.facts().memoryAllocatable()).sum(),
                clusters.stream().mapToLong(cluster -> cluster.facts().cpuRequested()).sum(),
                clusters.stream().mapToLong(cluster -> cluster.facts().memoryRequested()).sum());
    }

    /** The last sync's count, or the last probe's until there was a sync. */
    public static int nodes(Cluster cluster) {
        Integer probed = cluster.health().nodeCount();
        return cluster.facts().syncedAt() == null && probed != null ? probed : cluster.facts().nodeCount();
    }
}
