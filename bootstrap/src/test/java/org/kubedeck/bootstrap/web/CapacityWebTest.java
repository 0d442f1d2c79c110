package org.kubedeck.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Capacity and cost on the rig: requests and limits against the nodes, the rig's lack of a metrics API said as such,
 * prices and budgets set by the cluster's admins only, and a namespace over its budget found by the scan.
 */
@WebTest
class CapacityWebTest extends YamlClusterWebTest {

    private static final String SIZED = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: sized}
            spec:
              replicas: 2
              selector: {matchLabels: {app: sized}}
              template:
                metadata: {labels: {app: sized}}
                spec:
                  containers:
                  - name: main
                    image: nginx:1.27
                    resources: {requests: {cpu: 500m, memory: 1Gi}, limits: {cpu: "1", memory: 2Gi}}
            """;

    private JsonNode analyze() {
        return team.reader().postJson("/api/k8s/mcp/performance/analyze", Map.of("cluster", c, "namespace", ns))
                .assertStatus(200).json();
    }

    private static JsonNode find(JsonNode list, String field, String value) {
        return list.valueStream().filter(item -> item.get(field).asString().equals(value)).findFirst().orElseThrow();
    }

    @Test
    void theAnalysisAddsUpRequestsSaysThereAreNoMetricsAndCostsOnceThereArePrices() {
        cluster.rig().create(SIZED);
        cluster.rig().awaitRunning("app=sized", 2);

        JsonNode analysis = analyze();
        assertThat(analysis.get("metrics").get("available").asBoolean()).isFalse();
        assertThat(analysis.get("metrics").get("message").asString()).contains("metrics.k8s.io");
        assertThat(analysis.get("prices").get("set").asBoolean()).isFalse();
        JsonNode sized = find(analysis.get("workloads"), "workload", "deployment/sized");
        assertThat(sized.get("pods").asInt()).isEqualTo(2);
        assertThat(sized.get("cpu").get("requested").asString()).isEqualTo("1");
        assertThat(sized.get("memory").get("requested").asString()).isEqualTo("2Gi");
        assertThat(sized.get("monthly_cost").isNull()).isTrue();
        JsonNode namespace = find(analysis.get("namespaces"), "namespace", ns);
        assertThat(namespace.get("pods_without_requests").asInt()).as("the web pods request nothing").isEqualTo(2);
        assertThat(analysis.get("pods_without_requests").size()).isEqualTo(2);
        assertThat(analysis.get("nodes").size()).isEqualTo(2);
        assertThat(analysis.get("nodes").get(0).get("cpu").get("allocatable").asString()).isEqualTo("64");

        String prices = "/api/k8s/capacity/" + c + "/prices";
        Map<String, Object> set = Map.of("cpu_core_hour", 0.05, "memory_gib_hour", 0.01, "storage_gib_month", 0.1,
                "currency", "USD");
        team.writer().putJson(prices, set).assertStatus(403);
        assertThat(team.reader().get("/api/k8s/capacity/" + c + "/settings").json().get("prices").get("set")
                .asBoolean()).as("a writer sets no prices").isFalse();
        assertThat(admin.putJson(prices, Map.of("cpu_core_hour", -1)).assertStatus(400).json().get("field")
                .asString()).isEqualTo("cpu_core_hour");
        admin.putJson(prices, set).assertStatus(200);
        assertThat(f.auditCount("prices_set", adminName)).isOne();

        // 730 h × (1 core × 0.05 + 2 GiB × 0.01) = 51.10 a month for the two pods of sized.
        JsonNode priced = analyze();
        assertThat(find(priced.get("workloads"), "workload", "deployment/sized").get("monthly_cost").decimalValue())
                .isEqualByComparingTo("51.10");
        assertThat(find(priced.get("namespaces"), "namespace", ns).get("monthly_cost").decimalValue())
                .isEqualByComparingTo("51.10");

        JsonNode monitor = team.reader().postJson("/api/k8s/mcp/resources/monitor", Map.of("cluster", c,
                "namespace", ns)).assertStatus(200).json();
        assertThat(monitor.has("workloads")).isFalse();
        assertThat(monitor.get("nodes").size()).isEqualTo(2);
    }

    @Test
    void aNamespaceOverItsBudgetIsFoundByTheScanAndShownOnThePage() {
        cluster.rig().create(SIZED);
        cluster.rig().awaitRunning("app=sized", 2);
        admin.putJson("/api/k8s/capacity/" + c + "/prices", Map.of("cpu_core_hour", 0.05, "memory_gib_hour", 0.01,
                "currency", "USD")).assertStatus(200);
        String budget = "/api/k8s/capacity/" + c + "/budgets/" + ns;
        team.writer().putJson(budget, Map.of("monthly", 10)).assertStatus(403);
        assertThat(admin.putJson(budget, Map.of("monthly", 0)).assertStatus(400).json().get("field").asString())
                .isEqualTo("monthly");
        admin.putJson(budget, Map.of("monthly", 10)).assertStatus(200);

        JsonNode scan = team.reader().postJson("/api/k8s/mcp/cluster/scan", Map.of("cluster", c, "namespace", ns))
                .assertStatus(200).json();
        JsonNode over = scan.get("findings").valueStream().filter(finding -> finding.get("check").asString()
                .equals("budget-exceeded")).findFirst().orElseThrow();
        assertThat(over.get("name").asString()).isEqualTo(ns);
        assertThat(over.get("message").asString()).contains("51.10 USD", "10.00 USD");
        assertThat(over.get("severity").asString()).isEqualTo("high");

        String page = team.reader().get("/capacity/" + c + "?namespace=" + ns).assertStatus(200).body();
        assertThat(page).contains("id=\"capacity-nodes\"", "id=\"capacity-workloads\"", "deployment/sized",
                "metrics.k8s.io", "over-budget").doesNotContain("id=\"prices-form\"");
        assertThat(admin.get("/capacity/" + c + "?namespace=" + ns).body()).contains("id=\"prices-form\"",
                "id=\"budget-form\"", "id=\"budget-" + ns + "\"");
        assertThat(team.reader().get("/k8s/" + c + "/" + ns).body()).contains("id=\"capacity-link\"");

        team.writer().delete(budget).assertStatus(403);
        admin.delete(budget).assertStatus(204);
        admin.delete(budget).assertStatus(404);
        assertThat(team.reader().postJson("/api/k8s/mcp/cluster/scan", Map.of("cluster", c, "namespace", ns))
                .json().get("findings").toString()).doesNotContain("budget-exceeded");
    }
}
