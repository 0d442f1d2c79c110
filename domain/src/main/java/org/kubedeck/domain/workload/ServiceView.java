package org.kubedeck.domain.workload;

import java.util.Map;
import java.util.Objects;

/** A Service and the labels it selects pods by. */
public record ServiceView(String name, Map<String, String> selector) {

    public ServiceView {
        Objects.requireNonNull(name);
        selector = Map.copyOf(selector == null ? Map.of() : selector);
    }

    /** Whether this Service sends traffic to a pod with these labels. A Service without selector selects none. */
    public boolean selects(Map<String, String> podLabels) {
        return !selector.isEmpty() && selector.entrySet().stream()
                .allMatch(e -> e.getValue().equals(podLabels.get(e.getKey())));
    }

    /** Whether it would select these pods if they carried the wanted value of {@code key}: it is in front of them. */
    public boolean frontsIgnoring(String key, Map<String, String> podLabels) {
        return !selector.isEmpty() && selector.entrySet().stream().filter(e -> !e.getKey().equals(key))
                .allMatch(e -> e.getValue().equals(podLabels.get(e.getKey())));
    }

    public boolean routesBy(String key) {
        return selector.containsKey(key);
    }
}
