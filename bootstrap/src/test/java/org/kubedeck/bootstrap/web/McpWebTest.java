package org.kubedeck.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.Pod;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.client.transport.McpHttpClientTransportAuthorizationException;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.user.AccessLevel;
import org.kubedeck.domain.user.Permissions;
import tools.jackson.databind.JsonNode;

/**
 * The MCP server at /mcp, driven by the official MCP Java SDK's client over Streamable HTTP, on a cluster of the
 * rig: what a reader, a writer, a read-only token and another user's token may do, and what the audit log keeps.
 */
@WebTest
class McpWebTest extends YamlClusterWebTest {

    private static final List<String> TOOLS = List.of("clusters_list", "namespaces_list", "resources_list",
            "resources_get", "events_list", "pods_log", "cluster_scan", "manifest_validate", "pod_explain",
            "pod_kick", "pod_restore", "workload_scale", "labels_set", "performance_analyze");

    private McpSyncClient client(String token) {
        HttpClientStreamableHttpTransport transport = HttpClientStreamableHttpTransport
                .builder("http://localhost:" + f.port()).endpoint("/mcp")
                .requestBuilder(HttpRequest.newBuilder().header("Authorization", "Bearer " + token)).build();
        return McpClient.sync(transport).requestTimeout(Duration.ofSeconds(30))
                .clientInfo(new McpSchema.Implementation("kubedeck-test", "1.0")).build();
    }

    private static String token(WebSession owner, boolean readOnly) {
        return owner.postJson("/api/v1/tokens", Map.of("name", "mcp", "read_only", readOnly)).assertStatus(201)
                .json().get("token").asString();
    }

    private static CallToolResult call(McpSyncClient client, String tool, Map<String, Object> arguments) {
        return client.callTool(McpSchema.CallToolRequest.builder(tool).arguments(arguments).build());
    }

