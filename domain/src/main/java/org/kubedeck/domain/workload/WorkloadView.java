package org.kubedeck.domain.workload;

import java.util.Map;
import java.util.Objects;

/**
 * A workload as the console shows it. {@code selector} is its pod selector (matchLabels); for a bare pod, the
 * pod's own labels.
 */
public record WorkloadView(String name, WorkloadType type, Map<String, String> selector, int desiredReplicas,
        int readyReplicas) {

    public WorkloadView {
        Objects.requireNonNull(name);
        Objects.requireNonNull(type);
        selector = Map.copyOf(selector == null ? Map.of() : selector);
    }
}
