package org.kubedeck.domain.workload;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.kube.SelectorRequirement;

/**
 * A workload as the console shows it. Its pods are those its selector picks: every {@code selector} pair
 * (matchLabels) and every {@code expressions} requirement (matchExpressions); for a bare pod, the pod's own
 * labels.
 */
public record WorkloadView(String name, ResourceKind type, Map<String, String> selector,
        List<SelectorRequirement> expressions, int desiredReplicas, int readyReplicas) {

    public WorkloadView {
        Objects.requireNonNull(name);
        if (!type.isWorkload()) {
            throw new IllegalArgumentException(type + " is not a workload kind");
        }
        selector = Map.copyOf(selector == null ? Map.of() : selector);
        expressions = List.copyOf(expressions == null ? List.of() : expressions);
    }

    /** A workload that selects by matchLabels alone, as most do. */
    public WorkloadView(String name, ResourceKind type, Map<String, String> selector, int desiredReplicas,
            int readyReplicas) {
        this(name, type, selector, List.of(), desiredReplicas, readyReplicas);
    }

    /** An empty selector would pick every pod of the namespace; the console treats it as picking none. */
    public boolean hasSelector() {
        return !selector.isEmpty() || !expressions.isEmpty();
    }

    public boolean selects(Map<String, String> podLabels) {
        return hasSelector()
                && selector.entrySet().stream().allMatch(e -> e.getValue().equals(podLabels.get(e.getKey())))
                && expressions.stream().allMatch(requirement -> requirement.matches(podLabels));
    }
}
