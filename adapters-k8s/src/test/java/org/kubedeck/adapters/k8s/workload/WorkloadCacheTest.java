package org.kubedeck.adapters.k8s.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kubedeck.adapters.k8s.testing.ShopObjects.NODE_IP;
import static org.kubedeck.adapters.k8s.testing.ShopObjects.SHOP;
import static org.kubedeck.adapters.k8s.testing.ShopObjects.WEB;

import io.fabric8.kubernetes.api.model.PodBuilder;
import io.kubernetes.client.openapi.models.V1Pod;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kubedeck.adapters.k8s.KubernetesCalls;
import org.kubedeck.adapters.k8s.KubernetesClients;
import org.kubedeck.adapters.k8s.testing.FakeCluster;
import org.kubedeck.adapters.k8s.testing.KubeconfigYaml;
import org.kubedeck.adapters.k8s.testing.ShopObjects;
import org.kubedeck.adapters.k8s.testing.WireMockApiServer;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.workload.PodView;
import org.kubedeck.domain.workload.WorkloadType;
import org.kubedeck.domain.workload.WorkloadView;

/**
 * The watch-fed cache against {@link WireMockApiServer}, over HTTP: lists, streamed watches and patches as a
 * real API server serves them. The direct path alone is covered by WorkloadKubernetesAdapterTest on the fabric8
 * fake, which cannot stream watches over HTTP.
 */
class WorkloadCacheTest {

    private static final Duration SOON = Duration.ofSeconds(5);
    private static final WorkloadView WEB_DEPLOYMENT = new WorkloadView("web", WorkloadType.DEPLOYMENT, WEB, 3, 3);

    private final WireMockApiServer api = new WireMockApiServer();
    private final ClusterAccess cluster = api.access();
    private final KubernetesClients clients = new KubernetesClients();
    private final KubernetesCalls calls = new KubernetesCalls(clients);
    private final WorkloadKubernetesAdapter direct = new WorkloadKubernetesAdapter(calls);
    private WorkloadCache cache = new WorkloadCache(direct, clients, Duration.ofMinutes(10));

