package org.kubedeck.bootstrap.bench;

import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
 * A scan of a namespace of some 5,000 objects on the rig's API server (Deployments and their ReplicaSets and 504
 * pods, Services, disruption budgets, ConfigMaps and Secrets), over HTTP as a user runs it, kept with its findings;
 * and an MCP {@code tools/call} of {@code resources_list} answering 500 pods, through the official MCP Java SDK's
 * client. Prints figures only. Run with {@code ./mvnw -Pbench -pl bootstrap -am test -Dtest=ScanMcpBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
@WebTest
@TestPropertySource(properties = "kubedeck.api.rate-limit=100000")
class ScanMcpBenchmark {

    private static final int DEPLOYMENTS = 63;
    private static final int REPLICAS = 8;
    private static final int CONFIG_MAPS = 2_155;
    private static final int SECRETS = 2_150;
    private static final int SCANS = 5;
    private static final int CALLS = 100;

    @Autowired
    Fixtures f;

    @Test
    void aScanOfFiveThousandObjectsAndAnMcpListOfFiveHundredPods() throws Exception {
        try (RigNamespace namespace = RigNamespace.open()) {
            long seeding = System.nanoTime();
            seed(namespace);
            RigNamespace.await(Duration.ofMinutes(10), () -> namespace.pods("bench=scan").stream()
                    .filter(pod -> "Running".equals(pod.getStatus().getPhase())).count() == DEPLOYMENTS * REPLICAS);
            System.out.printf("%nSeeded namespace %s in %d s%n", namespace.name(), Bench.millisSince(seeding) / 1000);

            WebSession admin = f.signedIn(f.user("root", Permissions.ADMINISTRATOR));
            String cluster = "bench" + namespace.name().substring(2);
            admin.postJson("/api/admin/clusters", Map.of("name", cluster, "kubeconfig_content",
                    namespace.rig().kubeconfig())).assertStatus(201);

            Map<String, String> body = Map.of("cluster", cluster, "namespace", namespace.name());
            JsonNode first = admin.postJson("/api/k8s/mcp/cluster/scan", body).assertStatus(200).json();
            Timings scans = Bench.time(SCANS, i -> admin.postJson("/api/k8s/mcp/cluster/scan", body)
                    .assertStatus(200));
            System.out.printf("%nPOST /api/k8s/mcp/cluster/scan of one namespace: %d objects, %d findings kept; "
                    + "%d scans after one warm-up (goal: 5 s)%n", first.get("objects").asInt(),
                    first.get("findings").size(), SCANS);
            System.out.printf("%-46s %9s %9s %9s%n", "", "p50 ms", "p95 ms", "max ms");
            scans.print("scan, read, checked and kept");

            String token = admin.postJson("/api/v1/tokens", Map.of("name", "bench")).assertStatus(201).json()
                    .get("token").asString();
            try (McpSyncClient client = client(token)) {
                client.initialize();
                Map<String, Object> arguments = Map.of("cluster", cluster, "resource", "pods", "namespace",
                        namespace.name(), "limit", 500);
                CallToolResult answer = call(client, arguments);
                int items = ((List<?>) ((Map<?, ?>) answer.structuredContent()).get("items")).size();
                for (int i = 0; i < 20; i++) {
                    call(client, arguments);
                }
                Timings calls = Bench.time(CALLS, i -> call(client, arguments));
                System.out.printf("%nMCP tools/call resources_list of %d pods (%d characters of JSON), official Java "
                        + "SDK client, %d calls after 21 warm-up (goal: p50 50 ms)%n", items,
                        ((McpSchema.TextContent) answer.content().get(0)).text().length(), CALLS);
                System.out.printf("%-46s %9s %9s %9s%n", "", "p50 ms", "p95 ms", "max ms");
                calls.print("tools/call round trip");
                Timings small = Bench.time(CALLS, i -> client.callTool(McpSchema.CallToolRequest
                        .builder("namespaces_list").arguments(Map.of("cluster", cluster)).build()));
                small.print("tools/call namespaces_list (small answer)");
            }
        }
    }

    private static CallToolResult call(McpSyncClient client, Map<String, Object> arguments) {
        CallToolResult result = client.callTool(McpSchema.CallToolRequest.builder("resources_list")
                .arguments(arguments).build());
        if (Boolean.TRUE.equals(result.isError())) {
            throw new AssertionError(result.content());
        }
        return result;
    }

    private McpSyncClient client(String token) {
        return McpClient.sync(HttpClientStreamableHttpTransport.builder("http://localhost:" + f.port())
                        .endpoint("/mcp")
                        .requestBuilder(HttpRequest.newBuilder().header("Authorization", "Bearer " + token)).build())
                .requestTimeout(Duration.ofSeconds(60)).build();
    }

    private static void seed(RigNamespace namespace) throws Exception {
        StringBuilder workloads = new StringBuilder();
        for (int i = 0; i < DEPLOYMENTS; i++) {
            workloads.append("""
                    apiVersion: apps/v1
                    kind: Deployment
                    metadata: {name: app-%1$d}
                    spec:
                      replicas: %2$d
                      selector: {matchLabels: {app: app-%1$d}}
                      template:
                        metadata: {labels: {app: app-%1$d, bench: scan}}
                        spec: {containers: [{name: main, image: "nginx:1.27", resources: {requests: {cpu: 1m}}}]}
                    ---
                    apiVersion: v1
                    kind: Service
                    metadata: {name: app-%1$d}
                    spec: {selector: {app: app-%1$d}, ports: [{port: 80}]}
                    ---
                    apiVersion: policy/v1
                    kind: PodDisruptionBudget
                    metadata: {name: app-%1$d}
                    spec: {minAvailable: 1, selector: {matchLabels: {app: app-%1$d}}}
                    ---
                    """.formatted(i, REPLICAS));
        }
        namespace.create(workloads.toString());
        KubernetesClient objects = namespace.objects();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> made = new ArrayList<>();
            for (int i = 0; i < CONFIG_MAPS; i++) {
                String name = "settings-" + i;
                made.add(pool.submit(() -> objects.configMaps().inNamespace(namespace.name()).resource(
                        new ConfigMapBuilder().withNewMetadata().withName(name).endMetadata()
                                .withData(Map.of("mode", "fast")).build()).create()));
            }
            for (int i = 0; i < SECRETS; i++) {
                String name = "secret-" + i;
                made.add(pool.submit(() -> objects.secrets().inNamespace(namespace.name()).resource(
                        new SecretBuilder().withNewMetadata().withName(name).endMetadata()
                                .withStringData(Map.of("password", "x")).build()).create()));
            }
            for (Future<?> each : made) {
                each.get();
            }
        } finally {
            pool.shutdown();
        }
    }
}
