package org.kubedeck.adapters.k8s.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.kubedeck.adapters.k8s.testing.RigNamespace.await;
import io.fabric8.kubernetes.api.model.Pod;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kubedeck.adapters.k8s.KubernetesCalls;
import org.kubedeck.adapters.k8s.KubernetesClients;
import org.kubedeck.adapters.k8s.testing.RequestLog;
import org.kubedeck.adapters.k8s.testing.RequestLog.Sent;
import org.kubedeck.adapters.k8s.testing.RigNamespace;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.cluster.Kubeconfig;
import org.kubedeck.domain.kube.LabelSelector;
import org.kubedeck.domain.kube.LiveResource;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.resource.ResourceTable;
import org.kubedeck.domain.workload.PodView;
import org.kubedeck.domain.workload.WorkloadView;


/**
 * The watch-fed cache on the real API server: its lists, watches, bookmarks, the ends of watches the server
 * decides, and a resource version it has forgotten (410 Gone). Changes are made with an independent client, as
 * kubectl makes them, and by credentials that may not watch or may not see nodes. Servers that refuse watches
 * outright or never answer them are in WorkloadCacheFaultsTest.
 */
class WorkloadCacheTest {

    private static final Duration SOON = Duration.ofSeconds(5);
    private static final WorkloadView WEB_DEPLOYMENT = new WorkloadView("web", ResourceKind.DEPLOYMENT,
            Map.of("app", "web"), 3, 3);

    @RegisterExtension
    final RigNamespace namespace = new RigNamespace();

    private final RequestLog requests = new RequestLog();
    private final KubernetesClients clients = new KubernetesClients(List.of(requests));
    private final KubernetesCalls calls = new KubernetesCalls(clients);
    private final WorkloadKubernetesAdapter direct = new WorkloadKubernetesAdapter(calls);
    private WorkloadInformerAdapter cache = new WorkloadInformerAdapter(direct, clients, Duration.ofMinutes(10));
    private ClusterAccess cluster;
    private String shop;

    @BeforeEach
    void seed() {
        namespace.withShop(3);
        cluster = namespace.access();
        shop = namespace.name();
    }

    @AfterEach
    void stop() {
        cache.close();
        calls.close();
        clients.close();
    }

    @Test
    void theFirstReadWaitsForTheCachesFirstListsInsteadOfListingTheSameObjectsAgain() {
        assertThat(cache.existing(cluster, shop)).isEmpty();

        List<PodView> pods = cache.pods(cluster, shop, WEB_DEPLOYMENT);

        assertThat(pods).hasSize(3).allSatisfy(pod -> assertThat(pod.name()).startsWith("web-"));
        assertThat(cache.existing(cluster, shop)).as("started by the read").hasValueSatisfying(started ->
                assertThat(started.live()).isTrue());
        assertThat(requests.sent()).filteredOn(sent -> sent.target().contains("/pods"))
                .as("the informer's list and watch, no direct list beside them")
                .allSatisfy(sent -> assertThat(sent.target()).doesNotContain("labelSelector"))
                .filteredOn(Sent::isList).hasSize(1);
    }

    @Test
    void askingWhetherANamespaceIsReadyStartsItsWatchesAndNothingForANamespaceThatIsNotThere() {
        assertThat(cache.ready(cluster, "no-such-namespace", Duration.ofSeconds(1))).as("answers at once: 404")
                .isTrue();
        assertThat(cache.existing(cluster, "no-such-namespace")).isEmpty();

        assertThat(cache.ready(cluster, shop, SOON)).isTrue();
        assertThat(cache.existing(cluster, shop)).hasValueSatisfying(started -> assertThat(started.live()).isTrue());
    }

    @Test
    void onceSyncedReadsSendNoRequestToTheApiServer() {
        warmUp();
        requests.forget();

        for (int i = 0; i < 50; i++) {
            for (ResourceKind type : ResourceKind.WORKLOADS) {
                cache.workloads(cluster, shop, type);
            }
            cache.workload(cluster, shop, ResourceKind.DEPLOYMENT, "web");
            cache.pods(cluster, shop, WEB_DEPLOYMENT);
            cache.pod(cluster, shop, "db-0");
            cache.services(cluster, shop);
            cache.podsMatching(cluster, shop, Map.of("app", "web"));
        }

        assertThat(requests.besideWatches()).isZero();
    }

