package org.kubedeck.bootstrap.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kubedeck.application.desktop.port.in.ManageDesktopsUseCase;
import org.kubedeck.application.token.port.in.ManageApiTokensUseCase;
import org.kubedeck.application.user.port.out.UserStore;
import org.kubedeck.bootstrap.web.DesktopCluster;
import org.kubedeck.bootstrap.web.WebSession;
import org.kubedeck.bootstrap.web.WebTest;
import org.kubedeck.bootstrap.web.WebTestSupport.Fixtures;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.Permissions;
import org.kubedeck.domain.user.Username;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * {@code POST /api/v1/pods} over HTTP with API tokens, one new desktop per call, against the in-process
 * Kubernetes API (fabric8's mock server): the call returns once the seven objects are submitted. Prints figures
 * only. Run with {@code ./mvnw -Pbench -pl bootstrap -am test -Dtest=DesktopApiBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
@WebTest
@TestPropertySource(properties = {"kubedeck.desktops.max-total=5000", "kubedeck.api.rate-limit=100000"})
class DesktopApiBenchmark {

    private static final int WARM_UP = 100;
    private static final int CREATES = 300;
    private static final int PARALLEL = 8;

    @Autowired
    Fixtures f;
    @Autowired
    ManageDesktopsUseCase desktops;
    @Autowired
    ManageApiTokensUseCase tokens;
    @Autowired
    UserStore users;

    @Test
    void createLatencySequentialAndConcurrent() throws Exception {
        WebSession admin = f.signedIn(f.user("root", Permissions.ADMINISTRATOR));
        try (DesktopCluster cluster = new DesktopCluster(admin, desktops)) {
            List<String> warmUp = tokens(WARM_UP);
            List<String> sequential = tokens(CREATES);
            List<String> concurrent = tokens(CREATES);

            run(warmUp, 1);
            long[] one = run(sequential, 1);
            long started = System.nanoTime();
            long[] eight = run(concurrent, PARALLEL);
            double seconds = (System.nanoTime() - started) / 1e9;

            System.out.printf("%nPOST /api/v1/pods, one new desktop per call (%d after %d warm-up creates)%n",
                    CREATES, WARM_UP);
            System.out.printf("%-28s %8s %8s %8s %10s%n", "clients", "p50 ms", "p95 ms", "max ms", "creates/s");
            print("1 (sequential)", one, CREATES / (sum(one) / 1e9));
            print(PARALLEL + " in parallel", eight, CREATES / seconds);
            System.out.printf("StatefulSets in the cluster afterwards: %d%n", cluster.statefulSets());
        }
    }

    private List<String> tokens(int count) {
        List<String> made = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = f.user("bench", Permissions.NONE);
            Actor actor = Actor.of(users.find(Username.of(name)).orElseThrow(), "");
            made.add(tokens.create(actor, "bench", null).secret());
        }
        return made;
    }

    private long[] run(List<String> secrets, int parallel) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        try {
            List<Future<Long>> timings = new ArrayList<>();
            for (String secret : secrets) {
                timings.add(pool.submit(() -> {
                    WebSession client = f.session();
                    long started = System.nanoTime();
                    client.withToken(secret, "POST", "/api/v1/pods", Map.of()).assertStatus(201);
                    return System.nanoTime() - started;
                }));
            }
            long[] nanos = new long[timings.size()];
            for (int i = 0; i < nanos.length; i++) {
                nanos[i] = timings.get(i).get();
            }
            Arrays.sort(nanos);
            return nanos;
        } finally {
            pool.shutdown();
        }
    }

    private static void print(String label, long[] sorted, double perSecond) {
        System.out.printf("%-28s %8.1f %8.1f %8.1f %10.1f%n", label, percentile(sorted, 0.5),
                percentile(sorted, 0.95), sorted[sorted.length - 1] / 1e6, perSecond);
    }

    private static double percentile(long[] sorted, double p) {
        return sorted[Math.max(0, (int) Math.ceil(sorted.length * p) - 1)] / 1e6;
    }

    private static long sum(long[] values) {
        return Arrays.stream(values).sum();
    }
}
