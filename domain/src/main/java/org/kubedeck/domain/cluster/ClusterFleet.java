package org.kubedeck.domain.cluster;

import java.time.Instant;
import java.util.List;

/**
 * Clusters side by side, and their sums as last read ({@link #nodes}; the rest by their syncs): CPU in millicores,
 * memory in bytes.
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

    /**
     * The count read last: by the health probe (every half minute) or by the sync of the cluster's facts (every few
     * minutes), so that a node added or gone shows at the next probe.
     */
    public static int nodes(Cluster cluster) {
        ClusterHealth health = cluster.health();
        Instant synced = cluster.facts().syncedAt();
        boolean probedLast = health.nodeCount() != null && health.checkedAt() != null
                && (synced == null || health.checkedAt().isAfter(synced));
        return probedLast ? health.nodeCount() : cluster.facts().nodeCount();
    }
}
