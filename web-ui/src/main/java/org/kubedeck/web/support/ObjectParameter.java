package org.kubedeck.web.support;

import org.kubedeck.application.resource.port.in.BrowseResourcesQuery;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.kube.ResourceRef;
import org.kubedeck.domain.user.Actor;
import org.springframework.stereotype.Component;

/**
 * The object a request names, of any kind: a kind the console knows by name as {@link ClusterParameter} reads it,
 * any other ({@code widgets.example.com}) as the cluster's discovery names it, at its preferred version.
 */
@Component
public class ObjectParameter {

    private final BrowseResourcesQuery browsing;

    ObjectParameter(BrowseResourcesQuery browsing) {
        this.browsing = browsing;
    }

    public ResourceRef of(Actor actor, String cluster, String namespace, String kind, String name) {
        if (ResourceKind.known(kind).isPresent() || kind == null || !kind.contains(".")) {
            return ClusterParameter.object(cluster, namespace, kind, name);
        }
        return new ResourceRef(ClusterParameter.of(cluster), namespace,
                browsing.kinds(actor, ClusterParameter.of(cluster)).find(kind), name);
    }
}