    private static String text(CallToolResult result) {
        return ((TextContent) result.content().get(0)).text();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> structured(CallToolResult result) {
        assertThat(result.isError()).as(text(result)).isNotEqualTo(Boolean.TRUE);
        return (Map<String, Object>) result.structuredContent();
    }

    private String webPod() {
        return cluster.objects().pods().inNamespace(ns).withLabel("app", "web").list().getItems().get(0)
                .getMetadata().getName();
    }

    private String loadOf(String pod) {
        Pod current = cluster.objects().pods().inNamespace(ns).withName(pod).get();
        return current.getMetadata().getLabels().get("load");
    }

    @Test
    void aReaderListsTheToolsReadsAndIsRefusedEveryChange() {
        try (McpSyncClient reader = client(token(team.reader(), false))) {
            McpSchema.InitializeResult init = reader.initialize();
            assertThat(init.protocolVersion()).isEqualTo("2025-11-25");
            assertThat(init.serverInfo().name()).isEqualTo("kubedeck");

            Map<String, Tool> tools = reader.listTools().tools().stream()
                    .collect(Collectors.toMap(Tool::name, Function.identity()));
            assertThat(tools.keySet()).containsAll(TOOLS);
            assertThat(tools.get("resources_list").annotations().readOnlyHint()).isTrue();
            assertThat(tools.get("pod_kick").annotations().readOnlyHint()).isFalse();
            assertThat(tools.get("pod_kick").annotations().destructiveHint()).isTrue();
            assertThat(tools.get("pod_restore").annotations().destructiveHint()).isFalse();
            assertThat(tools.get("pods_log").inputSchema().get("required")).isEqualTo(List.of("cluster", "namespace", "pod"));

            Map<String, Object> clusters = structured(call(reader, "clusters_list", Map.of()));
            assertThat(clusters.get("clusters")).asList().singleElement().asInstanceOf(
                    org.assertj.core.api.InstanceOfAssertFactories.MAP).containsEntry("name", c)
                    .containsEntry("access", "read");
            Map<String, Object> pods = structured(call(reader, "resources_list", Map.of("cluster", c,
                    "resource", "pods", "namespace", ns, "selector", "app=web")));
            assertThat(pods.get("items")).asList().hasSize(2);

            String pod = webPod();
            String before = loadOf(pod);
            CallToolResult refused = call(reader, "pod_kick", Map.of("cluster", c, "namespace", ns, "pod", pod));
            assertThat(refused.isError()).isTrue();
            assertThat(text(refused)).contains("not allowed");
            assertThat(loadOf(pod)).as("nothing changed").isEqualTo(before);
            assertThat(call(reader, "workload_scale", Map.of("cluster", c, "namespace", ns, "kind", "deployment",
                    "name", "web", "replicas", 5)).isError()).isTrue();
            assertThat(cluster.objects().apps().deployments().inNamespace(ns).withName("web").get().getSpec()
                    .getReplicas()).isEqualTo(2);
        }
        assertThat(f.auditCount("tool_called", team.readerName())).isEqualTo(4);
        assertThat(f.jdbc().sql("select count(*) from audit_log where action = 'tool_called' and actor = ? "
                + "and outcome = 'denied' and target = 'pod_kick' and detail like ?")
                .params(team.readerName(), "%pod=%").query(Long.class).single()).isOne();
    }

    @Test
    void aWriterKicksRestoresScalesAndLabelsAndAReadOnlyTokenOfTheirsCannot() {
        String pod = webPod();
        try (McpSyncClient readOnly = client(token(team.writer(), true))) {
            readOnly.initialize();
            CallToolResult refused = call(readOnly, "pod_kick", Map.of("cluster", c, "namespace", ns, "pod", pod,
                    "confirm", true));
            assertThat(refused.isError()).isTrue();
            assertThat(loadOf(pod)).isNotEqualTo("done");
            assertThat(structured(call(readOnly, "clusters_list", Map.of())).get("clusters").toString())
                    .contains("access=read");
        }
        try (McpSyncClient writer = client(token(team.writer(), false))) {
            writer.initialize();
            // The namespace's Service selects no load label: the kick changes no traffic, so it asks first.
            CallToolResult unconfirmed = call(writer, "pod_kick", Map.of("cluster", c, "namespace", ns, "pod", pod));
            assertThat(unconfirmed.isError()).isTrue();
            assertThat(text(unconfirmed)).contains("Nothing was changed", "confirm: true");
            assertThat(loadOf(pod)).isNotEqualTo("done");
            assertThat(structured(call(writer, "pod_kick", Map.of("cluster", c, "namespace", ns, "pod", pod,
                    "confirm", true)))).containsEntry("load", "done");
            assertThat(loadOf(pod)).isEqualTo("done");
            assertThat(structured(call(writer, "pod_restore", Map.of("cluster", c, "namespace", ns, "pod", pod))))
                    .containsEntry("load", "online");

            assertThat(structured(call(writer, "labels_set", Map.of("cluster", c, "resource", "configmaps",
                    "namespace", ns, "name", "settings", "labels", Map.of("team", "shop", "tier", "cache"))))
                    .get("labels")).isEqualTo(Map.of("team", "shop", "tier", "cache"));
            Map<String, Object> removing = new HashMap<>();
            removing.put("tier", null);
            structured(call(writer, "labels_set", Map.of("cluster", c, "resource", "configmaps", "namespace", ns,
                    "name", "settings", "labels", removing)));
            assertThat(cluster.objects().configMaps().inNamespace(ns).withName("settings").get().getMetadata()
                    .getLabels()).isEqualTo(Map.of("team", "shop"));
            CallToolResult bad = call(writer, "labels_set", Map.of("cluster", c, "resource", "configmaps",
                    "namespace", ns, "name", "settings", "labels", Map.of("bad key!", "x")));
            assertThat(bad.isError()).isTrue();
            assertThat(bad.structuredContent().toString()).contains("field=labels");

            Map<String, Object> scaled = structured(call(writer, "workload_scale", Map.of("cluster", c,
                    "namespace", ns, "kind", "deployment", "name", "web", "replicas", 3)));
            assertThat(scaled).containsEntry("replicas", 3);
            assertThat(cluster.objects().apps().deployments().inNamespace(ns).withName("web").get().getSpec()
                    .getReplicas()).isEqualTo(3);
        }
        assertThat(f.auditCount("pod_kicked", team.writerName())).isOne();
        assertThat(f.auditCount("workload_scaled", team.writerName())).isOne();
    }

    @Test
    void readToolsAnswerLogsEventsScansAndExplanationsWithoutSecretValues() {
        try (McpSyncClient writer = client(token(team.writer(), false))) {
            writer.initialize();
            String secret = text(call(writer, "resources_get", Map.of("cluster", c, "resource", "secrets",
                    "namespace", ns, "name", "tokens")));
            assertThat(secret).contains("password").doesNotContain(YamlCluster.PASSWORD_BASE64)
                    .doesNotContain(YamlCluster.PASSWORD);
            assertThat(structured(call(writer, "namespaces_list", Map.of("cluster", c))).get("namespaces"))
                    .asList().contains(ns);

            String pod = webPod();
            Map<String, Object> log = structured(call(writer, "pods_log", Map.of("cluster", c, "namespace", ns,
                    "pod", pod, "tail_lines", 5)));
            assertThat(log).containsEntry("container", "web");
            assertThat(log.get("lines")).asList().hasSizeLessThanOrEqualTo(5);
            CallToolResult badTail = call(writer, "pods_log", Map.of("cluster", c, "namespace", ns, "pod", pod,
                    "tail_lines", "many"));
            assertThat(badTail.isError()).isTrue();
            assertThat(text(badTail)).contains("tail_lines");

            Map<String, Object> explained = structured(call(writer, "pod_explain", Map.of("cluster", c,
                    "namespace", ns, "pod", pod)));
            assertThat(explained.get("pod").toString()).contains(pod);
            assertThat(explained.get("logs")).asList().singleElement().asString().contains("container=web");
            assertThat(explained.get("findings").toString()).contains("no-requests");

            Map<String, Object> scan = structured(call(writer, "cluster_scan", Map.of("cluster", c,
                    "namespace", ns)));
            assertThat(scan).containsKeys("id", "score", "findings");
            assertThat(scan.get("findings").toString()).contains("check=no-requests", "name=web");
            assertThat(structured(call(writer, "events_list", Map.of("cluster", c, "namespace", ns)))
                    .get("events")).asList().isNotEmpty();
            Map<String, Object> capacity = structured(call(writer, "performance_analyze", Map.of("cluster", c,
                    "namespace", ns)));
            assertThat(capacity.get("metrics").toString()).contains("available=false", "metrics.k8s.io");
            assertThat(capacity.get("workloads").toString()).contains("workload=deployment/web");

            Map<String, Object> latest = structured(call(writer, "manifest_validate", Map.of("cluster", c, "yaml", """
                    apiVersion: apps/v1
                    kind: Deployment
                    metadata: {name: fresh, namespace: %s}
                    spec:
                      replicas: 1
                      selector: {matchLabels: {app: fresh}}
                      template:
                        metadata: {labels: {app: fresh}}
                        spec: {containers: [{name: main, image: "busybox:latest"}]}
                    """.formatted(ns))));
            assertThat(latest).containsEntry("accepted", true).containsEntry("exists", false)
                    .containsEntry("resource", "deployments.apps");
            assertThat(latest.get("findings").toString()).contains("check=image-latest");
            assertThat(cluster.objects().apps().deployments().inNamespace(ns).withName("fresh").get())
                    .as("a dry run stores nothing").isNull();
            Map<String, Object> refused = structured(call(writer, "manifest_validate", Map.of("cluster", c,
                    "yaml", "apiVersion: v1\nkind: Service\nmetadata: {name: web, namespace: " + ns + "}\n"
                            + "spec: {ports: [{port: 99999}]}\n")));
            assertThat(refused).containsEntry("accepted", false).containsEntry("exists", true);
            assertThat(refused.get("refusal").toString()).contains("99999");
        }
    }

    @Test
    void anotherUsersTokenSeesOnlyItsClustersAndNoTokenIsRefused() {
        String elsewhere = f.cluster("elsewhere");
        String other = f.user("other", Permissions.perCluster(Map.of(ClusterName.of(elsewhere), AccessLevel.ADMIN)));
        try (McpSyncClient client = client(token(f.signedIn(other), false))) {
            client.initialize();
            assertThat(structured(call(client, "clusters_list", Map.of())).get("clusters").toString())
                    .contains(elsewhere).doesNotContain(c);
            CallToolResult hidden = call(client, "resources_list", Map.of("cluster", c, "resource", "pods"));
            assertThat(hidden.isError()).isTrue();
            assertThat(text(hidden)).contains("does not exist");
        }
        try (McpSyncClient nobody = client("vnc-sk-proj-default-nobody-" + "x".repeat(40))) {
            assertThatThrownBy(nobody::initialize).hasRootCauseInstanceOf(
                    McpHttpClientTransportAuthorizationException.class);
        }
    }

    @Test
    void theEndpointSpeaksStreamableHttpWithoutSessions() {
        String token = token(team.reader(), false);
        WebSession script = f.session();
        script.withToken(token, "GET", "/mcp", null, "Accept", "text/event-stream").assertStatus(405);
        script.withToken(token, "POST", "/mcp", Map.of("jsonrpc", "2.0", "method", "notifications/initialized"))
                .assertStatus(202);
        script.withToken(token, "POST", "/mcp", Map.of("jsonrpc", "2.0", "id", 1, "method", "ping"),
                "MCP-Protocol-Version", "1999-01-01").assertStatus(400);
        JsonNode unknown = script.withToken(token, "POST", "/mcp", Map.of("jsonrpc", "2.0", "id", 2,
                "method", "tools/call", "params", Map.of("name", "rm_rf", "arguments", Map.of()))).assertStatus(200)
                .json();
        assertThat(unknown.get("error").get("code").asInt()).isEqualTo(-32602);
        JsonNode old = script.withToken(token, "POST", "/mcp", Map.of("jsonrpc", "2.0", "id", 3, "method",
                "initialize", "params", Map.of("protocolVersion", "2024-11-05"))).assertStatus(200).json();
        assertThat(old.get("result").get("protocolVersion").asString()).isEqualTo("2025-11-25");
        script.withToken(token, "POST", "/mcp", Map.of("jsonrpc", "2.0", "id", 4, "method", "ping"),
                "Origin", "https://evil.example").assertStatus(403);
        f.session().postJsonWithoutCsrf("/mcp", Map.of("jsonrpc", "2.0", "id", 5, "method", "ping"))
                .assertStatus(401);
    }
}
