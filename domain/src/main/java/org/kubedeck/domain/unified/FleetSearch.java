package org.kubedeck.domain.unified;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.cluster.ClusterName;

/**
 * What a search across clusters found, by cluster, and the clusters that could not answer in time or at all.
 */
public record FleetSearch(List<Found> results, List<Unavailable> unavailable) {

    public FleetSearch {
        results = List.copyOf(results);
        unavailable = List.copyOf(unavailable);
    }

    /** One object in one cluster; {@code resource} as the API names its kind ({@code deployments.apps}). */
    public record Found(ClusterName cluster, String resource, String namespace, String name,
            Map<String, String> labels, Instant created) {

        public Found {
            Objects.requireNonNull(cluster);
            labels = Map.copyOf(labels);
        }

        /** How long it has existed, as kubectl writes it: {@code 45s}, {@code 12m}, {@code 5h}, {@code 3d}. */
        public String age(Instant now) {
            if (created == null) {
                return "";
            }
            long seconds = Math.max(0, Duration.between(created, now).toSeconds());
            return seconds < 120 ? seconds + "s" : seconds < 7200 ? seconds / 60 + "m"
                    : seconds < 172_800 ? seconds / 3600 + "h" : seconds / 86_400 + "d";
        }
    }

    /** A cluster that gave no answer: unreachable, too slow, or refusing the search; {@code message} says which. */
    public record Unavailable(ClusterName cluster, Message message) {
    }
}
