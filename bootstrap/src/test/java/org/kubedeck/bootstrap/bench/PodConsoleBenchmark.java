package org.kubedeck.bootstrap.bench;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.Filter;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kubedeck.adapters.k8s.testing.RigNamespace;
import org.kubedeck.application.cluster.port.out.ClusterStore;
import org.kubedeck.application.secret.port.out.SecretBox;
import org.kubedeck.bootstrap.web.WebSession;
import org.kubedeck.bootstrap.web.WebTest;
import org.kubedeck.bootstrap.web.WebTestSupport.Fixtures;
import org.kubedeck.domain.cluster.Cluster;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.user.Permissions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;

/**
 * Full HTTP round trips to the console for the pods of a 2,000-replica Deployment on the real API server, warm:
 * the JSON API with every pod and with the first page, the workload page's table and its poll while nothing
 * changed, against a direct LIST of the same pods from the API server, all in one run; then a bulk kick of 200
 * pods. Prints figures only. Run with
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
            registration.addUrlPatterns("/api/*", "/k8s/*");
            return registration;
        }
    }

    private static final int PODS = 2_000;
    private static final int VIEWS = 500;
    /** Views of the console before the timed ones, enough for the JIT to compile the paths being timed. */
    private static final int WARM_UP = 2_000;
    /** The direct LIST is the API server's work, not the console's: fewer runs do. */
    private static final int DIRECT_WARM_UP = 50;
    private static final int DIRECT_VIEWS = 200;
    private static final int BULK = 200;

    @RegisterExtension
    final RigNamespace namespace = new RigNamespace();

    @Autowired
    Fixtures f;

    @Autowired
    ClusterStore clusters;

    @Autowired
    SecretBox secrets;

    @Test
    void podsViewsOfTwoThousandPodsAgainstADirectListAndABulkKick() {
        namespace.withWeb(PODS, Duration.ofMinutes(5));
        ClusterName cluster = ClusterName.of("bench");
        clusters.add(new Cluster(cluster, "bench", List.of(), null, Instant.now(), null),
                secrets.seal(namespace.rig().kubeconfig()));
        WebSession writer = f.signedIn(f.user("bench", Permissions.globalWrite()));
        String pods = "/api/bench/" + namespace.name() + "/deployment/web/pods";
        String page = "/k8s/bench/" + namespace.name() + "/deployment/web";

        long firstOpen = System.nanoTime();
        boolean loading = writer.get(page).assertStatus(200).body().contains("id=\"loading\"");
        double firstAnswerMillis = (System.nanoTime() - firstOpen) / 1_000_000.0;
        while (writer.get(page).assertStatus(200).body().contains("id=\"loading\"")) {
            // As the loading page does: ask again until the namespace is in.
        }
        double contentMillis = (System.nanoTime() - firstOpen) / 1_000_000.0;
        String tag = writer.get(page, "HX-Request", "true").assertStatus(200).header("ETag").orElseThrow();
        String list = namespace.rig().url() + "/api/v1/namespaces/" + namespace.name()
                + "/pods?labelSelector=app%3Dweb";

        List<Figures> figures = List.of(
                views("JSON API, all 2,000 pods", () -> writer.get(pods).assertStatus(200).body().length()),
                views("JSON API, first page (50)", () -> writer.get(pods + "?page=1").assertStatus(200).body()
                        .length()),
                views("page", () -> writer.get(page).assertStatus(200).body().length()),
                views("table (htmx)", () -> writer.get(page, "HX-Request", "true").assertStatus(200).body()
                        .length()),
                views("poll, nothing changed (304)", () -> {
                    assertThat(writer.get(page, "HX-Request", "true", "X-Kubedeck-Background", "true",
                            "If-None-Match", tag).status()).isEqualTo(304);
                    return 0;
                }),
                views("direct LIST from the API server", DIRECT_WARM_UP, DIRECT_VIEWS,
                        () -> namespace.objects().raw(list).length()));

        System.out.printf("%nA %,d-replica Deployment on the real API server. First open of its page: %s in %.0f ms, "
                + "its pods shown %.0f ms after the first request%n", PODS, loading ? "loading page" : "the pods",
                firstAnswerMillis, contentMillis);
        System.out.printf("%d views of the console each after %,d to warm up; %d direct LISTs after %d%n", VIEWS,
                WARM_UP, DIRECT_VIEWS, DIRECT_WARM_UP);
        System.out.printf("%-34s %8s %8s %8s %10s %10s %10s%n", "view", "p50 ms", "p95 ms", "max ms",
                "server p50", "server p95", "bytes");
        figures.forEach(Figures::print);
        Figures direct = figures.get(figures.size() - 1);
        System.out.printf("direct LIST / JSON API all pods: p50 %.1fx, p95 %.1fx; / first page: p50 %.1fx%n",
                direct.p50() / figures.get(0).p50(), direct.p95() / figures.get(0).p95(),
                direct.p50() / figures.get(1).p50());

        List<String> names = namespace.objects().pods().inNamespace(namespace.name()).withLabel("app", "web")
                .list().getItems().stream().map(pod -> pod.getMetadata().getName()).limit(BULK).toList();
        long started = System.nanoTime();
        WebSession.Response bulk = writer.postJson("/api/bench/" + namespace.name() + "/pods/remove-load",
                Map.of("pods", names, "confirm", true));
        long millis = (System.nanoTime() - started) / 1_000_000;
        long done = namespace.objects().pods().inNamespace(namespace.name()).withLabel("load", "done").list()
                .getItems().size();
        System.out.printf("bulk kick of %d pods: %,d ms (status %d; %d pods labelled done in the cluster)%n",
                BULK, millis, bulk.status(), done);
    }

    /** Times {@code view} {@value #VIEWS} times after {@value #WARM_UP} untimed, to let the JIT compile it. */
    private static Figures views(String label, IntSupplier view) {
        return views(label, WARM_UP, VIEWS, view);
    }

    private static Figures views(String label, int warmUps, int times, IntSupplier view) {
        for (int i = 0; i < warmUps; i++) {
            view.getAsInt();
        }
        ServerTimes.NANOS.clear();
        long[] nanos = new long[times];
        int bytes = 0;
        for (int i = 0; i < times; i++) {
            long started = System.nanoTime();
            bytes = view.getAsInt();
            nanos[i] = System.nanoTime() - started;
        }
        Arrays.sort(nanos);
        long[] server = ServerTimes.NANOS.stream().mapToLong(Long::longValue).sorted().toArray();
        return new Figures(label, nanos, server, bytes);
    }

    private record Figures(String label, long[] sortedNanos, long[] sortedServerNanos, int bytes) {

        double p50() {
            return percentile(sortedNanos, 0.5);
        }

        double p95() {
            return percentile(sortedNanos, 0.95);
        }

        void print() {
            System.out.printf("%-34s %8.1f %8.1f %8.1f %10s %10s %,10d%n", label, p50(), p95(),
                    millis(sortedNanos[sortedNanos.length - 1]), server(0.5), server(0.95), bytes);
        }

        private String server(double p) {
            return sortedServerNanos.length == 0 ? "-" : String.format("%.1f", percentile(sortedServerNanos, p));
        }

        private static double percentile(long[] sorted, double p) {
            return millis(sorted[Math.max(0, (int) Math.ceil(sorted.length * p) - 1)]);
        }

        private static double millis(long nanos) {
            return nanos / 1_000_000.0;
        }
    }
}