    @Test
    void theCacheAnswersAsTheDirectReadsDo() {
        warmUp();

        for (ResourceKind type : List.of(ResourceKind.DEPLOYMENT, ResourceKind.STATEFULSET, ResourceKind.POD)) {
            assertThat(cache.workloads(cluster, shop, type)).as(type.code())
                    .isEqualTo(direct.workloads(cluster, shop, type)).isNotEmpty();
        }
        assertThat(cache.workload(cluster, shop, ResourceKind.DEPLOYMENT, "web"))
                .isEqualTo(direct.workload(cluster, shop, ResourceKind.DEPLOYMENT, "web")).isPresent();
        assertThat(cache.workload(cluster, shop, ResourceKind.POD, "db-0")).as("owned pods are no workload")
                .isEqualTo(direct.workload(cluster, shop, ResourceKind.POD, "db-0")).isEmpty();
        assertThat(cache.workload(cluster, shop, ResourceKind.POD, "debug"))
                .isEqualTo(direct.workload(cluster, shop, ResourceKind.POD, "debug")).isPresent();
        assertThat(cache.pods(cluster, shop, WEB_DEPLOYMENT))
                .isEqualTo(direct.pods(cluster, shop, WEB_DEPLOYMENT)).hasSize(3)
                .allSatisfy(pod -> assertThat(pod.nodeIp()).isIn("127.0.1.41", "127.0.1.42"))
                .allSatisfy(pod -> assertThat(pod.podIp()).startsWith("127."));
        WorkloadView noSelector = new WorkloadView("odd", ResourceKind.DEPLOYMENT, Map.of(), 1, 0);
        assertThat(cache.pods(cluster, shop, noSelector)).isEqualTo(direct.pods(cluster, shop, noSelector))
                .isEmpty();
        assertThat(cache.pod(cluster, shop, "db-0")).isEqualTo(direct.pod(cluster, shop, "db-0")).isPresent();
        assertThat(cache.pod(cluster, shop, "ghost")).isEqualTo(direct.pod(cluster, shop, "ghost")).isEmpty();
        assertThat(cache.services(cluster, shop)).isEqualTo(direct.services(cluster, shop)).hasSize(1);
    }

    @Test
    void theWatchedObjectsAnswerOnlyForALiveNamespaceWithoutARequestAndAsTheServerSelects() {
        WatchedObjectsAdapter watched = new WatchedObjectsAdapter(cache);
        LabelSelector web = LabelSelector.parse("app=web");
        assertThat(watched.watched(cluster, ResourceKind.POD, shop, "", web)).as("not watched yet").isEmpty();
        assertThat(cache.existing(cluster, shop)).as("asking starts no watch").isEmpty();

        warmUp();
        requests.forget();

        assertThat(watched.watched(cluster, ResourceKind.POD, shop, "", web)).hasValueSatisfying(pods ->
                assertThat(pods).extracting(ResourceTable.Row::name).containsExactlyInAnyOrderElementsOf(webPods()));
        assertThat(watched.watched(cluster, ResourceKind.POD, shop, "DB-", LabelSelector.parse("")))
                .hasValueSatisfying(pods -> assertThat(pods).extracting(ResourceTable.Row::name)
                        .containsExactly("db-0"));
        assertThat(watched.watched(cluster, ResourceKind.DEPLOYMENT, shop, "WE", LabelSelector.parse("")))
                .hasValueSatisfying(deployments -> assertThat(deployments).singleElement().satisfies(row -> {
                    assertThat(row.name()).isEqualTo("web");
                    assertThat(row.namespace()).isEqualTo(shop);
                    assertThat(row.created()).isNotNull();
                }));
        assertThat(watched.watched(cluster, ResourceKind.SERVICE, shop, "", LabelSelector.parse("nothing=here")))
                .hasValue(List.of());
        assertThat(watched.watched(cluster, ResourceKind.CONFIGMAP, shop, "", LabelSelector.parse("")))
                .as("a kind the console does not watch").isEmpty();
        assertThat(requests.besideWatches()).isZero();
    }

