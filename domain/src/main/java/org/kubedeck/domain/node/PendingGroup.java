package org.kubedeck.domain.node;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The pods of one workload that wait for a node for the same reason: a Deployment of 2,000 replicas that does not
 * fit is one line with its count, not 2,000 alike.
 *
 * @param since the oldest time the scheduler gave the reason; null when unknown for all of them
 * @param examples the first pods by name, at most {@link #EXAMPLES}
 */
public record PendingGroup(String namespace, String workload, String reason, int count, Instant since,
        List<String> examples) {

    public static final int EXAMPLES = 3;

    public PendingGroup {
        examples = List.copyOf(examples);
    }

    /** The groups of {@code pods}, largest first, then by namespace and workload. */
    public static List<PendingGroup> of(List<PendingPod> pods) {
        Map<Key, List<PendingPod>> groups = pods.stream().collect(Collectors.groupingBy(
                pod -> new Key(pod.namespace(), pod.workload(), Objects.toString(pod.reason(), "")),
                LinkedHashMap::new, Collectors.toList()));
        return groups.entrySet().stream()
                .map(group -> new PendingGroup(group.getKey().namespace(), group.getKey().workload(),
                        group.getKey().reason(), group.getValue().size(),
                        group.getValue().stream().map(PendingPod::since).filter(Objects::nonNull)
                                .min(Comparator.naturalOrder()).orElse(null),
                        group.getValue().stream().map(PendingPod::name).sorted().limit(EXAMPLES).toList()))
                .sorted(Comparator.comparingInt(PendingGroup::count).reversed()
                        .thenComparing(PendingGroup::namespace).thenComparing(PendingGroup::workload))
                .toList();
    }

    private record Key(String namespace, String workload, String reason) {
    }
}
