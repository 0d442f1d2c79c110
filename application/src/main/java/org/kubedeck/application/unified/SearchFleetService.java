package org.kubedeck.application.unified;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.kubedeck.application.UseCase;
import org.kubedeck.application.cluster.port.in.ClusterQuery;
import org.kubedeck.application.kube.ClusterGate;
import org.kubedeck.application.kube.port.out.KindDiscovery;
import org.kubedeck.application.resource.port.out.ResourceTables;
import org.kubedeck.application.unified.port.in.SearchFleetQuery;
import org.kubedeck.application.unified.port.out.WatchedObjects;
import org.kubedeck.domain.cluster.Cluster;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.cluster.Identity;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.resource.ResourceTable;
import org.kubedeck.domain.unified.FleetSearch;
import org.kubedeck.domain.unified.FleetSearch.Found;
import org.kubedeck.domain.unified.FleetSearch.Unavailable;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.ClusterAction;

/**
 * Each cluster asked in parallel through {@link Fleet}, each within {@link FleetSearchSettings#deadline}, and its
 * objects filtered by name here:
 * <ul>
 *   <li>a namespace the pod console is watching answers its pods, Services and workloads from the watches
 *       ({@link WatchedObjects}), current to the event and without a request;</li>
 *   <li>anything else is listed, and what a cluster answered for a kind, namespace and selector is kept for
 *       {@link FleetSearchSettings#freshFor}, so that typing in the search box does not list the kind in every
 *       cluster at each key.</li>
 * </ul>
 */
@UseCase
class SearchFleetService implements SearchFleetQuery {

    /** The objects of a kind read from one cluster, a page at a time, at most. */
    static final int MOST_PER_CLUSTER = 5_000;
    private static final int PAGE = 500;
    private static final int MOST_KEPT = 500;

    private final ClusterQuery clusters;
    private final ClusterGate gate;
    private final KindDiscovery discovery;
    private final ResourceTables tables;
    private final WatchedObjects watched;
    private final Fleet fleet;
    private final FleetSearchSettings settings;
    private final Clock clock;
    private final Map<Key, Kept> kept = new ConcurrentHashMap<>();

    SearchFleetService(ClusterQuery clusters, ClusterGate gate, KindDiscovery discovery, ResourceTables tables,
            WatchedObjects watched, Fleet fleet, FleetSearchSettings settings, Clock clock) {
        this.clusters = clusters;
        this.gate = gate;
        this.discovery = discovery;
        this.tables = tables;
        this.watched = watched;
        this.fleet = fleet;
        this.settings = settings;
        this.clock = clock;
    }

    /** {@code person}: whom the cluster was asked as (null: the console's credential); lists are not shared. */
    private record Key(ClusterName cluster, Identity person, String resource, String namespace, String selector) {
    }

    private record Kept(String resource, List<ResourceTable.Row> rows, Instant at) {
    }

    @Override
    public FleetSearch search(Actor actor, SearchCommand command) {
        List<ClusterName> asked = command.clusters().isEmpty() ? clusters.visibleClusters(actor).stream()
                .map(Cluster::name).toList() : command.clusters();
        List<Found> results = new ArrayList<>();
        List<Unavailable> unavailable = new ArrayList<>();
        String name = command.name().toLowerCase(Locale.ROOT);
        fleet.ask(asked, cluster -> rows(actor, cluster, command)).forEach((cluster, answer) -> {
            if (!answer.answered()) {
                unavailable.add(new Unavailable(cluster, answer.problem()));
                return;
            }
            answer.value().rows().stream().filter(row -> row.name().toLowerCase(Locale.ROOT).contains(name))
                    .limit(Math.max(0, MOST_RESULTS - results.size()))
                    .forEach(row -> results.add(new Found(cluster, answer.value().resource(), row.namespace(),
                            row.name(), row.labels(), row.created())));
        });
        return new FleetSearch(results, unavailable);
    }

    /**
     * The cluster's objects of the kind, from its watches or from what was kept when fresh; read with the actor's
     * permission.
     */
    private Kept rows(Actor actor, ClusterName cluster, SearchCommand command) {
        ClusterAccess access = gate.open(actor, cluster, ClusterAction.VIEW, "search " + command.resource(),
                cluster.value());
        ResourceKind kind = discovery.kinds(access).find(command.resource());
        String namespace = kind.namespaced() ? command.namespace() : "";
        Instant now = clock.instant();
        if (!namespace.isEmpty()) {
            Optional<List<ResourceTable.Row>> watching = watched.watched(access, kind, namespace, command.name(),
                    command.selector());
            if (watching.isPresent()) {
                return new Kept(kind.resource(), watching.get(), now);
            }
        }
        Key key = new Key(cluster, access.actingAs(), kind.resource(), namespace, command.selector().toQuery());
        Kept fresh = kept.get(key);
        if (fresh != null && fresh.at().plus(settings.freshFor()).isAfter(now)) {
            return fresh;
        }
        List<ResourceTable.Row> rows = new ArrayList<>();
        String position = "";
        do {
            ResourceTable page = tables.page(access, kind, namespace, command.selector(), PAGE, position);
            rows.addAll(page.rows());
            position = page.position();
        } while (!position.isEmpty() && rows.size() < MOST_PER_CLUSTER);
        Kept read = new Kept(kind.resource(), List.copyOf(rows), now);
        if (kept.size() >= MOST_KEPT) {
            kept.entrySet().removeIf(entry -> !entry.getValue().at().plus(settings.freshFor()).isAfter(now));
        }
        if (kept.size() < MOST_KEPT) {
            kept.put(key, read);
        }
        return read;
    }
}
