package org.kubedeck.domain.quota;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A quota with what the cluster counts as used ({@code status.used}; a resource not counted yet is missing).
 */
public record QuotaView(String name, Map<String, String> hard, Map<String, String> used) {

    public QuotaView {
        hard = Map.copyOf(hard);
        used = Map.copyOf(used);
    }

    /** One item per hard limit, sorted by resource. */
    public List<QuotaItem> items() {
        return new TreeMap<>(hard).entrySet().stream()
                .map(limit -> new QuotaItem(limit.getKey(), limit.getValue(), used.get(limit.getKey())))
                .toList();
    }
}