    WorkloadCacheTest() {
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
    void theFirstReadIsAnsweredDirectlyWhileTheWatchesStart() {
        assertThat(cache.existing(cluster, SHOP)).isEmpty();

        List<PodView> pods = cache.pods(cluster, SHOP, WEB_DEPLOYMENT);

        assertThat(pods).extracting(PodView::name).containsExactly("web-0", "web-1", "web-2");
        assertThat(cache.existing(cluster, SHOP)).as("started by the read").isPresent();
        assertThat(api.requests()).anySatisfy(request -> assertThat(request.getUrl())
                .startsWith("/api/v1/namespaces/shop/pods?labelSelector=app%3Dweb"));
    }

    @Test
    void onceSyncedReadsSendNoRequestToTheApiServer() {
        warmUp();
        api.forgetRequests();

        int reads = 50;
        for (int i = 0; i < reads; i++) {
            for (WorkloadType type : WorkloadType.values()) {
                cache.workloads(cluster, SHOP, type);
            }
            cache.workload(cluster, SHOP, WorkloadType.DEPLOYMENT, "web");
            cache.pods(cluster, SHOP, WEB_DEPLOYMENT);
            cache.pod(cluster, SHOP, "web-1");
            cache.services(cluster, SHOP);
            cache.podsMatching(cluster, SHOP, Map.of("app", "web"));
        }

        System.out.printf("%d rounds of 10 cached reads: %d LIST requests, %d requests beside watches%n", reads,
                api.lists(), api.requestsBesideWatches());
        assertThat(api.lists()).isZero();
        assertThat(api.requestsBesideWatches()).isZero();
    }

    @Test
    void theCacheAnswersAsTheDirectReadsDo() {
        warmUp();

        for (WorkloadType type : WorkloadType.values()) {
            assertThat(cache.workloads(cluster, SHOP, type)).as(type.code())
                    .isEqualTo(direct.workloads(cluster, SHOP, type)).isNotEmpty();
        }
        assertThat(cache.workload(cluster, SHOP, WorkloadType.DEPLOYMENT, "web"))
                .isEqualTo(direct.workload(cluster, SHOP, WorkloadType.DEPLOYMENT, "web")).isPresent();
        assertThat(cache.workload(cluster, SHOP, WorkloadType.POD, "web-0")).as("owned pods are no workload")
                .isEqualTo(direct.workload(cluster, SHOP, WorkloadType.POD, "web-0")).isEmpty();
        assertThat(cache.workload(cluster, SHOP, WorkloadType.POD, "debug"))
                .isEqualTo(direct.workload(cluster, SHOP, WorkloadType.POD, "debug")).isPresent();
        assertThat(cache.pods(cluster, SHOP, WEB_DEPLOYMENT))
                .isEqualTo(direct.pods(cluster, SHOP, WEB_DEPLOYMENT)).hasSize(3)
                .allSatisfy(pod -> assertThat(pod.nodeIp()).isEqualTo(NODE_IP));
        WorkloadView debug = new WorkloadView("debug", WorkloadType.POD, Map.of("run", "debug"), 1, 1);
        assertThat(cache.pods(cluster, SHOP, debug)).isEqualTo(direct.pods(cluster, SHOP, debug)).hasSize(1);
        WorkloadView noSelector = new WorkloadView("odd", WorkloadType.DEPLOYMENT, Map.of(), 1, 0);
        assertThat(cache.pods(cluster, SHOP, noSelector)).isEqualTo(direct.pods(cluster, SHOP, noSelector)).isEmpty();
        assertThat(cache.pod(cluster, SHOP, "db-0")).isEqualTo(direct.pod(cluster, SHOP, "db-0"))
                .hasValueSatisfying(pod -> assertThat(pod.nodeIp()).isEqualTo("192.168.10.12"));
        assertThat(cache.pod(cluster, SHOP, "ghost")).isEqualTo(direct.pod(cluster, SHOP, "ghost")).isEmpty();
        assertThat(cache.services(cluster, SHOP)).isEqualTo(direct.services(cluster, SHOP)).hasSize(1);
        assertThat(cache.podsMatching(cluster, SHOP, Map.of("load", "online")))
                .isEqualTo(direct.pods(cluster, SHOP, new WorkloadView("x", WorkloadType.DEPLOYMENT,
                        Map.of("load", "online"), 0, 0))).hasSize(3);
    }

    @Test
    void aLabelChangedByKubectlShowsThroughTheCacheWithinTwoSeconds() {
        warmUp();
        api.forgetRequests();

        long start = System.nanoTime();
        long changedAt = System.currentTimeMillis();
        api.label(V1Pod.class, SHOP, "web-1", "load", "done");
        awaitFor(Duration.ofSeconds(2), () -> "done".equals(cache.pod(cluster, SHOP, "web-1").orElseThrow()
                .label("load")));
        long millis = (System.nanoTime() - start) / 1_000_000;
        long visibleAt = System.currentTimeMillis();

        long written = api.eventsWrittenAfter("/api/v1/namespaces/shop/pods", changedAt).orElseThrow();
        System.out.printf("MODIFIED watch event: visible through the cache %d ms after the change, about %d ms "
                + "after the server wrote it (the fake sends events only when the client reopens a watch, every "
                + "400 ms)%n", millis, visibleAt - written);
        assertThat(millis).isLessThan(2_000);
        assertThat(cache.pods(cluster, SHOP, WEB_DEPLOYMENT)).filteredOn(pod -> pod.name().equals("web-1"))
                .singleElement().satisfies(pod -> assertThat(pod.label("load")).isEqualTo("done"));
        assertThat(api.lists()).as("the change came by the watch").isZero();
    }

    @Test
    void aDeletedPodLeavesTheCache() {
        warmUp();
        api.forgetRequests();

        api.delete(V1Pod.class, SHOP, "web-2");
        awaitFor(Duration.ofSeconds(2), () -> cache.pod(cluster, SHOP, "web-2").isEmpty());

        assertThat(cache.pods(cluster, SHOP, WEB_DEPLOYMENT)).extracting(PodView::name)
                .containsExactly("web-0", "web-1");
        assertThat(api.lists()).isZero();
    }

    @Test
    void aLabelSetThroughThePodLabelerReachesTheCacheByItsWatchEvent() {
        warmUp();

        long start = System.nanoTime();
        PodView answered = direct.setLabel(cluster, SHOP, "web-0", "load", "done");
        awaitFor(Duration.ofSeconds(2), () -> "done".equals(cache.pod(cluster, SHOP, "web-0").orElseThrow()
                .label("load")));

        System.out.printf("Label set through the PodLabeler visible through the cache after %d ms%n",
                (System.nanoTime() - start) / 1_000_000);
        assertThat(answered.label("load")).isEqualTo("done");
        assertThat(api.labelOf(V1Pod.class, SHOP, "web-0", "load")).isEqualTo("done");
    }

    @Test
    void cachedObjectsCarryNoManagedFields() {
        warmUp();

        NamespaceCache namespace = cache.existing(cluster, SHOP).orElseThrow();
        assertThat(namespace.pods.items()).hasSize(5)
                .allSatisfy(pod -> assertThat(pod.getMetadata().getManagedFields()).isNull());
    }

    @Test
    void anIdleNamespaceStopsBeingWatchedAndTheNextReadStartsItAgain() {
        cache.close();
        cache = new WorkloadCache(direct, clients, Duration.ofMillis(300));
        warmUp();

        long lastRead = System.nanoTime();
        awaitFor(Duration.ofSeconds(2), () -> cache.existing(cluster, SHOP).isEmpty());
        System.out.printf("Idle cache stopped %d ms after the last read (idle time 300 ms)%n",
                (System.nanoTime() - lastRead) / 1_000_000);
        // Leaves the map first, then stops: a watch may still open in between.
        sleep(Duration.ofMillis(200));
        api.forgetRequests();
        sleep(Duration.ofMillis(1_000));
        assertThat(api.requests()).as("no list nor watch after the stop").isEmpty();

        assertThat(cache.pods(cluster, SHOP, WEB_DEPLOYMENT)).hasSize(3);
        assertThat(cache.existing(cluster, SHOP)).isPresent();
        warmUp();
        assertThat(api.informerLists()).as("one list per watched collection").isEqualTo(6);
    }

    @Test
    void aServerThatRefusesWatchesIsReadDirectlyAndNotListedOverAndOver() {
        api.refuseWatches(400);

        readDirectlyFor(Duration.ofMillis(1_500));

        assertThat(cache.existing(cluster, SHOP)).as("stopped after the refusal").isEmpty();
        assertThat(api.informerLists()).as("the informers listed once, then gave up").isLessThanOrEqualTo(6);
    }

    @Test
    void aServerThatForbidsWatchesIsReadDirectly() {
        api.refuseWatches(403);

        readDirectlyFor(Duration.ofMillis(1_000));

        assertThat(cache.existing(cluster, SHOP)).isEmpty();
    }

    @Test
    void aServerThatNeverAnswersWatchesIsReadDirectlyWithinTheTimeout() {
        api.hangWatches();

        readDirectlyFor(Duration.ofMillis(1_500));

        assertThat(cache.existing(cluster, SHOP)).hasValueSatisfying(namespace -> assertThat(namespace.live())
                .isFalse());
    }

    @Test
    void aWatchThatIsNotReopenedInTimeHandsReadsBackToTheApiServer() {
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

    @Test
    void aCredentialThatMayNotSeeNodesIsCachedWithoutNodeIps() {
        api.forbid("/api/v1/nodes");

        warmUp();
        api.forgetRequests();

        assertThat(cache.pods(cluster, SHOP, WEB_DEPLOYMENT)).isEqualTo(direct.pods(cluster, SHOP, WEB_DEPLOYMENT))
                .hasSize(3).allSatisfy(pod -> assertThat(pod.nodeIp()).isNull());
        api.forgetRequests();
        cache.pods(cluster, SHOP, WEB_DEPLOYMENT);
        assertThat(api.requestsBesideWatches()).isZero();
    }

    @Test
    void anEditedKubeconfigGetsNewWatches() {
        warmUp();
        NamespaceCache before = cache.existing(cluster, SHOP).orElseThrow();

        ClusterAccess edited = KubeconfigYaml.forServer(api.url()).context("spare", api.url()).access();
        assertThat(cache.pods(edited, SHOP, WEB_DEPLOYMENT)).hasSize(3);

        assertThat(cache.existing(edited, SHOP)).hasValueSatisfying(after -> assertThat(after).isNotSameAs(before));
        assertThat(before.live()).as("the old watches stopped").isFalse();
    }

    @Test
    void stoppedCachesLeaveNoInformerThreadsBehind() {
        warmUp();
        api.hangWatches();
        cache.pods(cluster, "elsewhere", WEB_DEPLOYMENT);
        assertThat(informerThreads()).isNotEmpty();

        cache.close();

        awaitFor(SOON, () -> informerThreads().isEmpty());
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
            assertThat(cache.workloads(cluster, SHOP, WorkloadType.DEPLOYMENT)).extracting(WorkloadView::name)
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
