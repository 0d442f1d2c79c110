package org.kubedeck.domain.node;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Where a workload's pods may run. What decides placement on a node (node selector, required node affinity,
 * tolerations) is kept as values; preferences and pod (anti-)affinity, which depend on other pods, as readable
 * lines ({@code preferred (weight 50): gpu}, {@code required on kubernetes.io/hostname: app=web}).
 */
public record SchedulingConstraints(Map<String, String> nodeSelector, List<NodeSelectorTerm> requiredNodeTerms,
        List<String> preferredNodeAffinity, List<String> podAffinity, List<String> podAntiAffinity,
        List<Toleration> tolerations) {

    public SchedulingConstraints {
        nodeSelector = Map.copyOf(nodeSelector);
        requiredNodeTerms = List.copyOf(requiredNodeTerms);
        preferredNodeAffinity = List.copyOf(preferredNodeAffinity);
        podAffinity = List.copyOf(podAffinity);
        podAntiAffinity = List.copyOf(podAntiAffinity);
        tolerations = List.copyOf(tolerations);
    }

    public static SchedulingConstraints unconstrained() {
        return new SchedulingConstraints(Map.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** No constraint: the pods may run on any node without taints. */
    public boolean none() {
        return nodeSelector.isEmpty() && requiredNodeTerms.isEmpty() && preferredNodeAffinity.isEmpty()
                && podAffinity.isEmpty() && podAntiAffinity.isEmpty() && tolerations.isEmpty();
    }

    /** Whether the node selector or a required node affinity narrows the nodes down. */
    public boolean pinned() {
        return !nodeSelector.isEmpty() || !requiredNodeTerms.isEmpty();
    }

    /** The node affinity in readable lines: {@code required: zone in (a, b) or disktype=ssd}, then preferences. */
    public List<String> nodeAffinity() {
        List<String> lines = new ArrayList<>();
        if (!requiredNodeTerms.isEmpty()) {
            lines.add("required: " + requiredNodeTerms.stream().map(NodeSelectorTerm::describe)
                    .collect(Collectors.joining(" or ")));
        }
        lines.addAll(preferredNodeAffinity);
        return lines;
    }

    /**
     * Whether the scheduler may put these pods on the node, judged by what the node alone decides: cordon, node
     * selector, required node affinity, taints. Pod (anti-)affinity and free capacity depend on the other pods and
     * are not judged.
     */
    public NodeFit fit(NodeView node) {
        if (node.unschedulable()) {
            return new NodeFit(NodeFit.Verdict.CORDONED, "");
        }
        for (Map.Entry<String, String> wanted : nodeSelector.entrySet()) {
            if (!wanted.getValue().equals(node.labels().get(wanted.getKey()))) {
                return new NodeFit(NodeFit.Verdict.EXCLUDED, wanted.getKey() + "=" + wanted.getValue());
            }
        }
        if (!requiredNodeTerms.isEmpty() && requiredNodeTerms.stream().noneMatch(term -> term.matches(node))) {
            return new NodeFit(NodeFit.Verdict.EXCLUDED, requiredNodeTerms.stream().map(NodeSelectorTerm::describe)
                    .collect(Collectors.joining(" or ")));
        }
        String avoided = "";
        for (Taint taint : node.taints()) {
            if (tolerations.stream().anyMatch(toleration -> toleration.tolerates(taint))) {
                continue;
            }
            if (taint.effect() != Taint.Effect.PREFER_NO_SCHEDULE) {
                return new NodeFit(NodeFit.Verdict.REPELLED, taint.describe());
            }
            avoided = avoided.isEmpty() ? taint.describe() : avoided;
        }
        return new NodeFit(pinned() ? NodeFit.Verdict.PINNED : NodeFit.Verdict.ALLOWED, avoided);
    }
}
