package org.kubedeck.domain.label;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.kube.LabelSyntax;

/** Labels to set (added or changed) and keys to remove, checked against Kubernetes' rules. */
public record LabelChange(Map<String, String> set, Set<String> remove) {

    public LabelChange {
        set = Map.copyOf(set == null ? Map.of() : set);
        remove = Set.copyOf(remove == null ? Set.of() : remove);
        set.forEach((key, value) -> {
            LabelSyntax.requireKey("labels", key);
            LabelSyntax.requireValue("labels", value);
        });
        remove.forEach(key -> LabelSyntax.requireKey("keys", key));
        if (set.isEmpty() && remove.isEmpty()) {
            throw new InvalidInputException("labels", Message.of("label.nameLeastOneLabel",
                    "Name at least one label to set or remove."));
        }
        Set<String> both = new TreeSet<>(set.keySet());
        both.retainAll(remove);
        if (!both.isEmpty()) {
            throw new InvalidInputException("keys", Message.of("label.labelCannotSetRemoved",
                    "Label {0} cannot be set and removed at once.", both.iterator().next()));
        }
    }

    public static LabelChange setting(Map<String, String> labels) {
        return new LabelChange(labels, Set.of());
    }

    public static LabelChange removing(Set<String> keys) {
        return new LabelChange(Map.of(), keys);
    }

    /** {@code {"team": "shop", "canary": null}}: set team, remove canary, as JSON callers write a change. */
    public static LabelChange of(Map<String, String> labels) {
        Map<String, String> set = new TreeMap<>();
        Set<String> remove = new TreeSet<>();
        labels.forEach((key, value) -> {
            if (value == null) {
                remove.add(key);
            } else {
                set.put(key, value);
            }
        });
        return new LabelChange(set, remove);
    }

    /** The labels after the change. */
    public Map<String, String> applyTo(Map<String, String> labels) {
        Map<String, String> after = new LinkedHashMap<>(labels);
        remove.forEach(after::remove);
        after.putAll(set);
        return after;
    }

    /** Whether the change would alter these labels. */
    public boolean changes(Map<String, String> labels) {
        return !applyTo(labels).equals(labels);
    }
}
