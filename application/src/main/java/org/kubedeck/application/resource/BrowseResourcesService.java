package org.kubedeck.application.resource;

import java.util.ArrayList;
import java.util.List;
import org.kubedeck.application.UseCase;
import org.kubedeck.application.kube.ClusterGate;
import org.kubedeck.application.kube.ResourceHistory;
import org.kubedeck.application.kube.port.out.KindDiscovery;
import org.kubedeck.application.resource.port.in.BrowseResourcesQuery;
import org.kubedeck.application.resource.port.out.ResourceDefinitions;
import org.kubedeck.application.resource.port.out.ResourceObjects;
import org.kubedeck.application.resource.port.out.ResourceTables;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.NotFoundException;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.kube.ListRules;
import org.kubedeck.domain.kube.NamespaceRef;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.kube.ServedKinds;
import org.kubedeck.domain.resource.ObjectDetail;
import org.kubedeck.domain.resource.ObjectEvent;
import org.kubedeck.domain.resource.ResourceDefinition;
import org.kubedeck.domain.resource.ResourceTable;
import org.kubedeck.domain.resource.TableQuery;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.ClusterAction;

/** Lists kinds and their objects through the cluster's discovery and its table answers. */
@UseCase
class BrowseResourcesService implements BrowseResourcesQuery {

    /** With a name filter, how many objects one answer reads at the most before it answers what it found. */
    private static final int MOST_SCANNED = 5_000;

    private final ClusterGate gate;
    private final KindDiscovery discovery;
    private final ResourceTables tables;
    private final ResourceObjects objects;
    private final ResourceDefinitions definitions;
    private final ResourceHistory history;

    BrowseResourcesService(ClusterGate gate, KindDiscovery discovery, ResourceTables tables,
            ResourceObjects objects, ResourceDefinitions definitions, ResourceHistory history) {
        this.gate = gate;
        this.discovery = discovery;
        this.tables = tables;
        this.objects = objects;
        this.definitions = definitions;
        this.history = history;
    }

    @Override
    public ServedKinds kinds(Actor actor, ClusterName cluster) {
        return discovery.kinds(gate.open(actor, cluster, ClusterAction.VIEW, "list the kinds of " + cluster,
                cluster.value()));
    }

    @Override
    public ListRules rules(Actor actor, ClusterName cluster, String namespace) {
        String in = checked(cluster, namespace).isEmpty() ? "default" : namespace;
        return discovery.rules(open(actor, cluster, "list the kinds of", in), in);
    }

    @Override
    public ResourceTable list(Actor actor, ClusterName cluster, String resource, String namespace,
            TableQuery query) {
        String in = checked(cluster, namespace);
        ClusterAccess access = open(actor, cluster, "list " + resource, in);
        ResourceKind kind = discovery.kinds(access).find(resource);
        String namespaceOfKind = kind.namespaced() ? in : "";
        ResourceTable page = tables.page(access, kind, namespaceOfKind, query.selector(), query.limit(),
                query.position());
        if (query.name().isEmpty()) {
            return page;
        }
        List<ResourceTable.Row> found = new ArrayList<>();
        int scanned = 0;
        while (true) {
            page.rows().stream().filter(row -> query.matches(row.name())).forEach(found::add);
            scanned += page.rows().size();
            if (found.size() >= query.limit() || page.position().isEmpty() || scanned >= MOST_SCANNED) {
                return new ResourceTable(page.columns(), found, page.position(), page.remaining());
            }
            page = tables.page(access, kind, namespaceOfKind, query.selector(), query.limit(), page.position());
        }
    }

    @Override
    public ObjectDetail detail(Actor actor, ClusterName cluster, String resource, String namespace, String name) {
        String in = checked(cluster, namespace);
        ClusterAccess access = open(actor, cluster, "read " + resource + " " + name, in);
        ResourceKind kind = discovery.kinds(access).find(resource);
        return objects.detail(access, kind, kind.namespaceOf(in), name, history.mask())
                .orElseThrow(() -> new NotFoundException(kind.namespaced()
                        ? Message.of("resource.noSuchObjectIn", "There is no {0} named {1} in namespace {2}.",
                                kind.kind(), name, in)
                        : Message.of("resource.noSuchObject", "There is no {0} named {1}.", kind.kind(), name)));
    }

    @Override
    public List<ObjectEvent> events(Actor actor, ClusterName cluster, String namespace, String resource,
            String name) {
        String in = checked(cluster, namespace);
        ClusterAccess access = open(actor, cluster, "read the events", in);
        ResourceKind kind = resource == null || resource.isEmpty() ? null : discovery.kinds(access).find(resource);
        return objects.events(access, in, kind, name == null ? "" : name, MOST_EVENTS);
    }

    @Override
    public List<ResourceDefinition> definitions(Actor actor, ClusterName cluster) {
        return definitions.definitions(open(actor, cluster, "list the custom resource definitions", ""));
    }

    @Override
    public ResourceDefinition definition(Actor actor, ClusterName cluster, String name) {
        return definitions.definition(open(actor, cluster, "read the custom resource definition " + name, ""), name)
                .orElseThrow(() -> new NotFoundException(Message.of("resource.noSuchDefinition",
                        "There is no custom resource definition {0}.", name)));
    }

    /** The namespace, empty for none, once it is checked to be a namespace name. */
    private static String checked(ClusterName cluster, String namespace) {
        String in = namespace == null ? "" : namespace;
        if (!in.isEmpty()) {
            NamespaceRef.of(cluster, in);
        }
        return in;
    }

    private ClusterAccess open(Actor actor, ClusterName cluster, String attempted, String namespace) {
        return gate.open(actor, cluster, ClusterAction.VIEW, attempted + (namespace.isEmpty() ? ""
                : " in " + namespace), namespace.isEmpty() ? cluster.value() : namespace);
    }
}
