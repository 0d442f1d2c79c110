package org.kubedeck.adapters.k8s.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kubedeck.adapters.k8s.testing.ShopObjects.NODE_IP;
import static org.kubedeck.adapters.k8s.testing.ShopObjects.SHOP;
import static org.kubedeck.adapters.k8s.testing.ShopObjects.WEB;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.kubernetes.client.openapi.models.V1Pod;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kubedeck.adapters.k8s.KubernetesCalls;
import org.kubedeck.adapters.k8s.KubernetesClients;
import org.kubedeck.adapters.k8s.testing.FakeCluster;
import org.kubedeck.adapters.k8s.testing.ShopObjects;
import org.kubedeck.adapters.k8s.testing.WireMockApiServer;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.workload.PodView;
import org.kubedeck.domain.workload.WorkloadView;


/**
 * The watch-fed cache against servers that misbehave in ways a real API server will not on request: watches
 * refused outright or never answered (WireMock stands in, with streamed watches), and a server that cannot
 * stream watches at all (fabric8's fake). How the cache works with a real server, and with credentials that may not
 * watch or may not see nodes, is in WorkloadCacheTest.
 */
class WorkloadCacheFaultsTest {

    private static final Duration SOON = Duration.ofSeconds(5);
    private static final WorkloadView WEB_DEPLOYMENT = new WorkloadView("web", ResourceKind.DEPLOYMENT, WEB, 3, 3);

    private final WireMockApiServer api = new WireMockApiServer();
    private final ClusterAccess cluster = api.access();
    private final KubernetesClients clients = new KubernetesClients();
    private final KubernetesCalls calls = new KubernetesCalls(clients);
    private final WorkloadKubernetesAdapter direct = new WorkloadKubernetesAdapter(calls);
    private WorkloadInformerAdapter cache = new WorkloadInformerAdapter(direct, clients, Duration.ofMinutes(10));

    WorkloadCacheFaultsTest() {
        ShopObjects.seed(api, 3);
    }

    @AfterEach
    void stop() {
        cache.close();
        calls.close();
        clients.close();
        api.close();
    }

    @Test
    void aServerThatRefusesWatchesIsReadDirectlyAndNotListedOverAndOver() {
        // Faked: a real API server never answers a watch with 400 (only some proxies in front of one do).
        api.refuseWatches(400);

        readDirectlyFor(Duration.ofMillis(1_500));

        assertThat(cache.existing(cluster, SHOP)).as("stopped after the refusal").isEmpty();
        assertThat(api.informerLists()).as("the informers listed once, then gave up").isLessThanOrEqualTo(6);
    }

    @Test
    void aServerThatNeverAnswersWatchesIsReadDirectlyWithinTheTimeout() {
        // Faked: a real API server cannot be made to leave a watch unanswered.
        api.hangWatches();

        readDirectlyFor(Duration.ofMillis(1_500));

        assertThat(cache.existing(cluster, SHOP)).hasValueSatisfying(namespace -> assertThat(namespace.live())
                .isFalse());
    }

    @Test
    void aWatchThatIsNotReopenedInTimeHandsReadsBackToTheApiServer() {
        // Faked: a real API server cannot be made to stop answering watches halfway through a test.
        warmUp();
        api.hangWatches();
        api.label(V1Pod.class, SHOP, "web-1", "load", "done");

        long start = System.nanoTime();
        awaitFor(WatchedCollection.REOPEN_GRACE.plusSeconds(2), () -> "done".equals(cache.pod(cluster, SHOP,
                "web-1").orElseThrow().label("load")));

        System.out.printf("Watches not reopened: reads went direct again after %d ms%n",
                (System.nanoTime() - start) / 1_000_000);
        assertThat(cache.existing(cluster, SHOP)).hasValueSatisfying(namespace -> assertThat(namespace.live())
                .isFalse());
    }

    @Test
    void theFabric8FakeWhichCannotStreamWatchesIsReadDirectly() {
        // Faked by definition: the subject is fabric8's fake, which refuses watches over HTTP.
        try (FakeCluster fake = FakeCluster.crud()) {
            fake.objects().pods().inNamespace(SHOP).resource(new PodBuilder()
                    .withNewMetadata().withName("web-1").withNamespace(SHOP).withLabels(WEB).endMetadata()
                    .withNewSpec().addNewContainer().withName("main").withImage("nginx").endContainer().endSpec()
                    .build()).create();
            ClusterAccess access = fake.access();

            long end = System.nanoTime() + Duration.ofMillis(1_500).toNanos();
            while (System.nanoTime() < end) {
                assertThat(cache.pods(access, SHOP, WEB_DEPLOYMENT)).extracting(PodView::name)
                        .containsExactly("web-1");
                sleep(Duration.ofMillis(50));
            }

            assertThat(cache.existing(access, SHOP)).as("its watches were refused (HTTP 400)").isEmpty();
        }
    }

    /** Reads until the namespace is served from memory. */
    private void warmUp() {
        awaitFor(SOON, () -> {
            cache.services(cluster, SHOP);
            return cache.existing(cluster, SHOP).map(NamespaceCache::live).orElse(false);
        });
    }

    /** Reads over and over: every answer is right, and none waits for the cache. */
    private void readDirectlyFor(Duration duration) {
        long end = System.nanoTime() + duration.toNanos();
        while (System.nanoTime() < end) {
            long start = System.nanoTime();
            assertThat(cache.pods(cluster, SHOP, WEB_DEPLOYMENT)).extracting(PodView::name)
                    .containsExactly("web-0", "web-1", "web-2");
            assertThat(cache.workloads(cluster, SHOP, ResourceKind.DEPLOYMENT)).extracting(WorkloadView::name)
                    .containsExactly("web");
            Optional<PodView> pod = cache.pod(cluster, SHOP, "web-1");
            assertThat(pod).hasValueSatisfying(found -> assertThat(found.nodeIp()).isEqualTo(NODE_IP));
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(KubernetesCalls.DEADLINE);
            sleep(Duration.ofMillis(50));
        }
    }

    /** The threads client-java starts for each informer: its controller and its reflector. */
    private static List<String> informerThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .map(Thread::getName)
                .filter(name -> name.startsWith("informer-controller-") || name.startsWith("controller-reflector-"))
                .toList();
    }

    private static void awaitFor(Duration limit, BooleanSupplier condition) {
        long end = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("Not so within " + limit.toMillis() + " ms");
            }
            sleep(Duration.ofMillis(5));
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
