package org.kubedeck.bootstrap.bench;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kubedeck.adapters.k8s.testing.KubeconfigYaml;
import org.kubedeck.application.cluster.port.out.ClusterStore;
import org.kubedeck.application.desktop.DesktopSettings;
import org.kubedeck.application.desktop.port.in.ChooseDesktopClusterUseCase;
import org.kubedeck.application.secret.port.out.SecretBox;
import org.kubedeck.application.token.port.in.ManageApiTokensUseCase;
import org.kubedeck.application.token.port.in.ManageApiTokensUseCase.CreateTokenCommand;
import org.kubedeck.application.user.port.out.UserStore;
import org.kubedeck.bootstrap.web.DesktopCluster;
import org.kubedeck.bootstrap.web.WebSession;
import org.kubedeck.bootstrap.web.WebTest;
import org.kubedeck.bootstrap.web.WebTestSupport.Fixtures;
import org.kubedeck.domain.cluster.Cluster;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.Permissions;
import org.kubedeck.domain.user.Username;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;


/**
 * {@code POST /api/v1/pods} over HTTP with API tokens, one new desktop per call: the call returns once the seven
 * requests that submit its objects are answered. First against the rig's real API server, which keeps every object
 * and whose controllers make the pods; then against a WireMock API server that answers each request at once without
 * keeping anything, which leaves the console's own cost. Prints figures only. Run with {@code ./mvnw -Pbench -pl bootstrap -am test -Dtest=DesktopApiBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
@WebTest
@TestPropertySource(properties = {"kubedeck.desktops.max-total=5000", "kubedeck.api.rate-limit=100000",
        DesktopCluster.UNIQUE_NAMESPACE})
class DesktopApiBenchmark {

    private static final int WARM_UP = 100;
    private static final int CREATES = 300;
    private static final int PARALLEL = 8;

    @Autowired
    Fixtures f;
    @Autowired
    ChooseDesktopClusterUseCase desktops;
    @Autowired
    ManageApiTokensUseCase tokens;
    @Autowired
    UserStore users;
    @Autowired
    ClusterStore clusters;
    @Autowired
    SecretBox secrets;
    @Autowired
    DesktopSettings settings;

    @Test
    void createLatencySequentialAndConcurrent() throws Exception {
        WebSession admin = f.signedIn(f.user("root", Permissions.ADMINISTRATOR));
        try (DesktopCluster cluster = new DesktopCluster(admin, desktops, settings.namespace())) {
            measure("the rig's API server (stores every object)");
            System.out.printf("StatefulSets in the cluster afterwards: %d%n", cluster.statefulSets());
        } finally {
            DesktopCluster.deleteNamespace(settings.namespace());
        }
        WireMockServer instant = new WireMockServer(options().dynamicPort().containerThreads(50));
        instant.start();
        try {
            instant.stubFor(get("/api/v1/namespaces/" + settings.namespace()).willReturn(okJson(
                    "{\"apiVersion\":\"v1\",\"kind\":\"Namespace\",\"metadata\":{\"name\":\""
                            + settings.namespace() + "\"}}")));
            instant.stubFor(post(anyUrl()).willReturn(aResponse().withStatus(201)
                    .withHeader("Content-Type", "application/json").withBody("{{{request.body}}}")
                    .withTransformers("response-template")));
            ClusterName name = ClusterName.of("instant");
            clusters.add(new Cluster(name, "instant", List.of(), null, Instant.now(), null),
                    secrets.seal(KubeconfigYaml.forServer(instant.baseUrl()).kubeconfig().content()));
            desktops.chooseCluster(Actor.system(), name);
            measure("WireMock answering at once");
        } finally {
            instant.stop();
        }
    }

    private void measure(String apiServer) throws Exception {
        List<String> warmUp = tokens(WARM_UP);
        List<String> sequential = tokens(CREATES);
        List<String> concurrent = tokens(CREATES);

        run(warmUp, 1);
        long[] one = run(sequential, 1);
        long started = System.nanoTime();
        long[] eight = run(concurrent, PARALLEL);
        double seconds = (System.nanoTime() - started) / 1e9;

        System.out.printf("%nPOST /api/v1/pods against %s: one new desktop per call, %d after %d warm-up creates%n",
                apiServer, CREATES, WARM_UP);
        System.out.printf("%-28s %8s %8s %8s %10s%n", "clients", "p50 ms", "p95 ms", "max ms", "creates/s");
        print("1 (sequential)", one, CREATES / (sum(one) / 1e9));
        print(PARALLEL + " in parallel", eight, CREATES / seconds);
    }

    private List<String> tokens(int count) {
        List<String> made = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = f.user("bench", Permissions.NONE);
            Actor actor = Actor.of(users.find(Username.of(name)).orElseThrow(), "");
            made.add(tokens.create(actor, new CreateTokenCommand("bench", null)).secret());
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
