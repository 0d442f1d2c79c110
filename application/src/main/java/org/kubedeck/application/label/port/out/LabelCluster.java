package org.kubedeck.application.label.port.out;

import java.util.List;
import java.util.Map;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.kube.LabelSelector;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.label.LabelChange;

/**
 * Labels of namespaced objects of the {@link ResourceKind}s. Every method throws ClusterUnavailableException when
 * the cluster cannot be reached in time.
 */
public interface LabelCluster {

    /** The object's labels; NotFoundException when it does not exist. */
    Map<String, String> labels(ClusterAccess cluster, ResourceKind kind, String namespace, String name);

    /**
     * Applies the change with one JSON merge patch ({@code null} removes a key) and returns the labels after it;
     * NotFoundException when the object does not exist.
     */
    Map<String, String> change(ClusterAccess cluster, ResourceKind kind, String namespace, String name,
            LabelChange change);

    /**
     * The objects of the kind whose labels match the selector, in the namespace or, with a null namespace, in
     * every namespace; sorted by namespace then name.
     */
    List<LabeledObject> select(ClusterAccess cluster, ResourceKind kind, String namespace, LabelSelector selector);

    record LabeledObject(ResourceKind kind, String namespace, String name, Map<String, String> labels) {

        public LabeledObject {
            labels = Map.copyOf(labels);
        }
    }
}
