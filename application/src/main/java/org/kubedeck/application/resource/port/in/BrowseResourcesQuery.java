package org.kubedeck.application.resource.port.in;

import java.util.List;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.kube.ListRules;
import org.kubedeck.domain.kube.ServedKinds;
import org.kubedeck.domain.resource.ObjectDetail;
import org.kubedeck.domain.resource.ObjectEvent;
import org.kubedeck.domain.resource.ResourceDefinition;
import org.kubedeck.domain.resource.ResourceTable;
import org.kubedeck.domain.resource.TableQuery;
import org.kubedeck.domain.user.Actor;

/** Every kind a cluster serves, and its objects a page at a time; read on the cluster is enough. */
public interface BrowseResourcesQuery {

    ServedKinds kinds(Actor actor, ClusterName cluster);

    /** What the cluster's credentials may list in the namespace, to mark the kinds they may not. */
    ListRules rules(Actor actor, ClusterName cluster, String namespace);

    /**
     * A page of the kind's objects ({@code resource} as kubectl names it: {@code configmaps},
     * {@code deployments.apps}). With a name filter, pages are read on until one holds a match or the list ends.
     *
     * @param namespace empty: every namespace, or a cluster-scoped kind's objects
     */
    ResourceTable list(Actor actor, ClusterName cluster, String resource, String namespace, TableQuery query);

    /**
     * One object, a Secret's values masked. NotFoundException when the cluster has no such object.
     *
     * @param namespace empty for an object of a cluster-scoped kind
     */
    ObjectDetail detail(Actor actor, ClusterName cluster, String resource, String namespace, String name);

    /**
     * The newest events, newest first, at most {@value #MOST_EVENTS}: in the namespace (empty: every namespace),
     * about the kind ({@code resource} empty: any) and the name (empty: any).
     */
    List<ObjectEvent> events(Actor actor, ClusterName cluster, String namespace, String resource, String name);

    /** The cluster's custom resource definitions, without their schemas. */
    List<ResourceDefinition> definitions(Actor actor, ClusterName cluster);

    /** One custom resource definition with its versions' schemas. NotFoundException when there is none. */
    ResourceDefinition definition(Actor actor, ClusterName cluster, String name);

    int MOST_EVENTS = 200;
}
