package org.kubedeck.web.support;

import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.kube.NamespaceRef;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.kube.ResourceRef;

/** The {@code cluster} a request names, in a body or a path; a missing one is 400 naming the field. */
public final class ClusterParameter {

    private ClusterParameter() {
    }

    public static ClusterName of(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("cluster", Message.of("support.nameCluster", "Name the cluster."));
        }
        return ClusterName.of(name);
    }

    /** The namespace a request names within that cluster. */
    public static NamespaceRef namespace(String cluster, String namespace) {
        return NamespaceRef.of(of(cluster), namespace);
    }

    /** The object a request names: {@code kind} as a code, kind or plural ({@code deployment}, {@code configmaps}). */
    public static ResourceRef object(String cluster, String namespace, String kind, String name) {
        return new ResourceRef(of(cluster), namespace, ResourceKind.of(kind), name);
    }
}
