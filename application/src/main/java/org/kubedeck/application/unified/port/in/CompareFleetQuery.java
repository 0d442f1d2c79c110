package org.kubedeck.application.unified.port.in;

import java.util.List;
import java.util.Objects;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.kube.ResourceRef;
import org.kubedeck.domain.unified.FleetComparison;
import org.kubedeck.domain.unified.NamespaceComparison;
import org.kubedeck.domain.user.Actor;

/** The same object, or the same namespace, side by side in several clusters. Read on each cluster. */
public interface CompareFleetQuery {

    FleetComparison compare(Actor actor, CompareCommand command);

    NamespaceComparison compareNamespace(Actor actor, NamespaceCompareCommand command);

    /** @param namespace empty for a cluster-wide kind */
    record CompareCommand(String resource, String namespace, String name, List<ClusterName> clusters) {

        public CompareCommand {
            if (resource == null || resource.isBlank()) {
                throw new InvalidInputException("resource", Message.of("unified.resourceRequired",
                        "Name the kind to search: pods, deployments.apps, configmaps..."));
            }
            namespace = namespace == null || namespace.isBlank() ? "" : ResourceRef.checkNamespace(namespace.trim());
            if (name == null || name.isBlank()) {
                throw new InvalidInputException("name", Message.of("unified.nameRequired",
                        "Name the object to compare."));
            }
            clusters = List.copyOf(clusters);
            if (clusters.size() < 2) {
                throw new InvalidInputException("clusters", Message.of("unified.twoClusters",
                        "Name two clusters or more, separated by commas."));
            }
        }
    }

    record NamespaceCompareCommand(String namespace, ClusterName left, ClusterName right) {

        public NamespaceCompareCommand {
            namespace = ResourceRef.checkNamespace(namespace == null ? "" : namespace.trim());
            Objects.requireNonNull(left);
            Objects.requireNonNull(right);
        }
    }
}
