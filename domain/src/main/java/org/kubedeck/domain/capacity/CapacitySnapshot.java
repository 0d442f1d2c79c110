package org.kubedeck.domain.capacity;

import java.util.List;
import java.util.Objects;

/**
 * What a capacity analysis reads of a cluster, or of one namespace: what each node can hold, what each pod
 * requests and limits, how much storage each claim asks for, and, when the cluster serves the metrics API, what
 * each pod uses now.
 *
 * @param metricsProblem why there is no usage (the cluster serves no metrics API); null when {@code usage} was read
 */
public record CapacitySnapshot(List<NodeSize> nodes, List<PodLoad> pods, List<ClaimSize> claims,
        List<PodUsage> usage, String metricsProblem) {

    /** Nothing read, and so no usage either. */
    public static final CapacitySnapshot EMPTY = new CapacitySnapshot(List.of(), List.of(), List.of(), List.of(),
            "Not read.");

    public CapacitySnapshot {
        nodes = List.copyOf(nodes);
        pods = List.copyOf(pods);
        claims = List.copyOf(claims);
        usage = List.copyOf(usage);
    }

    public boolean metrics() {
        return metricsProblem == null;
    }

    /** A node's allocatable CPU and memory. */
    public record NodeSize(String name, Amounts allocatable) {
    }

    /**
     * A pod that runs or waits to (not one that ended), with the sums of its containers.
     *
     * @param node        empty while it waits for one
     * @param workload    what it belongs to, {@code deployment/web}; empty for a pod of its own
     * @param unrequested whether a container of it requests neither CPU nor memory
     */
    public record PodLoad(String namespace, String name, String node, String workload, Amounts requests,
            Amounts limits, boolean unrequested) {

        public PodLoad {
            Objects.requireNonNull(node);
            Objects.requireNonNull(workload);
        }
    }

    public record ClaimSize(String namespace, String name, long bytes) {
    }

    public record PodUsage(String namespace, String name, Amounts used) {
    }
}
