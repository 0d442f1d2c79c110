package org.kubedeck.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kubedeck.bootstrap.web.WebTestSupport.Fixtures;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.user.AccessLevel;
import org.kubedeck.domain.user.Permissions;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

@WebTest
class PodConsoleWebTest {

    @Autowired
    Fixtures f;

    private final ShopCluster shop = new ShopCluster();
    private String cluster;
    private WebSession reader;
    private WebSession writer;
    private String writerName;

    @BeforeEach
    void registerShop() {
        cluster = "shop" + UUID.randomUUID().toString().substring(0, 6);
        WebSession admin = f.signedIn(f.user("root", Permissions.ADMINISTRATOR));
        admin.postJson("/api/admin/clusters", Map.of("name", cluster, "kubeconfig_content", shop.kubeconfig()))
                .assertStatus(201);
        ClusterName name = ClusterName.of(cluster);
        reader = f.signedIn(f.user("reader", Permissions.perCluster(Map.of(name, AccessLevel.READ))));
        writerName = f.user("writer", Permissions.perCluster(Map.of(name, AccessLevel.WRITE)));
        writer = f.signedIn(writerName);
    }

    @AfterEach
    void stop() {
        shop.close();
    }

    private String api(String path) {
        return "/api/" + cluster + path;
    }

    @Test
    void readerBrowsesDownToPodsWithTheNodesInternalIp() {
        assertThat(reader.get(api("/namespaces")).assertStatus(200).json().valueStream().map(JsonNode::asString))
                .contains("shop");
        JsonNode types = reader.get(api("/shop/workload-types")).assertStatus(200).json();
        assertThat(types.get(0).get("type").asString()).isEqualTo("deployment");
        assertThat(types.get(0).get("count").asInt()).isEqualTo(1);
        JsonNode workloads = reader.get(api("/shop/workloads?type=deployment")).assertStatus(200).json();
        assertThat(workloads.get(0).get("name").asString()).isEqualTo("web");

        JsonNode pods = reader.get(api("/shop/deployment/web/pods")).assertStatus(200).json();
        assertThat(pods).hasSize(2);
        JsonNode pod = pods.get(0);
        assertThat(pod.get("name").asString()).isEqualTo("web-0");
        assertThat(pod.get("status").asString()).isEqualTo("Running");
        assertThat(pod.get("ready").asBoolean()).isTrue();
        assertThat(pod.get("restarts").asInt()).isEqualTo(1);
        assertThat(pod.get("node_ip").asString()).isEqualTo(ShopCluster.NODE_IP);
        assertThat(pod.get("pod_ip").asString()).isEqualTo("10.244.1.10");
        assertThat(pod.get("load").asString()).isEqualTo("online");
        // The fake stamps its own creation time; the age counts from it on the console's clock.
        Instant created = Instant.parse(pod.get("created_at").asString());
        f.clock().advance(Duration.ofSeconds(90));
        JsonNode later = reader.get(api("/shop/deployment/web/pods")).json().get(0);
        assertThat(later.get("age_seconds").asLong())
                .isEqualTo(Duration.between(created, f.clock().instant()).getSeconds());
    }

