package org.kubedeck.bootstrap.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kubedeck.bootstrap.web.WebSession;
import org.kubedeck.bootstrap.web.WebTest;
import org.kubedeck.bootstrap.web.WebTestSupport;
import org.kubedeck.bootstrap.web.WebTestSupport.Fixtures;
import org.kubedeck.domain.user.Permissions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Sign-ins sustained over HTTP by clients that sign in over and over, each as a user of its own, password hashing
 * included, with a wrong password every fourth time. Prints the rate and the latencies; asserts nothing. Run with
 * {@code ./mvnw -Pbench -pl bootstrap -am test -Dtest=SignInBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
@WebTest
class SignInBenchmark {

    private static final Duration WARM_UP = Duration.ofSeconds(5);
    private static final Duration RUN = Duration.ofSeconds(20);

    @Autowired
    Fixtures f;

    @Test
    void signInsPerSecondSustained() throws Exception {
        for (int clients : List.of(1, 8, 50)) {
            run(clients, WARM_UP);
            Figures figures = run(clients, RUN);
            System.out.printf("%2d clients: %5.1f sign-ins/s, p50 %6.1f ms, p95 %6.1f ms, answers %s%n", clients,
                    figures.count() / (double) RUN.toSeconds(), figures.percentile(0.5), figures.percentile(0.95),
                    figures.statuses());
        }
    }

    private Figures run(int clients, Duration length) throws Exception {
        List<String> users = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            users.add(f.user("bench", Permissions.globalRead()));
        }
        ConcurrentLinkedQueue<Long> nanos = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Integer> statuses = new ConcurrentLinkedQueue<>();
        long end = System.nanoTime() + length.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (String user : users) {
                running.add(pool.submit(() -> {
                    AtomicInteger round = new AtomicInteger();
                    while (System.nanoTime() < end) {
                        WebSession session = f.session();
                        String password = round.incrementAndGet() % 4 == 0 ? "wrong-password"
                                : WebTestSupport.PASSWORD;
                        long began = System.nanoTime();
                        int status = session.apiLogin(user, password).status();
                        nanos.add(System.nanoTime() - began);
                        statuses.add(status);
                    }
                    return null;
                }));
            }
            for (Future<?> client : running) {
                client.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return new Figures(nanos.stream().mapToLong(Long::longValue).sorted().toArray(),
                statuses.stream().collect(java.util.stream.Collectors.groupingBy(status -> status,
                        java.util.TreeMap::new, java.util.stream.Collectors.counting())));
    }

    private record Figures(long[] sortedNanos, java.util.Map<Integer, Long> statuses) {

        int count() {
            return sortedNanos.length;
        }

        double percentile(double p) {
            return sortedNanos[Math.max(0, (int) Math.ceil(sortedNanos.length * p) - 1)] / 1_000_000.0;
        }
    }
}
