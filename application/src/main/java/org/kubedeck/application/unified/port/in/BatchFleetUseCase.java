package org.kubedeck.application.unified.port.in;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.kube.LabelSelector;
import org.kubedeck.domain.kube.ResourceRef;
import org.kubedeck.domain.unified.FleetBatch;
import org.kubedeck.domain.user.Actor;

/**
 * One change on the objects a selector picks in a namespace of several clusters, previewed first: a dry run lists
 * exactly what would change, per cluster, and changes nothing. Each cluster's permission applies: one where the
 * user may not change is refused and untouched. Each change is made (audited and versioned) by the use case that
 * makes it on one cluster.
 */
public interface BatchFleetUseCase {

    int MOST_CLUSTERS = 50;

    FleetBatch batch(Actor actor, BatchCommand command);

    /**
     * @param resource the kind, for {@code label}, {@code scale} and {@code restart}; pods for kick and restore
     * @param labels   for {@code label}: to set, and with a null value to remove
     * @param replicas for {@code scale}
     */
    record BatchCommand(FleetBatch.Action action, List<ClusterName> clusters, String resource, String namespace,
            LabelSelector selector, Map<String, String> labels, Integer replicas, boolean dryRun) {

        public BatchCommand {
            Objects.requireNonNull(action);
            clusters = List.copyOf(clusters == null ? List.of() : clusters);
            if (clusters.isEmpty() || clusters.size() > MOST_CLUSTERS) {
                throw new InvalidInputException("clusters", Message.of("unified.batchClusters",
                        "Name the clusters to change, 1 to {0}.", MOST_CLUSTERS));
            }
            namespace = ResourceRef.checkNamespace(namespace == null ? "" : namespace.trim());
            Objects.requireNonNull(selector);
            if (selector.toQuery().isEmpty()) {
                throw new InvalidInputException("selector", Message.of("unified.batchSelector",
                        "A batch needs a label selector: it never picks every object of a namespace by itself."));
            }
            labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels == null ? Map.of() : labels));
        }
    }
}