    @Test
    void readerCannotKickAndIsAudited() {
        var refused = reader.postJson(api("/shop/pods/web-1/remove-load"), Map.of()).assertStatus(403).json();
        assertThat(refused.get("error").asString()).isEqualTo("forbidden");
        assertThat(shop.loadOf("web-1")).isEqualTo("online");
        assertThat(f.jdbc().sql("select count(*) from audit_log where action = 'denied' and cluster = ?")
                .param(cluster).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void writerKicksAndRestoresAndTheClusterSeesTheLabel() {
        var kicked = writer.postJson(api("/shop/pods/web-1/remove-load"), Map.of()).assertStatus(200).json();
        assertThat(kicked.get("load").asString()).isEqualTo("done");
        assertThat(kicked.get("node_ip").asString()).isEqualTo(ShopCluster.NODE_IP);
        assertThat(shop.loadOf("web-1")).isEqualTo("done");
        writer.postJson(api("/shop/pods/web-1/remove-load"), Map.of()).assertStatus(200);

        var restored = writer.postJson(api("/shop/pods/web-1/restore-traffic"), Map.of()).assertStatus(200).json();
        assertThat(restored.get("load").asString()).isEqualTo("online");
        assertThat(shop.loadOf("web-1")).isEqualTo("online");

        String detail = f.jdbc().sql("select detail from audit_log where action = 'pod_kicked' and cluster = ? "
                + "order by id limit 1").param(cluster).query(String.class).single();
        assertThat(detail).contains("\"namespace\":\"shop\"", "\"pod\":\"web-1\"", "\"old\":\"online\"",
                "\"new\":\"done\"");

        var versions = writer.get("/api/k8s/yaml/versions?cluster=" + cluster + "&namespace=shop&kind=pod&name=web-1")
                .assertStatus(200).json().get("items");
        assertThat(versions.valueStream().map(v -> v.get("author").asString() + ":" + v.get("note").asString()))
                .containsExactly(writerName + ":restore", writerName + ":kick", "first-seen:history started");
        String kick = writer.get("/api/k8s/yaml/versions/" + versions.get(1).get("id").asString()).json()
                .get("diff").asString();
        assertThat(kick).contains("-    load: online", "+    load: done");
    }

    @Test
    void kickingTheLastReadyPodNeedsConfirmation() {
        writer.postJson(api("/shop/pods/web-0/remove-load"), Map.of()).assertStatus(200);
        var warning = writer.postJson(api("/shop/pods/web-1/remove-load"), Map.of()).assertStatus(409).json();
        assertThat(warning.get("error").asString()).isEqualTo("confirmation_required");
        assertThat(warning.at("/warnings/0/kind").asString()).isEqualTo("service_left_without_ready_pods");
        assertThat(warning.at("/warnings/0/service").asString()).isEqualTo("web");
        assertThat(shop.loadOf("web-1")).isEqualTo("online");

        writer.postJson(api("/shop/pods/web-1/remove-load?confirm=true"), Map.of()).assertStatus(200);
        assertThat(shop.loadOf("web-1")).isEqualTo("done");
    }

    @Test
    void unknownClusterNamespaceWorkloadAndPodAre404() {
        writer.get("/api/nosuchcluster/namespaces").assertStatus(404);
        writer.get(api("/nosuchns/workload-types")).assertStatus(404);
        writer.get(api("/shop/deployment/nosuch/pods")).assertStatus(404);
        writer.postJson(api("/shop/pods/ghost/remove-load"), Map.of()).assertStatus(404);
        writer.get(api("/shop/workloads?type=cronjob")).assertStatus(400);
    }

    @Test
    void theWorkloadPageShowsPodsAndKicksThroughHtmx() {
        String page = writer.get("/k8s/" + cluster + "/shop/deployment/web").assertStatus(200).body();
        assertThat(page).contains("web-0", "web-1", ShopCluster.NODE_IP, "10.244.1.11", "hx-trigger=\"every 2s");

        WebSession.Response result = writer.postForm("/k8s/" + cluster + "/shop/load", Map.of("pods", "web-1",
                "action", "kick", "type", "deployment", "workload", "web"), "HX-Request", "true");
        assertThat(result.status()).isEqualTo(200);
        assertThat(result.header("HX-Trigger")).contains("pods-changed");
        assertThat(result.body()).contains("Kicked 1 pod(s)");
        assertThat(shop.loadOf("web-1")).isEqualTo("done");

        String table = writer.get("/k8s/" + cluster + "/shop/deployment/web", "HX-Request", "true",
                "X-Kubedeck-Background", "true").assertStatus(200).body();
        assertThat(table).startsWith("<div").contains("load-done");
    }

    @Test
    void theLastPodKickAsksForConfirmationInThePage() {
        writer.postForm("/k8s/" + cluster + "/shop/load", Map.of("pods", "web-0", "action", "kick", "type",
                "deployment", "workload", "web"), "HX-Request", "true").assertStatus(200);
        String warning = writer.postForm("/k8s/" + cluster + "/shop/load", Map.of("pods", "web-1", "action",
                "kick", "type", "deployment", "workload", "web"), "HX-Request", "true").assertStatus(200).body();
        assertThat(warning).contains("confirm-kick", "would be left without a ready pod");
        assertThat(shop.loadOf("web-1")).isEqualTo("online");
    }

    @Test
    void aKickCanPlanAnAutomaticRestoreThatThePageShows() {
        writer.postJson(api("/shop/pods/web-1/remove-load?restore_after_minutes=15"), Map.of()).assertStatus(200);
        assertThat(f.jdbc().sql("select requested_by from planned_restores where cluster = ? and pod = 'web-1'")
                .param(cluster).query(String.class).single()).startsWith("writer");
        assertThat(writer.get("/k8s/" + cluster + "/shop/deployment/web").body()).contains("back at");
        writer.postJson(api("/shop/pods/web-1/restore-traffic"), Map.of()).assertStatus(200);
        assertThat(f.jdbc().sql("select count(*) from planned_restores where cluster = ?").param(cluster)
                .query(Long.class).single()).isZero();
        writer.postJson(api("/shop/pods/web-1/remove-load?restore_after_minutes=5000"), Map.of()).assertStatus(400);
    }

    @Test
    void readerSeesNoKickButtons() {
        String page = reader.get("/k8s/" + cluster + "/shop/deployment/web").assertStatus(200).body();
        assertThat(page).contains("web-0").doesNotContain("class=\"link danger kick\"");
    }
}
