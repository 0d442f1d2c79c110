package org.kubedeck.web.support;

import org.kubedeck.application.resource.port.in.BrowseResourcesQuery;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.kube.ResourceRef;
import org.kubedeck.domain.user.Actor;
import org.springframework.stereotype.Component;

/**
 * The object a request names, of any kind: a kind the console knows by name as {@link ClusterParameter} reads it,
 * any other ({@code widgets.example.com}, {@code namespaces}) as the cluster's discovery names it, at its preferred
 * version. A cluster-wide object has no namespace: its paths carry {@value #NO_NAMESPACE} there.
 */
@Component
public class ObjectParameter {

    private final BrowseResourcesQuery browsing;

    ObjectParameter(BrowseResourcesQuery browsing) {
        this.browsing = browsing;
    }

    /** What a path holds in place of the namespace of a cluster-wide object. */
    public static final String NO_NAMESPACE = "-";

    public ResourceRef of(Actor actor, String cluster, String namespace, String kind, String name) {
        if (ResourceKind.known(kind).isPresent() || kind == null) {
            return ClusterParameter.object(cluster, namespace, kind, name);
        }
        ResourceKind found = browsing.kinds(actor, ClusterParameter.of(cluster)).find(kind);
        return new ResourceRef(ClusterParameter.of(cluster), found.namespaced() || !NO_NAMESPACE.equals(namespace)
                ? namespace : "", found, name);
    }

    /** The namespace as a path carries it: {@value #NO_NAMESPACE} for a cluster-wide object. */
    public static String segment(String namespace) {
        return namespace == null || namespace.isEmpty() ? NO_NAMESPACE : namespace;
    }
}
