package org.kubedeck.domain.kube;

import java.util.Objects;
import org.kubedeck.domain.cluster.ClusterName;

/** One namespace of one cluster; InvalidInputException, field {@code namespace}, for a name that is none. */
public record NamespaceRef(ClusterName cluster, String namespace) {

    public NamespaceRef {
        Objects.requireNonNull(cluster);
        ResourceRef.checkNamespace(namespace);
    }

    public static NamespaceRef of(ClusterName cluster, String namespace) {
        return new NamespaceRef(cluster, namespace);
    }

    /** The object of that kind and name in this namespace. */
    public ResourceRef object(ResourceKind kind, String name) {
        return new ResourceRef(cluster, namespace, kind, name);
    }

    /** {@code shop}, for messages and audit targets: the namespace within its cluster. */
    @Override
    public String toString() {
        return namespace;
    }
}