    @Test
    void aLabelChangedByAnotherClientShowsThroughTheCacheWithinASecond() {
        warmUp();
        String pod = webPods().get(1);
        requests.forget();

        long start = System.nanoTime();
        namespace.objects().pods().inNamespace(shop).withName(pod)
                .edit(edited -> { edited.getMetadata().getLabels().put("load", "done"); return edited; });
        await(SOON, () -> "done".equals(cache.pod(cluster, shop, pod).orElseThrow().label("load")));
        long millis = (System.nanoTime() - start) / 1_000_000;

        System.out.printf("A label changed by another client showed through the cache after %d ms%n", millis);
        assertThat(millis).isLessThanOrEqualTo(1_000);
        assertThat(cache.pods(cluster, shop, WEB_DEPLOYMENT)).filteredOn(view -> view.name().equals(pod))
                .singleElement().satisfies(view -> assertThat(view.label("load")).isEqualTo("done"));
        assertThat(requests.lists()).as("the change came by the watch").isZero();
    }

    @Test
    void aDeletedPodLeavesTheCacheAndItsReplacementEntersIt() {
        warmUp();
        String pod = webPods().get(2);
        requests.forget();

        namespace.objects().pods().inNamespace(shop).withName(pod).withGracePeriod(0).delete();
        await(SOON, () -> cache.pod(cluster, shop, pod).isEmpty());
        // The ReplicaSet controller makes a new pod, and the simulated kubelet runs it.
        await(SOON, () -> cache.pods(cluster, shop, WEB_DEPLOYMENT).stream()
                .filter(view -> "Running".equals(view.phase())).count() == 3);

        assertThat(cache.pods(cluster, shop, WEB_DEPLOYMENT)).extracting(PodView::name).doesNotContain(pod)
                .containsExactlyInAnyOrderElementsOf(webPods());
        assertThat(requests.lists()).isZero();
    }

    @Test
    void aLabelSetThroughThePodLabelerReachesTheCacheByItsWatchEvent() {
        warmUp();
        String pod = webPods().get(0);

        long start = System.nanoTime();
        LiveResource answered = direct.setLabel(cluster, shop, pod, "load", "done");
        await(SOON, () -> "done".equals(cache.pod(cluster, shop, pod).orElseThrow().label("load")));

        System.out.printf("A label set through the PodLabeler showed through the cache after %d ms%n",
                (System.nanoTime() - start) / 1_000_000);
        assertThat(answered.yaml()).contains("load: done");
        assertThat(namespace.objects().pods().inNamespace(shop).withName(pod).get().getMetadata().getLabels())
                .containsEntry("load", "done");
    }

    @Test
    void theAuthorOfAChangeCanWaitUntilTheCacheShowsIt() {
        warmUp();
        List<String> pods = webPods();

        Map<String, String> versions = new HashMap<>();
        pods.forEach(pod -> versions.put(pod, direct.setLabel(cluster, shop, pod, "load", "done").resourceVersion()));
        cache.awaitPods(cluster, shop, versions, Duration.ofSeconds(5));

        // Read at once, with no retry: every change is already there.
        assertThat(pods).allSatisfy(pod -> assertThat(cache.pod(cluster, shop, pod).orElseThrow().label("load"))
                .isEqualTo("done"));
    }

