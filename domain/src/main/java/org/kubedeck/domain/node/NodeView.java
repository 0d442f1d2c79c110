package org.kubedeck.domain.node;

import java.util.List;
import java.util.Map;

/**
 * A node as the nodes page shows it.
 *
 * @param conditions type to status ({@code Ready: True}, {@code MemoryPressure: False}…)
 */
public record NodeView(String name, Map<String, String> labels, List<Taint> taints,
        Map<String, String> allocatable, Map<String, String> conditions, boolean unschedulable) {

    public NodeView {
        labels = Map.copyOf(labels);
        taints = List.copyOf(taints);
        allocatable = Map.copyOf(allocatable);
        conditions = Map.copyOf(conditions);
    }

    public boolean ready() {
        return "True".equals(conditions.get("Ready"));
    }
}
