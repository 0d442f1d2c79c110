package org.kubedeck.adapters.k8s.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kubedeck.adapters.k8s.testing.ShopObjects.SHOP;
import static org.kubedeck.adapters.k8s.testing.ShopObjects.WEB;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kubedeck.adapters.k8s.KubernetesCalls;
import org.kubedeck.adapters.k8s.KubernetesClients;
import org.kubedeck.adapters.k8s.testing.ShopObjects;
import org.kubedeck.adapters.k8s.testing.WireMockApiServer;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.workload.PodView;
import org.kubedeck.domain.workload.WorkloadType;
import org.kubedeck.domain.workload.WorkloadView;

/**
 * Reads of a 2,000-pod Deployment through the watch-fed cache and straight from the API server, and a bulk label
 * change, against {@link WireMockApiServer} on this machine (so network time is near zero and the direct figures
 * are a lower bound). Prints figures, asserts none of them. Run with
 * {@code ./mvnw -B -o -Pbench -pl adapters-k8s test -Dtest=WorkloadCacheBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
class WorkloadCacheBenchmark {

    private static final int PODS = 2_000;
    private static final int READS = 200;
    private static final int WARM_UP_READS = 20;
    private static final int LABELS = 200;
    /** As the application's bulk kick runs them (WorkloadService.PARALLEL_PATCHES). */
    private static final int PARALLEL_PATCHES = 8;

    @Test
    void cachedAgainstDirectReadsOfTwoThousandPodsAndABulkOfLabelChanges() throws Exception {
        try (WireMockApiServer api = new WireMockApiServer().watchPeriod(Duration.ofSeconds(2));
                KubernetesClients clients = new KubernetesClients();
                KubernetesCalls calls = new KubernetesCalls(clients)) {
            ShopObjects.seed(api, PODS);
            ClusterAccess cluster = api.access();
            WorkloadKubernetesAdapter direct = new WorkloadKubernetesAdapter(calls);
            WorkloadView web = new WorkloadView("web", WorkloadType.DEPLOYMENT, WEB, PODS, PODS);
            List<String> lines = new ArrayList<>();

            Timings cached;
            long cachedRequests;
            long cachedLists;
            long watchRequests;
            try (WorkloadCache cache = new WorkloadCache(direct, clients, Duration.ofMinutes(10))) {
                long warmStart = System.nanoTime();
                while (!cache.existing(cluster, SHOP).map(NamespaceCache::live).orElse(false)) {
                    cache.pods(cluster, SHOP, web);
                }
                lines.add(String.format("cache synced %d ms after the first read", millisSince(warmStart)));
                repeat(WARM_UP_READS, () -> cache.pods(cluster, SHOP, web));
                api.forgetRequests();

                cached = time(READS, () -> cache.pods(cluster, SHOP, web));
                cachedRequests = api.requestsBesideWatches();
                cachedLists = api.lists();
                watchRequests = api.watches();

                long bulkStart = System.nanoTime();
                bulkLabel(direct, cluster);
                long bulkMillis = millisSince(bulkStart);
                awaitAllDone(cache, cluster, web);
                lines.add(String.format("bulk of %d setLabel, %d at a time: %d ms in total (%.1f ms a pod); the "
                        + "cache showed all %d changes %d ms after the bulk began (the fake reopens watches "
                        + "every 2 s)", LABELS, PARALLEL_PATCHES, bulkMillis, (double) bulkMillis / LABELS, LABELS,
                        millisSince(bulkStart)));
            }

            repeat(WARM_UP_READS, () -> direct.pods(cluster, SHOP, web));
            api.forgetRequests();
            Timings directly = time(READS, () -> direct.pods(cluster, SHOP, web));
            long directRequests = api.requestsBesideWatches();
            long directLists = api.lists();

            System.out.printf("%n%d reads of pods(web) with %d pods, after warm-up:%n", READS, PODS);
            System.out.printf("%-8s %9s %9s %18s %15s%n", "path", "p50 ms", "p95 ms", "requests per view",
                    "LISTs per view");
            System.out.printf("%-8s %9.3f %9.3f %18.2f %15.2f%n", "cache", cached.p50(), cached.p95(),
                    (double) cachedRequests / READS, (double) cachedLists / READS);
            System.out.printf("%-8s %9.3f %9.3f %18.2f %15.2f%n", "direct", directly.p50(), directly.p95(),
                    (double) directRequests / READS, (double) directLists / READS);
            System.out.printf("direct/cache: p50 %.0fx, p95 %.0fx%n", directly.p50() / cached.p50(),
                    directly.p95() / cached.p95());
            System.out.printf("watch requests while the cache was read: %d (the fake ends each watch after 2 s; a "
                    + "real API server keeps one open for 5 to 10 minutes)%n", watchRequests);
            lines.forEach(System.out::println);
            assertThat(cachedLists).isZero();
        }
    }

    private static void bulkLabel(WorkloadKubernetesAdapter labeler, ClusterAccess cluster) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL_PATCHES);
        try {
            List<Future<PodView>> patches = new ArrayList<>();
            for (int i = 0; i < LABELS; i++) {
                String pod = "web-" + i;
                patches.add(pool.submit(() -> labeler.setLabel(cluster, SHOP, pod, "load", "done")));
            }
            for (Future<PodView> patch : patches) {
                assertThat(patch.get().label("load")).isEqualTo("done");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void awaitAllDone(WorkloadCache cache, ClusterAccess cluster, WorkloadView web) {
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (cache.pods(cluster, SHOP, web).stream().filter(pod -> "done".equals(pod.label("load"))).count()
                < LABELS) {
            if (System.nanoTime() > end) {
                throw new AssertionError("The cache did not show the label changes within 30 s");
            }
            sleepMillis(10);
        }
    }

    private static Timings time(int times, Supplier<List<PodView>> read) {
        double[] millis = new double[times];
        for (int i = 0; i < times; i++) {
            long start = System.nanoTime();
            List<PodView> pods = read.get();
            millis[i] = (System.nanoTime() - start) / 1_000_000.0;
            assertThat(pods).hasSize(PODS);
        }
        Arrays.sort(millis);
        return new Timings(millis);
    }

    private static void repeat(int times, Runnable read) {
        for (int i = 0; i < times; i++) {
            read.run();
        }
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static void sleepMillis(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Sorted durations in milliseconds. */
    private record Timings(double[] sorted) {

        double p50() {
            return percentile(50);
        }

        double p95() {
            return percentile(95);
        }

        private double percentile(int percent) {
            int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
            return sorted[Math.max(0, rank - 1)];
        }
    }
}
