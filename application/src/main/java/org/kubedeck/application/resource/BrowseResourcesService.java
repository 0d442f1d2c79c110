package org.kubedeck.application.resource;

import java.util.ArrayList;
import java.util.List;
import org.kubedeck.application.UseCase;
import org.kubedeck.application.kube.ClusterGate;
import org.kubedeck.application.kube.port.out.KindDiscovery;
import org.kubedeck.application.resource.port.in.BrowseResourcesQuery;
import org.kubedeck.application.resource.port.out.ResourceTables;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.kube.NamespaceRef;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.kube.ServedKinds;
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

    BrowseResourcesService(ClusterGate gate, KindDiscovery discovery, ResourceTables tables) {
        this.gate = gate;
        this.discovery = discovery;
        this.tables = tables;
    }

    @Override
    public ServedKinds kinds(Actor actor, ClusterName cluster) {
        return discovery.kinds(gate.open(actor, cluster, ClusterAction.VIEW, "list the kinds of " + cluster,
                cluster.value()));
    }

    @Override
    public ResourceTable list(Actor actor, ClusterName cluster, String resource, String namespace,
            TableQuery query) {
        String in = namespace == null ? "" : namespace;
        if (!in.isEmpty()) {
            NamespaceRef.of(cluster, in);
        }
        ClusterAccess access = gate.open(actor, cluster, ClusterAction.VIEW, "list " + resource
                + (in.isEmpty() ? "" : " in " + in), in.isEmpty() ? cluster.value() : in);
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
}
