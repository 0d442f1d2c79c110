package org.kubedeck.domain.kube;

import java.util.Objects;
import java.util.regex.Pattern;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.cluster.ClusterName;

/**
 * One object in one cluster: in a namespace, or, for a kind that is not namespaced (a ClusterRole, a
 * PersistentVolume), in none: its namespace is empty.
 */
public record ResourceRef(ClusterName cluster, String namespace, ResourceKind kind, String name) {

    /** RFC 1123 subdomain: what Kubernetes accepts as an object name. */
    private static final Pattern NAME = Pattern.compile("[a-z0-9]([-a-z0-9.]*[a-z0-9])?");
    private static final Pattern NAMESPACE = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");

    public ResourceRef {
        Objects.requireNonNull(cluster);
        Objects.requireNonNull(kind);
        if (kind.namespaced()) {
            checkNamespace(namespace);
        } else if (namespace == null || !namespace.isEmpty()) {
            throw new InvalidInputException("namespace", Message.of("kube.clusterWideNoNamespace",
                    "A {0} is cluster-wide: it has no namespace.", kind.kind()));
        }
        if (name == null || name.length() > 253 || !NAME.matcher(name).matches()) {
            throw new InvalidInputException("name", Message.of("kube.notObjectName",
                    "'{0}' is not an object name.", name));
        }
    }

    /** The namespace name, when it is one (a DNS label); InvalidInputException, field {@code namespace}, if not. */
    public static String checkNamespace(String namespace) {
        if (namespace == null || namespace.length() > 63 || !NAMESPACE.matcher(namespace).matches()) {
            throw new InvalidInputException("namespace", Message.of("kube.notNamespaceName",
                    "'{0}' is not a namespace name.", namespace));
        }
        return namespace;
    }

    /** An object of a kind that is not namespaced. */
    public static ResourceRef clusterWide(ClusterName cluster, ResourceKind kind, String name) {
        return new ResourceRef(cluster, "", kind, name);
    }

    /**
     * {@code deployment shop/web}, for messages and audit targets; {@code clusterroles.rbac.authorization.k8s.io
     * reader} for a cluster-wide object.
     */
    public String describe() {
        return kind.code() + " " + (namespace.isEmpty() ? "" : namespace + "/") + name;
    }
}
