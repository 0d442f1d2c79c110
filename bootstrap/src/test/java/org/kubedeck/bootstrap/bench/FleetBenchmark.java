package org.kubedeck.bootstrap.bench;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kubedeck.adapters.k8s.testing.Bench;
import org.kubedeck.adapters.k8s.testing.Bench.Timings;
import org.kubedeck.adapters.k8s.testing.RigNamespace;
import org.kubedeck.bootstrap.web.WebSession;
import org.kubedeck.bootstrap.web.WebTest;
import org.kubedeck.bootstrap.web.WebTestSupport.Fixtures;
import org.kubedeck.domain.user.Permissions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A fleet of 50 registered clusters: 40 names for the rig's API server (a namespace of 2,000 pods) and 10 whose port
 * is closed. Times the clusters page, a search over 20 clusters × 2,000 pods from the lists it keeps, the same
 * search over every cluster with the 10 down, and a Deployment compared across 5 clusters; then watches 5 clusters'
 * namespaces and reports the heap and the threads; then watches 20 and times the search from their watches; and
 * reports the heap and threads again once those caches have stopped for want of reads. Prints figures only. Run
 * with {@code ./mvnw -Pbench -pl bootstrap -am test -Dtest=FleetBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
@WebTest
@TestPropertySource(properties = "kubedeck.clusters.cache-idle=" + FleetBenchmark.IDLE_SECONDS + "s")
class FleetBenchmark {

    /** How long a namespace's cache lives after its last read, short here to see the caches stop. */
    static final int IDLE_SECONDS = 20;

    private static final int PODS = 2_000;
    private static final int REACHABLE = 40;
    private static final int DOWN = 10;
    private static final int TIMES = 50;

    @Autowired
    Fixtures f;

    @Test
    void fiftyClustersTenDown() throws Exception {
        try (RigNamespace namespace = RigNamespace.open()) {
            long seeding = System.nanoTime();
            namespace.create(RigNamespace.webYaml(PODS));
            RigNamespace.await(Duration.ofMinutes(15), () -> namespace.pods("app=web").stream()
                    .filter(pod -> "Running".equals(pod.getStatus().getPhase())).count() == PODS);
            System.out.printf("%nSeeded %d pods in %s in %d s%n", PODS, namespace.name(),
                    Bench.millisSince(seeding) / 1000);

            WebSession admin = f.signedIn(f.user("root", Permissions.ADMINISTRATOR));
            List<String> names = new ArrayList<>();
            for (int i = 0; i < REACHABLE; i++) {
                String name = String.format("fleet%02d-%s", i, namespace.name().substring(2));
                admin.postJson("/api/admin/clusters", Map.of("name", name, "kubeconfig_content",
                        namespace.rig().kubeconfig(), "tags", Map.of("env", i % 2 == 0 ? "prod" : "dev"),
                        "groups", List.of("fleet"))).assertStatus(201);
                names.add(name);
            }
            for (int i = 0; i < DOWN; i++) {
                f.cluster("down");
            }
            String ns = namespace.name();

            admin.get("/clusters").assertStatus(200);
            Timings page = Bench.time(TIMES, i -> admin.get("/clusters").assertStatus(200));
            Timings api = Bench.time(TIMES, i -> admin.get("/api/clusters").assertStatus(200));

            String twenty = String.join(",", names.subList(0, 20));
            JsonNode first = admin.get("/api/k8s/unified/resources?resource=pods&namespace=" + ns + "&clusters="
                    + twenty).assertStatus(200).json();
            Timings warm = Bench.time(TIMES, i -> admin.get("/api/k8s/unified/resources?resource=pods&namespace=" + ns
                    + "&name=web-" + (i % 10) + "&clusters=" + twenty).assertStatus(200));
            admin.get("/api/k8s/unified/resources?resource=pods&namespace=" + ns).assertStatus(200);
            JsonNode everywhere = admin.get("/api/k8s/unified/resources?resource=pods&namespace=" + ns)
                    .assertStatus(200).json();
            Timings all = Bench.time(10, i -> admin.get("/api/k8s/unified/resources?resource=pods&namespace=" + ns
                    + "&name=web-" + i).assertStatus(200));

            String five = String.join(",", names.subList(0, 5));
            admin.get("/api/k8s/unified/compare?resource=deployments.apps&namespace=" + ns + "&name=web&clusters="
                    + five).assertStatus(200);
            Timings compare = Bench.time(TIMES, i -> admin.get("/api/k8s/unified/compare?resource=deployments.apps"
                    + "&namespace=" + ns + "&name=web&clusters=" + five).assertStatus(200));

            System.out.printf("%n50 clusters (%d reachable, %d with a closed port), %d pods in the searched namespace%n",
                    REACHABLE, DOWN, PODS);
            System.out.printf("%-58s %9s %9s %9s%n", "", "p50 ms", "p95 ms", "max ms");
            page.print("GET /clusters (page, 50 clusters; goal 100 ms)");
            api.print("GET /api/clusters");
            warm.print("search 20 clusters x 2,000 pods, kept lists (goal 50 ms)");
            all.print("search all 50, 10 down, warm");
            compare.print("compare a Deployment across 5 clusters (goal 300 ms)");
            System.out.printf("first search over 20 clusters: %d results (capped at 1,000), %d unavailable%n",
                    first.get("results").size(), first.get("unavailable").size());
            System.out.printf("search over all: %d unavailable (the %d down)%n", everywhere.get("unavailable")
                    .size(), DOWN);

            long before = Bench.usedHeapAfterGc();
            int threadsBefore = ManagementFactory.getThreadMXBean().getThreadCount();
            for (String name : names.subList(0, 5)) {
                admin.get("/k8s/" + name + "/" + ns).assertStatus(200);
                admin.get("/api/" + name + "/" + ns + "/deployment/web/pods").assertStatus(200);
            }
            Bench.sleepMillis(5_000);
            long watched = Bench.usedHeapAfterGc();
            int threadsWatched = ManagementFactory.getThreadMXBean().getThreadCount();
            System.out.printf("%nheap after GC: %d MiB with 50 clusters and no cache, %d MiB with 5 of them watching a "
                    + "namespace of %d pods; threads %d, then %d (the test's JVM, server included)%n",
                    before >> 20, watched >> 20, PODS, threadsBefore, threadsWatched);
            for (String name : names.subList(5, 20)) {
                admin.get("/k8s/" + name + "/" + ns).assertStatus(200);
            }
            Bench.sleepMillis(5_000);
            Timings watching = Bench.time(TIMES, i -> admin.get("/api/k8s/unified/resources?resource=pods&namespace="
                    + ns + "&name=web-" + (i % 10) + "&clusters=" + twenty).assertStatus(200));
            System.out.printf("%nwith the namespace watched in 20 clusters: heap after GC %d MiB, threads %d%n",
                    Bench.usedHeapAfterGc() >> 20, ManagementFactory.getThreadMXBean().getThreadCount());
            System.out.printf("%-58s %9s %9s %9s%n", "", "p50 ms", "p95 ms", "max ms");
            watching.print("search 20 clusters x 2,000 pods, from watches (goal 50 ms)");
            Bench.sleepMillis((IDLE_SECONDS + 15) * 1000L);
            System.out.printf("after %d s without a read the caches stop: heap %d MiB, threads %d%n", IDLE_SECONDS,
                    Bench.usedHeapAfterGc() >> 20, ManagementFactory.getThreadMXBean().getThreadCount());
        }
    }
}
