package org.kubedeck.domain.scan;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.kubedeck.domain.cluster.ClusterName;

/**
 * One scan of a cluster, or of one of its namespaces, as it is kept.
 *
 * @param namespace empty for a scan of the whole cluster
 * @param objects   how many objects it looked at
 * @param silenced  how many findings silences left out (they count in no score)
 */
public record ScanReport(UUID id, ClusterName cluster, String namespace, String actor, Instant at, int score,
        int objects, int silenced, List<Finding> findings) {

    public ScanReport {
        Objects.requireNonNull(id);
        Objects.requireNonNull(cluster);
        namespace = namespace == null ? "" : namespace;
        findings = List.copyOf(findings);
    }
}
