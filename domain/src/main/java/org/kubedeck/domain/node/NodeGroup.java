package org.kubedeck.domain.node;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Nodes that share the value of the grouping label, or, when {@code labelled} is false, the nodes without it (their
 * {@code name} is empty then).
 */
public record NodeGroup(String name, boolean labelled, List<NodeView> nodes) {

    /**
     * When no node fits, the reason that keeps the pods off most of the group's nodes decides; between reasons
     * that count alike, the pods' own selector before a taint before a cordon (the order of the verdicts).
     */
    private static final Comparator<Map.Entry<NodeFit, Long>> DECIDING = Comparator
            .<Map.Entry<NodeFit, Long>>comparingLong(Map.Entry::getValue).reversed()
            .thenComparing(entry -> entry.getKey().verdict())
            .thenComparing(entry -> entry.getKey().detail());

    public NodeGroup {
        Objects.requireNonNull(name);
        nodes = List.copyOf(nodes);
        if (nodes.isEmpty()) {
            throw new IllegalArgumentException("A node group has at least one node");
        }
    }

    public List<String> nodeNames() {
        return nodes.stream().map(NodeView::name).toList();
    }

    /** The taints every node of the group carries, in the order of the first node. */
    public List<Taint> sharedTaints() {
        return nodes.get(0).taints().stream()
                .filter(taint -> nodes.stream().allMatch(node -> node.taints().contains(taint)))
                .toList();
    }

    /**
     * How pods with these constraints fit the group: on how many of its nodes they may run, pinned or merely
     * allowed there (naming a PreferNoSchedule taint they would rather avoid), or, when on none, what keeps them off.
     */
    public GroupFit fit(SchedulingConstraints constraints) {
        List<NodeFit> fits = nodes.stream().map(constraints::fit).toList();
        List<NodeFit> schedulable = fits.stream().filter(fit -> fit.verdict().schedulable()).toList();
        if (!schedulable.isEmpty()) {
            String avoided = schedulable.stream().map(NodeFit::detail).filter(detail -> !detail.isEmpty())
                    .findFirst().orElse("");
            return new GroupFit(this, schedulable.get(0).verdict(), schedulable.size(), nodes.size(), avoided);
        }
        NodeFit deciding = fits.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
                .entrySet().stream().min(DECIDING).orElseThrow().getKey();
        return new GroupFit(this, deciding.verdict(), 0, nodes.size(), deciding.detail());
    }
}
