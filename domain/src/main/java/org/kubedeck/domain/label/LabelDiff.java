package org.kubedeck.domain.label;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** One object's labels before and after a change, for a preview that shows what it would do. */
public record LabelDiff(String name, Map<String, String> before, Map<String, String> after) {

    public LabelDiff {
        Objects.requireNonNull(name);
        before = Map.copyOf(before);
        after = Map.copyOf(after);
    }

    /** The labels the change sets anew or to another value, by key. */
    public Map<String, String> set() {
        Map<String, String> set = new TreeMap<>();
        after.forEach((key, value) -> {
            if (!value.equals(before.get(key))) {
                set.put(key, value);
            }
        });
        return set;
    }

    /** The keys the change takes away, with the values they had. */
    public Map<String, String> removed() {
        Map<String, String> removed = new TreeMap<>();
        before.forEach((key, value) -> {
            if (!after.containsKey(key)) {
                removed.put(key, value);
            }
        });
        return removed;
    }

    /** The labels left as they were, sorted by key. */
    public Set<String> keptKeys() {
        Set<String> kept = new TreeSet<>(before.keySet());
        kept.retainAll(after.keySet());
        kept.removeIf(key -> !before.get(key).equals(after.get(key)));
        return kept;
    }
}
