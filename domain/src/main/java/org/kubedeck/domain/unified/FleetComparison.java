package org.kubedeck.domain.unified;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.kube.VersionHistory;
import org.kubedeck.domain.unified.FleetSearch.Unavailable;

/**
 * One object in several clusters, its normalised YAML (what the cluster owns left out) compared: where it is
 * missing, whether the others are alike, and a unified diff of each against the first that has it.
 *
 * @param unavailable the clusters that could not be read; they are neither missing nor compared
 */
public record FleetComparison(List<ClusterName> clusters, List<ClusterName> missingIn, boolean identical,
        String diff, List<Unavailable> unavailable) {

    public FleetComparison {
        clusters = List.copyOf(clusters);
        missingIn = List.copyOf(missingIn);
        Objects.requireNonNull(diff);
        unavailable = List.copyOf(unavailable);
    }

    /** @param yaml each cluster's YAML in the order asked; null where the object does not exist */
    public static FleetComparison of(Map<ClusterName, String> yaml, List<Unavailable> unavailable) {
        List<ClusterName> missing = new ArrayList<>();
        ClusterName first = null;
        StringBuilder diff = new StringBuilder();
        for (Map.Entry<ClusterName, String> each : yaml.entrySet()) {
            if (each.getValue() == null) {
                missing.add(each.getKey());
            } else if (first == null) {
                first = each.getKey();
            } else {
                diff.append(VersionHistory.unified(first.value(), yaml.get(first), each.getKey().value(),
                        each.getValue()));
            }
        }
        return new FleetComparison(List.copyOf(yaml.keySet()), missing, missing.isEmpty() && diff.isEmpty()
                && unavailable.isEmpty(), diff.toString(), unavailable);
    }
}
