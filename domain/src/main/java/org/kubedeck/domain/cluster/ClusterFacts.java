package org.kubedeck.domain.cluster;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * What the last sync read of a cluster: the provider its nodes say it runs on, their region and zones, how many nodes
 * and pods it has, and what the nodes hold and the pods request.
 *
 * @param provider       null when no node says
 * @param region         null when no node says
 * @param cpuAllocatable millicores, as {@code cpuRequested}
 * @param memoryAllocatable bytes, as {@code memoryRequested}
 * @param syncedAt       null until the first sync
 */
public record ClusterFacts(Provider provider, String region, List<String> zones, int nodeCount, int podCount,
        long cpuAllocatable, long memoryAllocatable, long cpuRequested, long memoryRequested, Instant syncedAt) {

    public static final ClusterFacts NONE = new ClusterFacts(null, null, List.of(), 0, 0, 0, 0, 0, 0, null);
    static final String REGION = "topology.kubernetes.io/region";
    static final String ZONE = "topology.kubernetes.io/zone";
    static final String OLD_REGION = "failure-domain.beta.kubernetes.io/region";
    static final String OLD_ZONE = "failure-domain.beta.kubernetes.io/zone";

    public ClusterFacts {
        zones = List.copyOf(zones);
    }

    /** A node as the sync reads it, with its allocatable CPU (millicores) and memory (bytes). */
    public record NodeFacts(String providerId, Map<String, String> labels, long cpu, long memory) {

        public NodeFacts {
            labels = Map.copyOf(labels);
        }
    }

    /** The facts of these nodes and pods: the provider most of the nodes name, the first region, every zone. */
    public static ClusterFacts of(List<NodeFacts> nodes, int podCount, long cpuRequested, long memoryRequested,
            Instant at) {
        Provider provider = nodes.stream().map(node -> Provider.ofNode(node.providerId(), node.labels()))
                .filter(Objects::nonNull).findFirst().orElse(null);
        String region = nodes.stream().map(node -> node.labels().getOrDefault(REGION, node.labels().get(OLD_REGION)))
                .filter(Objects::nonNull).sorted().findFirst().orElse(null);
        TreeSet<String> zones = new TreeSet<>();
        nodes.forEach(node -> {
            String zone = node.labels().getOrDefault(ZONE, node.labels().get(OLD_ZONE));
            if (zone != null) {
                zones.add(zone);
            }
        });
        return new ClusterFacts(provider, region, List.copyOf(zones), nodes.size(), podCount,
                nodes.stream().mapToLong(NodeFacts::cpu).sum(), nodes.stream().mapToLong(NodeFacts::memory).sum(),
                cpuRequested, memoryRequested, at);
    }
}
