package org.kubedeck.domain.resource;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.kubedeck.domain.kube.ResourceKind;

/**
 * One object of any kind as its detail page shows it: where it is, its labels and annotations, the objects that own
 * it and those it owns, and its YAML (normalized, a Secret's values masked).
 *
 * @param namespace       empty for an object of a cluster-scoped kind
 * @param resourceVersion what a change of the YAML names, so that a change made meanwhile is refused
 * @param owned           what its controller made, for the kinds that make objects: a Deployment's ReplicaSets, a
 *                        ReplicaSet's, StatefulSet's, DaemonSet's or Job's pods, a CronJob's Jobs; by name
 */
public record ObjectDetail(ResourceKind kind, String namespace, String name, String resourceVersion, Instant created,
        Map<String, String> labels, Map<String, String> annotations, List<Owner> owners, List<Owner> owned,
        String yaml) {

    public ObjectDetail {
        namespace = namespace == null ? "" : namespace;
        labels = Map.copyOf(labels);
        annotations = Map.copyOf(annotations);
        owners = List.copyOf(owners);
        owned = List.copyOf(owned);
    }

    /**
     * An owner as the object's {@code ownerReferences} name it: {@code apps/v1} ReplicaSet {@code web-7d8}; or an
     * object it owns, named the same way.
     */
    public record Owner(String apiVersion, String kind, String name, boolean controller) {

        /** The owner's API group: {@code apps} for {@code apps/v1}, empty for the core group's {@code v1}. */
        public String group() {
            int slash = apiVersion.indexOf('/');
            return slash < 0 ? "" : apiVersion.substring(0, slash);
        }
    }
}
