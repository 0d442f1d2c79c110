package org.kubedeck.domain.capacity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.kubedeck.domain.capacity.CapacitySnapshot.ClaimSize;
import org.kubedeck.domain.capacity.CapacitySnapshot.NodeSize;
import org.kubedeck.domain.capacity.CapacitySnapshot.PodLoad;
import org.kubedeck.domain.capacity.CapacitySnapshot.PodUsage;
import org.kubedeck.domain.kube.ResourceQuantity;

/**
 * Requests and limits against what nodes can hold, per node, namespace and workload; usage against requests with a
 * right-sizing suggestion where the cluster has a metrics API; and the monthly cost of the requests at the cluster's
 * prices, against each namespace's budget.
 *
 * @param metricsProblem why usage is missing; null when it was read
 * @param unrequested    the pods ({@code namespace/name}) with a container that requests neither CPU nor memory
 */
public record CapacityReport(List<NodeLine> nodes, List<NamespaceLine> namespaces, List<WorkloadLine> workloads,
        List<String> unrequested, String metricsProblem, Prices prices) {

    /** Below this share of its requests a workload is said to ask for too much. */
    static final double TOO_MUCH = 0.5;
    /** Above this share of its requests a workload is said to ask for too little. */
    static final double TOO_LITTLE = 0.9;
    /** The headroom a suggested request keeps over what is used. */
    static final double HEADROOM = 1.3;
    static final long LEAST_CPU = 10;
    static final long LEAST_MEMORY = 16L << 20;

    public CapacityReport {
        nodes = List.copyOf(nodes);
        namespaces = List.copyOf(namespaces);
        workloads = List.copyOf(workloads);
        unrequested = List.copyOf(unrequested);
    }

    /** A node: what it can hold, what its pods request and limit. */
    public record NodeLine(String name, Amounts allocatable, Amounts requested, Amounts limits, int pods) {

        /** Limits above what the node can hold: its pods cannot all use what they may at once. */
        public boolean overcommitted() {
            return limits.cpu() > allocatable.cpu() || limits.memory() > allocatable.memory();
        }

        public int cpuPercent() {
            return percent(requested.cpu(), allocatable.cpu());
        }

        public int memoryPercent() {
            return percent(requested.memory(), allocatable.memory());
        }
    }

    /**
     * @param used    null without metrics
     * @param monthly null without prices
     * @param budget  null when the namespace has none
     */
    public record NamespaceLine(String namespace, int pods, Amounts requested, Amounts limits, long storage,
            Amounts used, int unrequested, BigDecimal monthly, BigDecimal budget) {

        public boolean overBudget() {
            return monthly != null && budget != null && monthly.compareTo(budget) > 0;
        }
    }

    /**
     * @param workload   {@code deployment/web}
     * @param used       null without metrics
     * @param monthly    null without prices
     * @param suggestion how to size its requests, from what it uses; null when they fit or there is no usage
     */
    public record WorkloadLine(String namespace, String workload, int pods, Amounts requested, Amounts used,
            BigDecimal monthly, String suggestion) {
    }

    public boolean metrics() {
        return metricsProblem == null;
    }

    public static CapacityReport of(CapacitySnapshot snapshot, Prices prices, List<NamespaceBudget> budgets) {
        Map<String, PodUsage> usage = new HashMap<>();
        snapshot.usage().forEach(use -> usage.put(use.namespace() + "/" + use.name(), use));
        List<NodeLine> nodes = new ArrayList<>();
        for (NodeSize node : snapshot.nodes()) {
            List<PodLoad> on = snapshot.pods().stream().filter(pod -> pod.node().equals(node.name())).toList();
            nodes.add(new NodeLine(node.name(), node.allocatable(), sum(on, PodLoad::requests),
                    sum(on, PodLoad::limits), on.size()));
        }
        Map<String, BigDecimal> budgetOf = new HashMap<>();
        budgets.forEach(budget -> budgetOf.put(budget.namespace(), budget.monthly()));
        Map<String, List<PodLoad>> byNamespace = new TreeMap<>();
        snapshot.pods().forEach(pod -> byNamespace.computeIfAbsent(pod.namespace(), key -> new ArrayList<>()).add(pod));
        Map<String, Long> storage = new TreeMap<>();
        for (ClaimSize claim : snapshot.claims()) {
            storage.merge(claim.namespace(), claim.bytes(), Long::sum);
            byNamespace.computeIfAbsent(claim.namespace(), key -> new ArrayList<>());
        }
        List<NamespaceLine> namespaces = new ArrayList<>();
        byNamespace.forEach((namespace, pods) -> {
            Amounts requested = sum(pods, PodLoad::requests);
            long bytes = storage.getOrDefault(namespace, 0L);
            namespaces.add(new NamespaceLine(namespace, pods.size(), requested, sum(pods, PodLoad::limits), bytes,
                    snapshot.metrics() ? used(pods, usage) : null,
                    (int) pods.stream().filter(PodLoad::unrequested).count(),
                    prices.set() ? prices.monthly(requested, bytes) : null, budgetOf.get(namespace)));
        });
        Map<String, List<PodLoad>> byWorkload = new TreeMap<>();
        snapshot.pods().stream().filter(pod -> !pod.workload().isEmpty()).forEach(pod -> byWorkload
                .computeIfAbsent(pod.namespace() + "\u0000" + pod.workload(), key -> new ArrayList<>()).add(pod));
        List<WorkloadLine> workloads = new ArrayList<>();
        byWorkload.forEach((key, pods) -> {
            Amounts requested = sum(pods, PodLoad::requests);
            Amounts used = snapshot.metrics() ? used(pods, usage) : null;
            workloads.add(new WorkloadLine(pods.get(0).namespace(), pods.get(0).workload(), pods.size(), requested,
                    used, prices.set() ? prices.monthly(requested, 0) : null,
                    used == null ? null : suggestion(requested, used, pods.size()).orElse(null)));
        });
        workloads.sort(Comparator.comparing(WorkloadLine::namespace).thenComparing(WorkloadLine::workload));
        List<String> unrequested = snapshot.pods().stream().filter(PodLoad::unrequested)
                .map(pod -> pod.namespace() + "/" + pod.name()).sorted().toList();
        return new CapacityReport(nodes, namespaces, workloads, unrequested, snapshot.metricsProblem(), prices);
    }

    /**
     * Requests near what the pods use, with {@link #HEADROOM}: lower where they use less than {@link #TOO_MUCH} of
     * them, higher where they use more than {@link #TOO_LITTLE}, or set where there are none.
     */
    static Optional<String> suggestion(Amounts requested, Amounts used, int pods) {
        List<String> parts = new ArrayList<>();
        long cpu = Math.max(LEAST_CPU, (long) Math.ceil(used.cpu() * HEADROOM / pods));
        long memory = Math.max(LEAST_MEMORY, roundMebibytes((long) Math.ceil(used.memory() * HEADROOM / pods)));
        String cpuChange = change(requested.cpu(), used.cpu());
        String memoryChange = change(requested.memory(), used.memory());
        if (cpuChange != null) {
            parts.add(cpuChange + " cpu to " + ResourceQuantity.formatMillicores(cpu)
                    + " a pod (it uses " + share(used.cpu(), requested.cpu()) + ")");
        }
        if (memoryChange != null) {
            parts.add(memoryChange + " memory to " + ResourceQuantity.formatBytes(memory)
                    + " a pod (it uses " + share(used.memory(), requested.memory()) + ")");
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", parts) + ".");
    }

    private static String change(long requested, long used) {
        if (requested == 0) {
            return used == 0 ? null : "Request";
        }
        double ratio = (double) used / requested;
        return ratio < TOO_MUCH ? "Lower" : ratio > TOO_LITTLE ? "Raise" : null;
    }

    private static String share(long used, long requested) {
        return requested == 0 ? "some, requesting none" : percent(used, requested) + " % of its request";
    }

    private static long roundMebibytes(long bytes) {
        long mebibyte = 1L << 20;
        return (bytes + mebibyte - 1) / mebibyte * mebibyte;
    }

    static int percent(long part, long whole) {
        return whole == 0 ? 0 : (int) Math.round(100.0 * part / whole);
    }

    private static Amounts sum(List<PodLoad> pods, Function<PodLoad, Amounts> amounts) {
        return pods.stream().map(amounts).reduce(Amounts.ZERO, Amounts::plus);
    }

    private static Amounts used(List<PodLoad> pods, Map<String, PodUsage> usage) {
        return pods.stream().map(pod -> usage.get(pod.namespace() + "/" + pod.name())).filter(use -> use != null)
                .map(PodUsage::used).reduce(Amounts.ZERO, Amounts::plus);
    }
}
