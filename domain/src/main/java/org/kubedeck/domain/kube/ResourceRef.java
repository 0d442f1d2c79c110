package org.kubedeck.domain.kube;

import java.util.Objects;
import java.util.regex.Pattern;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.cluster.ClusterName;

/** One namespaced object in one cluster. */
public record ResourceRef(ClusterName cluster, String namespace, ResourceKind kind, String name) {

    /** RFC 1123 subdomain: what Kubernetes accepts as an object name. */
    private static final Pattern NAME = Pattern.compile("[a-z0-9]([-a-z0-9.]*[a-z0-9])?");
    private static final Pattern NAMESPACE = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");

    public ResourceRef {
        Objects.requireNonNull(cluster);
        Objects.requireNonNull(kind);
        checkNamespace(namespace);
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

    /** {@code deployment shop/web}, for messages and audit targets. */
    public String describe() {
        return kind.code() + " " + namespace + "/" + name;
    }
}