    @Test
    void waitingForAChangeOfANamespaceNobodyWatchesReturnsAtOnce() {
        String pod = direct.pods(cluster, shop, WEB_DEPLOYMENT).get(0).name();
        String version = direct.setLabel(cluster, shop, pod, "load", "done").resourceVersion();

        // Not the ten minutes asked for: there is nothing to wait for.
        assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> cache.awaitPods(cluster, shop, Map.of(pod, version), Duration.ofMinutes(10)));
        assertThat(cache.existing(cluster, shop)).isEmpty();
    }

    @Test
    void cachedObjectsCarryNoManagedFields() {
        warmUp();

        NamespaceCache cached = cache.existing(cluster, shop).orElseThrow();
        assertThat(namespace.objects().pods().inNamespace(shop).withName("db-0").get().getMetadata()
                .getManagedFields()).as("what the server sends").isNotEmpty();
        assertThat(cached.pods.items()).hasSize(5)
                .allSatisfy(pod -> assertThat(pod.getMetadata().getManagedFields()).isNull());
    }

    @Test
    void watchesAskForBookmarksAndTheServerSendsThem() {
        // The server sends a bookmark about two seconds before a watch's timeout: ask for short watches.
        requests.rewrite(request -> RequestLog.isWatch(request) && request.url().encodedPath().endsWith("/pods"),
                url -> url.newBuilder().setQueryParameter("timeoutSeconds", "4").build());
        warmUp();
        NamespaceCache cached = cache.existing(cluster, shop).orElseThrow();
        String before = cached.pods.version();

        // Nothing changes in the namespace, while node leases move the server's resource version on every second.
        await(Duration.ofSeconds(10), () -> !before.equals(cached.pods.version()));

        assertThat(requests.sent()).filteredOn(Sent::isWatch).isNotEmpty()
                .allSatisfy(watch -> assertThat(watch.query("allowWatchBookmarks")).isEqualTo("true"));
        assertThat(cached.pods.items()).hasSize(5);
    }

    @Test
    void aWatchTheServerEndsIsReopenedFromWhereItLeftOffWithoutListingAgain() {
        requests.rewrite(request -> RequestLog.isWatch(request) && request.url().encodedPath().endsWith("/pods"),
                url -> url.newBuilder().setQueryParameter("timeoutSeconds", "1").build());
        warmUp();
        requests.forget();

        await(SOON, () -> podWatches().size() >= 3);
        String pod = webPods().get(2);
        namespace.objects().pods().inNamespace(shop).withName(pod)
                .edit(edited -> { edited.getMetadata().getLabels().put("load", "done"); return edited; });
        await(SOON, () -> "done".equals(cache.pod(cluster, shop, pod).orElseThrow().label("load")));

        assertThat(podWatches()).allSatisfy(watch -> assertThat(watch.query("resourceVersion")).isNotBlank());
        assertThat(requests.lists()).as("no list after a watch that ended normally").isZero();
        assertThat(cache.existing(cluster, shop).orElseThrow().live()).isTrue();
    }

    @Test
    void aResourceVersionTheServerHasForgottenIsAnsweredGoneAndTheCacheListsAnew() {
        // A restarted API server fills its watch caches anew from the current version on: version 1 is gone.
        namespace.rig().restartApiServer();
        requests.rewrite(request -> RequestLog.isWatch(request) && request.url().encodedPath().endsWith("/pods"),
                url -> url.newBuilder().setQueryParameter("timeoutSeconds", "1").build());
        warmUp();
        // The next pods watch asks for version 1: as if the cache had been away while the server restarted.
        AtomicBoolean once = new AtomicBoolean(true);
        requests.rewrite(request -> RequestLog.isWatch(request) && request.url().encodedPath().endsWith("/pods")
                && once.getAndSet(false), url -> url.newBuilder().setQueryParameter("resourceVersion", "1").build());
        requests.forget();
        String pod = webPods().get(0);
        namespace.objects().pods().inNamespace(shop).withName(pod)
                .edit(edited -> { edited.getMetadata().getLabels().put("load", "done"); return edited; });

        await(SOON, () -> requests.sent().stream().anyMatch(sent -> sent.isList() && sent.target().contains("/pods")));
        await(SOON, () -> cache.existing(cluster, shop).orElseThrow().live()
                && "done".equals(cache.pod(cluster, shop, pod).orElseThrow().label("load")));

        assertThat(podWatches()).first().satisfies(watch -> assertThat(watch.query("resourceVersion"))
                .isEqualTo("1"));
        assertThat(requests.sent()).filteredOn(sent -> sent.isList() && sent.target().contains("/pods"))
                .as("listed anew after 410 Gone").hasSize(1);
    }

    @Test
    void aCredentialThatMayListButNotWatchIsReadDirectlyWithoutListingOverAndOver() {
        namespace.create("""
                apiVersion: rbac.authorization.k8s.io/v1
                kind: Role
                metadata: {name: list-only}
                rules:
                - apiGroups: ["", apps]
                  resources: [pods, services, deployments, statefulsets, daemonsets]
                  verbs: [get, list]
                """);
        ClusterAccess lister = namespace.bind("lister", "Role", "list-only").accessAs("lister");

        long end = System.nanoTime() + Duration.ofMillis(1_500).toNanos();
        while (System.nanoTime() < end) {
            assertThat(cache.pods(lister, shop, WEB_DEPLOYMENT)).hasSize(3)
                    .allSatisfy(pod -> assertThat(pod.nodeIp()).as("nodes are not its to see").isNull());
        }

        assertThat(cache.existing(lister, shop)).as("stopped after the server refused the watch (403)").isEmpty();
        assertThat(requests.sent()).filteredOn(sent -> sent.isWatch() && sent.target().contains("/pods"))
                .as("watched once, not again while the refusal holds").hasSizeLessThanOrEqualTo(1);
    }

    @Test
    void aCredentialThatMayNotSeeNodesIsCachedWithoutNodeIps() {
        ClusterAccess viewer = namespace.bind("viewer", "ClusterRole", "view").accessAs("viewer");
        await(SOON, () -> {
            cache.services(viewer, shop);
            return cache.existing(viewer, shop).map(NamespaceCache::live).orElse(false);
        });
        requests.forget();

        assertThat(cache.pods(viewer, shop, WEB_DEPLOYMENT)).isEqualTo(direct.pods(viewer, shop, WEB_DEPLOYMENT))
                .hasSize(3).allSatisfy(pod -> assertThat(pod.nodeIp()).isNull());
        requests.forget();
        cache.pods(viewer, shop, WEB_DEPLOYMENT);
        assertThat(requests.besideWatches()).as("answered from memory").isZero();
    }

    @Test
    void anIdleNamespaceStopsBeingWatchedAndTheNextReadStartsItAgain() {
        cache.close();
        cache = new WorkloadInformerAdapter(direct, clients, Duration.ofMillis(300));
        warmUp();

        await(SOON, () -> cache.existing(cluster, shop).isEmpty());
        // Leaves the map first, then stops: a watch may still open in between.
        sleep(Duration.ofMillis(300));
        requests.forget();
        sleep(Duration.ofMillis(1_000));
        assertThat(requests.sent()).as("no list nor watch after the stop").isEmpty();

        assertThat(cache.pods(cluster, shop, WEB_DEPLOYMENT)).hasSize(3);
        assertThat(cache.existing(cluster, shop)).isPresent();
        warmUp();
        assertThat(requests.sent()).filteredOn(sent -> sent.isList() && sent.target().contains("resourceVersion"))
                .as("one list per watched collection").hasSize(6);
    }

    @Test
    void anEditedKubeconfigGetsNewWatches() {
        warmUp();
        NamespaceCache before = cache.existing(cluster, shop).orElseThrow();

        ClusterAccess edited = new ClusterAccess(cluster.name(),
                new Kubeconfig(cluster.kubeconfig().content() + "\n# edited\n"), null);
        assertThat(cache.pods(edited, shop, WEB_DEPLOYMENT)).hasSize(3);

        assertThat(cache.existing(edited, shop)).hasValueSatisfying(after -> assertThat(after).isNotSameAs(before));
        assertThat(before.live()).as("the old watches stopped").isFalse();
    }

    @Test
    void stoppedCachesLeaveNoInformerThreadsBehind() {
        warmUp();
        cache.pods(cluster, "default", WEB_DEPLOYMENT);
        assertThat(informerThreads()).isNotEmpty();

        cache.close();

        await(SOON, () -> informerThreads().isEmpty());
    }

    /** Reads until the namespace is served from memory. */
    private void warmUp() {
        await(SOON, () -> {
            cache.services(cluster, shop);
            return cache.existing(cluster, shop).map(NamespaceCache::live).orElse(false);
        });
    }

    private List<String> webPods() {
        return namespace.objects().pods().inNamespace(shop).withLabel("app", "web").list().getItems().stream()
                .map(Pod::getMetadata).map(meta -> meta.getName()).sorted().toList();
    }

    private List<Sent> podWatches() {
        return requests.sent().stream().filter(Sent::isWatch)
                .filter(sent -> sent.target().startsWith("/api/v1/namespaces/" + shop + "/pods")).toList();
    }

    /** The threads client-java starts for each informer: its controller and its reflector. */
    private static List<String> informerThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .map(Thread::getName)
                .filter(name -> name.startsWith("informer-controller-") || name.startsWith("controller-reflector-"))
                .toList();
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
