package org.kubedeck.application.unified;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.kubedeck.application.cluster.port.in.ClusterQuery;
import org.kubedeck.application.kube.port.out.KindDiscovery;
import org.kubedeck.application.resource.port.out.ResourceTables;
import org.kubedeck.application.testing.TestFixture;
import org.kubedeck.application.unified.port.in.SearchFleetQuery.SearchCommand;
import org.kubedeck.application.unified.port.out.WatchedObjects;
import org.kubedeck.domain.cluster.Cluster;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.kube.LabelSelector;
import org.kubedeck.domain.kube.ListRules;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.kube.ServedKinds;
import org.kubedeck.domain.resource.ResourceTable;
import org.kubedeck.domain.unified.FleetSearch;
import org.kubedeck.domain.user.AccessLevel;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.Permissions;

/**
 * The search's own rules, over in-process fakes, for what a real API server will not do or show on demand: hang,
 * and how many LISTs the search itself sent (a real server counts every client's). The rig's searches, watched
 * namespaces included, are in the bootstrap module's UnifiedWebTest.
 */
class SearchFleetServiceTest {

    private static final ClusterName FAST = ClusterName.of("fast");
    private static final ClusterName SLOW = ClusterName.of("slow");

    private final TestFixture f = new TestFixture();
    private final AtomicInteger lists = new AtomicInteger();

    /** Lists two deployments at once, or, for the slow cluster, after 5 seconds. */
    private final ResourceTables tables = (cluster, kind, namespace, selector, limit, position) -> {
        lists.incrementAndGet();
        if (cluster.name().equals(SLOW)) {
            try {
                Thread.sleep(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return new ResourceTable(List.of(), List.of(
                new ResourceTable.Row("payments-api", "shop", Instant.parse("2026-12-01T00:00:00Z"),
                        Map.of("app", "payments"), List.of()),
                new ResourceTable.Row("web", "shop", Instant.parse("2026-12-01T00:00:00Z"), Map.of("app", "web"),
                        List.of())), "", 0L);
    };

    private static final ResourceTable.Row WATCHED = new ResourceTable.Row("payments-api", "watched",
            Instant.parse("2026-12-02T00:00:00Z"), Map.of("app", "payments"), List.of());

    /** The fast cluster's namespace {@code watched} is being watched, with one Deployment in it. */
    private final WatchedObjects watched = (cluster, kind, namespace, name, selector) ->
            cluster.name().equals(FAST) && namespace.equals("watched") && kind.equals(ResourceKind.DEPLOYMENT)
                    ? Optional.of(selector.matches(WATCHED.labels()) ? List.of(WATCHED) : List.of())
                    : Optional.empty();

    private SearchFleetService service() {
        f.register(FAST, "Fast", "fast.example");
        f.register(SLOW, "Slow", "slow.example");
        ClusterQuery visible = new ClusterQuery() {
            @Override
            public List<Cluster> visibleClusters(Actor actor) {
                return f.clusters.findAll();
            }

            @Override
            public Cluster cluster(Actor actor, ClusterName name) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Cluster clusterToConfigure(Actor actor, ClusterName name) {
                throw new UnsupportedOperationException();
            }
        };
        KindDiscovery deployments = new KindDiscovery() {
            @Override
            public ServedKinds kinds(ClusterAccess cluster) {
                return new ServedKinds(List.of(ResourceKind.DEPLOYMENT));
            }

            @Override
            public ListRules rules(ClusterAccess cluster, String namespace) {
                throw new UnsupportedOperationException();
            }
        };
        FleetSearchSettings settings = new FleetSearchSettings(Duration.ofMillis(500), Duration.ofSeconds(15));
        return new SearchFleetService(visible, f.gate, deployments, tables, watched,
                new Fleet(settings), settings, f.clock());
    }

    @Test
    void aSlowClusterIsReportedAtTheDeadlineAndTypingFiltersWhatWasReadWithoutListingAgain() {
        SearchFleetService service = service();
        var admin = TestFixture.actor("root", Permissions.ADMINISTRATOR);

        long started = System.nanoTime();
        FleetSearch first = service.search(admin, new SearchCommand("deployments.apps", "pay", LabelSelector.parse(""),
                "", List.of()));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
        assertThat(first.results()).extracting(found -> found.cluster().value() + " " + found.name())
                .containsExactly("fast payments-api");
        assertThat(first.unavailable()).singleElement().satisfies(slow -> {
            assertThat(slow.cluster()).isEqualTo(SLOW);
            assertThat(slow.message().text()).contains("did not answer within");
        });

        int listed = lists.get();
        FleetSearch typed = service.search(admin, new SearchCommand("deployments.apps", "payments-a",
                LabelSelector.parse(""), "", List.of(FAST)));
        assertThat(typed.results()).hasSize(1);
        assertThat(lists.get()).as("what the fast cluster answered is still fresh").isEqualTo(listed);
        f.clock.advance(Duration.ofSeconds(16));
        service.search(admin, new SearchCommand("deployments.apps", "", LabelSelector.parse(""), "", List.of(FAST)));
        assertThat(lists.get()).as("read again once stale").isEqualTo(listed + 1);
    }

    @Test
    void aWatchedNamespaceAnswersFromItsWatchesWithoutAListAndOthersAreListed() {
        SearchFleetService service = service();
        var admin = TestFixture.actor("root", Permissions.ADMINISTRATOR);

        FleetSearch fromWatches = service.search(admin, new SearchCommand("deployments.apps", "pay",
                LabelSelector.parse("app=payments"), "watched", List.of(FAST)));
        FleetSearch noneSelected = service.search(admin, new SearchCommand("deployments.apps", "",
                LabelSelector.parse("app=web"), "watched", List.of(FAST)));

        assertThat(fromWatches.results()).singleElement().satisfies(found -> {
            assertThat(found.namespace()).isEqualTo("watched");
            assertThat(found.created()).isEqualTo(Instant.parse("2026-12-02T00:00:00Z"));
        });
        assertThat(noneSelected.results()).isEmpty();
        assertThat(lists.get()).as("nothing listed for a watched namespace").isZero();

        service.search(admin, new SearchCommand("deployments.apps", "", LabelSelector.parse(""), "shop",
                List.of(FAST)));
        assertThat(lists.get()).as("a namespace nobody watches is listed").isEqualTo(1);
    }

    @Test
    void aReaderOfOneClusterIsToldTheOtherDoesNotExist() {
        SearchFleetService service = service();
        var reader = TestFixture.actor("dev", Permissions.perCluster(Map.of(FAST,
                AccessLevel.READ)));

        FleetSearch found = service.search(reader, new SearchCommand("deployments.apps", "", LabelSelector.parse(""),
                "", List.of(FAST, SLOW)));

        assertThat(found.results()).hasSize(2).allMatch(result -> result.cluster().equals(FAST));
        assertThat(found.unavailable()).singleElement().satisfies(hidden -> assertThat(hidden.message().text())
                .contains("does not exist"));
    }
}
