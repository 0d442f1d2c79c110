package org.kubedeck.adapters.k8s.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kubedeck.adapters.k8s.testing.Bench.millisSince;
import static org.kubedeck.adapters.k8s.testing.Bench.time;
import static org.kubedeck.adapters.k8s.testing.Bench.usedHeapAfterGc;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kubedeck.adapters.k8s.KubernetesCalls;
import org.kubedeck.adapters.k8s.KubernetesClients;
import org.kubedeck.adapters.k8s.testing.Bench.Timings;
import org.kubedeck.adapters.k8s.testing.KubeRig;
import org.kubedeck.adapters.k8s.testing.RigNamespace;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.kube.LiveResource;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.workload.LoadLabel;
import org.kubedeck.domain.workload.PodSelection;
import org.kubedeck.domain.workload.PodView;
import org.kubedeck.domain.workload.WorkloadView;


/**
 * The watch-fed cache on the real API server at the size of a busy cluster: {@value #NAMESPACES} namespaces of one
 * {@value #REPLICAS}-replica Deployment each (10,000 pods), all watched at once. Prints the time to sync, the heap
 * the cache holds (used heap after a full GC, before and after), the first page of each namespace's pods view, the
 * same read straight from the API server, what the figures predict for 30,000 pods, and a bulk label change. Needs
 * the rig's nodes to have room for 10,000 more pods (the tests' rig takes 12,000). Asserts nothing about time.
 * Run with {@code ./mvnw -Pbench -pl adapters-k8s -am test -Dtest=WorkloadCacheBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
class WorkloadCacheBenchmark {

    private static final int NAMESPACES = 20;
    private static final int REPLICAS = 500;
    private static final int PODS = NAMESPACES * REPLICAS;
    private static final int READS = 200;
    private static final int LABELS = 200;
    /** As the application's bulk kick runs them (ChangePodLoadService.PARALLEL_PATCHES). */
    private static final int PARALLEL_PATCHES = 8;
    private static final Duration ALL_RUNNING = Duration.ofMinutes(10);
    private static final WorkloadView WEB = new WorkloadView("web", ResourceKind.DEPLOYMENT, Map.of("app", "web"),
            REPLICAS, REPLICAS);

    @Test
    void tenThousandPodsInTwentyNamespacesWatchedAtOnce() throws Exception {
        KubeRig rig = KubeRig.shared();
        KubernetesClient objects = rig.objects();
        String run = UUID.randomUUID().toString().substring(0, 6);
        List<String> namespaces = IntStream.range(0, NAMESPACES).mapToObj(i -> "bench-" + run + "-" + i).toList();
        try {
            long creating = System.nanoTime();
            namespaces.forEach(namespace -> create(objects, namespace));
            RigNamespace.await(ALL_RUNNING, () -> namespaces.stream().allMatch(namespace -> Objects.equals(
                    objects.apps().deployments().inNamespace(namespace).withName("web").get().getStatus()
                            .getReadyReplicas(), REPLICAS)));
            System.out.printf("%n%,d pods in %d namespaces Running %,d ms after their Deployments were created%n",
                    PODS, NAMESPACES, millisSince(creating));
            measure(rig, namespaces);
        } finally {
            namespaces.forEach(namespace -> objects.namespaces().withName(namespace).delete());
        }
    }

    private static void measure(KubeRig rig, List<String> namespaces) throws Exception {
        try (KubernetesClients clients = new KubernetesClients();
                KubernetesCalls calls = new KubernetesCalls(clients)) {
            ClusterAccess cluster = rig.access("rig");
            WorkloadKubernetesAdapter direct = new WorkloadKubernetesAdapter(calls);
            // Loads the classes and opens the connection pools, which are no part of the cache's heap.
            direct.pods(cluster, namespaces.get(0), WEB);
            long heapBefore = usedHeapAfterGc();
            try (WorkloadInformerAdapter cache = new WorkloadInformerAdapter(direct, clients, Duration.ofMinutes(30))) {
                long syncing = System.nanoTime();
                ExecutorService readers = Executors.newFixedThreadPool(NAMESPACES);
                try {
                    List<Future<List<PodView>>> first = namespaces.stream()
                            .map(namespace -> readers.submit(() -> cache.pods(cluster, namespace, WEB))).toList();
                    for (Future<List<PodView>> read : first) {
                        assertThat(read.get()).hasSize(REPLICAS);
                    }
                } finally {
                    readers.shutdownNow();
                }
                RigNamespace.await(Duration.ofMinutes(2), () -> namespaces.stream()
                        .allMatch(namespace -> cache.existing(cluster, namespace).map(NamespaceCache::live)
                                .orElse(false)));
                long syncMillis = millisSince(syncing);
                long heapAfter = usedHeapAfterGc();

                Timings firstPages = timeEach(namespaces, namespace -> firstPage(cache, cluster, namespace));
                Timings warmPages = time(READS, i -> firstPage(cache, cluster, namespaces.get(i % NAMESPACES)));
                Timings cachedAll = time(READS, i -> cache.pods(cluster, namespaces.get(i % NAMESPACES), WEB));
                Timings directAll = time(READS / 4, i -> direct.pods(cluster, namespaces.get(i % NAMESPACES), WEB));

                double heapPerPod = (heapAfter - heapBefore) / (double) PODS;
                System.out.printf("all %d namespaces watched and synced %,d ms after the first reads%n", NAMESPACES,
                        syncMillis);
                System.out.printf("heap used after a full GC: %,d MiB before, %,d MiB with the caches: %,d MiB, "
                        + "%.1f KiB a pod%n", heapBefore >> 20, heapAfter >> 20, (heapAfter - heapBefore) >> 20,
                        heapPerPod / 1024);
                System.out.printf("%-46s %9s %9s %9s%n", "read (500 pods a namespace)", "p50 ms", "p95 ms",
                        "max ms");
                firstPages.print("first page, first view of each namespace");
                warmPages.print("first page, warm");
                cachedAll.print("all 500 pods from the cache");
                directAll.print("all 500 pods listed from the API server");
                System.out.printf("direct / cached, all pods: p50 %.0fx; direct / first page: p50 %.0fx%n",
                        directAll.p50() / cachedAll.p50(), directAll.p50() / warmPages.p50());
                System.out.printf("predicted for 30,000 pods: about %,d MiB of heap and %,d ms to sync (linear in "
                        + "pods), first page unchanged per namespace%n", (long) (heapPerPod * 30_000) >> 20,
                        syncMillis * 3);
                bulkLabel(direct, cache, cluster, namespaces.get(0));
            }
        }
    }

    private static List<PodView> firstPage(WorkloadInformerAdapter cache, ClusterAccess cluster, String namespace) {
        List<PodView> page = PodSelection.FIRST_PAGE.select(cache.pods(cluster, namespace, WEB), LoadLabel.DEFAULT)
                .items();
        assertThat(page).hasSize(PodSelection.DEFAULT_SIZE);
        return page;
    }

    private static void bulkLabel(WorkloadKubernetesAdapter labeler, WorkloadInformerAdapter cache,
            ClusterAccess cluster, String namespace) throws Exception {
        List<String> pods = cache.pods(cluster, namespace, WEB).stream().map(PodView::name).limit(LABELS).toList();
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL_PATCHES);
        long started = System.nanoTime();
        try {
            List<Future<LiveResource>> patches = new ArrayList<>();
            for (String pod : pods) {
                patches.add(pool.submit(() -> labeler.setLabel(cluster, namespace, pod, "load", "done")));
            }
            for (Future<LiveResource> patch : patches) {
                assertThat(patch.get().yaml()).contains("load: done");
            }
        } finally {
            pool.shutdownNow();
        }
        long patched = millisSince(started);
        RigNamespace.await(Duration.ofSeconds(30), () -> cache.pods(cluster, namespace, WEB).stream()
                .filter(pod -> "done".equals(pod.label("load"))).count() == LABELS);
        System.out.printf("bulk of %d label changes, %d at a time: %,d ms (%.1f ms a pod); the cache showed all of "
                + "them %,d ms after the bulk began%n", LABELS, PARALLEL_PATCHES, patched, (double) patched / LABELS,
                millisSince(started));
    }

    private static void create(KubernetesClient objects, String namespace) {
        objects.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(namespace).endMetadata()
                .build()).create();
        RigNamespace.await(RigNamespace.SETTLE, () -> objects.serviceAccounts().inNamespace(namespace)
                .withName("default").get() != null);
        String yaml = RigNamespace.webYaml(REPLICAS);
        objects.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))).inNamespace(namespace)
                .create();
    }

    private static Timings timeEach(List<String> namespaces, java.util.function.Function<String, Object> read)
            throws Exception {
        return time(namespaces.size(), i -> read.apply(namespaces.get(i)));
    }
}
