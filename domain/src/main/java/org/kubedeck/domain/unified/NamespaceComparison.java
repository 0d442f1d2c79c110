package org.kubedeck.domain.unified;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.kubedeck.domain.cluster.ClusterName;

/**
 * A namespace in two clusters: the objects ({@code deployments.apps/web}) only in one of them, those in both whose
 * normalised YAML differs, and how many are alike.
 */
public record NamespaceComparison(ClusterName left, ClusterName right, List<String> onlyInLeft,
        List<String> onlyInRight, List<String> different, int alike) {

    public NamespaceComparison {
        onlyInLeft = List.copyOf(onlyInLeft);
        onlyInRight = List.copyOf(onlyInRight);
        different = List.copyOf(different);
    }

    /** @param leftObjects each object's YAML by {@code resource/name} */
    public static NamespaceComparison of(ClusterName left, Map<String, String> leftObjects, ClusterName right,
            Map<String, String> rightObjects) {
        TreeSet<String> onlyLeft = new TreeSet<>(leftObjects.keySet());
        onlyLeft.removeAll(rightObjects.keySet());
        TreeSet<String> onlyRight = new TreeSet<>(rightObjects.keySet());
        onlyRight.removeAll(leftObjects.keySet());
        TreeSet<String> both = new TreeSet<>(leftObjects.keySet());
        both.retainAll(rightObjects.keySet());
        List<String> different = both.stream().filter(key -> !leftObjects.get(key).equals(rightObjects.get(key)))
                .toList();
        return new NamespaceComparison(left, right, List.copyOf(onlyLeft), List.copyOf(onlyRight), different,
                both.size() - different.size());
    }
}
