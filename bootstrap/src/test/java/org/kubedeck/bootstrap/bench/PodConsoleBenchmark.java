package org.kubedeck.bootstrap.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import jakarta.servlet.Filter;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kubedeck.adapters.k8s.testing.ShopObjects;
import org.kubedeck.adapters.k8s.testing.WireMockApiServer;
import org.kubedeck.application.cluster.port.out.ClusterStore;
import org.kubedeck.application.secret.port.out.SecretBox;
import org.kubedeck.bootstrap.web.WebSession;
import org.kubedeck.bootstrap.web.WebTest;
import org.kubedeck.bootstrap.web.WebTestSupport.Fixtures;
import org.kubedeck.domain.cluster.Cluster;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.user.Permissions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Full HTTP round trips to the console for the pods of a 2,000-pod Deployment: served from the watch-fed cache,
 * and from a cluster that refuses watches (so every view lists from the API server); then a bulk kick of 200
 * pods. The API server is WireMock on this machine, which counts what it is asked. Prints figures only. Run with
 * {@code ./mvnw -Pbench -pl bootstrap -am test -Dtest=PodConsoleBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
@WebTest
@Import(PodConsoleBenchmark.ServerTimes.class)
class PodConsoleBenchmark {

    /** Server time of each request: from the first servlet filter in to the response fully written. */
    @TestConfiguration(proxyBeanMethods = false)
    static class ServerTimes {

        static final Queue<Long> NANOS = new ConcurrentLinkedQueue<>();

        @Bean
        FilterRegistrationBean<Filter> serverTimeFilter() {
            FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
                long started = System.nanoTime();
                try {
                    chain.doFilter(request, response);
                    response.flushBuffer();
                } finally {
                    NANOS.add(System.nanoTime() - started);
                }
            });
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            registration.addUrlPatterns("/api/*");
            return registration;
        }
    }

    private static final int PODS = 2_000;
    private static final int VIEWS = 200;
    private static final int BULK = 200;

    @Autowired
    Fixtures f;

    @Autowired
    ClusterStore clusters;

    @Autowired
    SecretBox secrets;


    @Test
    void podsViewFromTheCacheAgainstListingEachTimeAndABulkKick() throws Exception {
        // A real API server keeps a watch open for minutes; the fake's default (reopen every 400 ms) is for tests.
        try (WireMockApiServer watched = new WireMockApiServer().watchPeriod(Duration.ofMinutes(1));
                WireMockApiServer refusing = new WireMockApiServer().refuseWatches(400)) {
            ShopObjects.seed(watched, PODS);
            ShopObjects.seed(refusing, PODS);
            register("cached", watched);
            register("direct", refusing);
            WebSession writer = f.signedIn(f.user("bench", Permissions.globalWrite()));

            warmUp(writer, "cached", watched);
            Figures cached = views(writer, "cached", watched);
            warmUp(writer, "direct", refusing);
            Figures direct = views(writer, "direct", refusing);

            System.out.printf("%nPods of a %,d-pod Deployment, %d views over HTTP after warm-up%n", PODS, VIEWS);
            System.out.printf("%-34s %8s %8s %8s %10s %10s %12s %10s%n", "path", "p50 ms", "p95 ms", "max ms",
                    "server p50", "server p95", "API req/view", "LISTs/view");
            cached.print("watch-fed cache");
            direct.print("API server on every view");
            System.out.printf("ratio (direct / cache): p50 %.1fx, p95 %.1fx%n", direct.p50() / cached.p50(),
                    direct.p95() / cached.p95());

            List<String> pods = IntStream.range(0, BULK).mapToObj(i -> "web-" + i).toList();
            long started = System.nanoTime();
            WebSession.Response bulk = writer.postJson("/api/cached/shop/pods/remove-load",
                    Map.of("pods", pods, "confirm", true));
            long millis = (System.nanoTime() - started) / 1_000_000;
            System.out.printf("bulk kick of %d pods: %,d ms (status %d, %d label patches seen by the API server)%n",
                    BULK, millis, bulk.status(), watched.requests().stream()
                            .filter(r -> r.getMethod().getName().equals("PATCH")).count());
        }
    }

    private void register(String name, WireMockApiServer api) {
        ClusterName cluster = ClusterName.of(name);
        clusters.add(new Cluster(cluster, name, List.of(), null, Instant.now(), null),
                secrets.seal(api.access().kubeconfig().content()));
    }

    /** Views until the API server stops being asked for lists: the cache (if any) has synced. */
    private static void warmUp(WebSession writer, String cluster, WireMockApiServer api) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        long lists = -1;
        while (System.nanoTime() < deadline) {
            for (int i = 0; i < 10; i++) {
                writer.get("/api/" + cluster + "/shop/deployment/web/pods").assertStatus(200);
            }
            long now = api.lists();
            if (now == lists && cluster.equals("cached")) {
                return;
            }
            lists = now;
            Thread.sleep(500);
            if (!cluster.equals("cached") && lists > 0) {
                return;
            }
        }
    }

    private static Figures views(WebSession writer, String cluster, WireMockApiServer api) {
        // The same number of views first, so that the JIT has compiled the path being timed.
        for (int i = 0; i < VIEWS; i++) {
            writer.get("/api/" + cluster + "/shop/deployment/web/pods").assertStatus(200);
        }
        api.forgetRequests();
        ServerTimes.NANOS.clear();
        long[] nanos = new long[VIEWS];
        for (int i = 0; i < VIEWS; i++) {
            long started = System.nanoTime();
            writer.get("/api/" + cluster + "/shop/deployment/web/pods").assertStatus(200);
            nanos[i] = System.nanoTime() - started;
        }
        Arrays.sort(nanos);
        long[] server = ServerTimes.NANOS.stream().mapToLong(Long::longValue).sorted().toArray();
        return new Figures(nanos, server, (double) api.requestsBesideWatches() / VIEWS,
                (double) api.lists() / VIEWS);
    }

    private record Figures(long[] sortedNanos, long[] sortedServerNanos, double requestsPerView,
            double listsPerView) {

        double p50() {
            return percentile(sortedNanos, 0.5);
        }

        double p95() {
            return percentile(sortedNanos, 0.95);
        }

        void print(String label) {
            System.out.printf("%-34s %8.1f %8.1f %8.1f %10.1f %10.1f %12.2f %10.2f%n", label, p50(), p95(),
                    millis(sortedNanos[sortedNanos.length - 1]), percentile(sortedServerNanos, 0.5),
                    percentile(sortedServerNanos, 0.95), requestsPerView, listsPerView);
        }

        private static double percentile(long[] sorted, double p) {
            return millis(sorted[Math.max(0, (int) Math.ceil(sorted.length * p) - 1)]);
        }

        private static double millis(long nanos) {
            return nanos / 1_000_000.0;
        }
    }
}
