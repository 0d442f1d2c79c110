package org.kubedeck.application.resource.port.in;

import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.kube.ServedKinds;
import org.kubedeck.domain.resource.ResourceTable;
import org.kubedeck.domain.resource.TableQuery;
import org.kubedeck.domain.user.Actor;

/** Every kind a cluster serves, and its objects a page at a time; read on the cluster is enough. */
public interface BrowseResourcesQuery {

    ServedKinds kinds(Actor actor, ClusterName cluster);

    /**
     * A page of the kind's objects ({@code resource} as kubectl names it: {@code configmaps},
     * {@code deployments.apps}). With a name filter, pages are read on until one holds a match or the list ends.
     *
     * @param namespace empty: every namespace, or a cluster-scoped kind's objects
     */
    ResourceTable list(Actor actor, ClusterName cluster, String resource, String namespace, TableQuery query);
}
