package org.kubedeck.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kubedeck.bootstrap.web.WebTestSupport.Fixtures;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.user.AccessLevel;
import org.kubedeck.domain.user.Permissions;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Browsing down to pods and kicking them over HTTP against the shared Kubernetes rig: a shop of its own in a
 * namespace of its own, the labels read back from the API server and the Service's Endpoints followed.
 */
@WebTest
class PodConsoleWebTest {

    @Autowired
    Fixtures f;

    private ShopCluster shop;
    private String cluster;
    private String ns;
    private String first;
    private String second;
    private WebSession reader;
    private WebSession writer;
    private String writerName;

    @BeforeEach
    void registerShop() {
        shop = new ShopCluster();
        ns = shop.namespace();
        first = shop.pods().get(0);
        second = shop.pods().get(1);
        cluster = shop.register(f.signedIn(f.user("root", Permissions.ADMINISTRATOR)));
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
        return "/api/" + cluster + "/" + ns + path;
    }

    @Test
    void readerBrowsesDownToPodsWithTheNodesInternalIp() {
        assertThat(reader.get("/api/" + cluster + "/namespaces").assertStatus(200).json().valueStream()
                .map(JsonNode::asString)).contains(ns, "default");
        JsonNode types = reader.get(api("/workload-types")).assertStatus(200).json();
        assertThat(types.get(0).get("type").asString()).isEqualTo("deployment");
        assertThat(types.get(0).get("count").asInt()).isEqualTo(1);
        JsonNode workloads = reader.get(api("/workloads?type=deployment")).assertStatus(200).json();
        assertThat(workloads.get(0).get("name").asString()).isEqualTo("web");

        JsonNode pods = reader.get(api("/deployment/web/pods")).assertStatus(200).json();
        assertThat(pods.valueStream().map(pod -> pod.get("name").asString())).containsExactly(first, second);
        JsonNode pod = pods.get(0);
        assertThat(pod.get("status").asString()).isEqualTo("Running");
        assertThat(pod.get("ready").asBoolean()).isTrue();
        assertThat(pod.get("restarts").asInt()).isZero();
        assertThat(pod.get("node_ip").asString()).isEqualTo(shop.nodeIp(first)).startsWith("127.0.1.");
        assertThat(pod.get("pod_ip").asString()).isEqualTo(shop.podIp(first));
        assertThat(pod.get("load").asString()).isEqualTo("online");
        // The API server stamps the creation time; the age counts from it on the console's clock.
        Instant created = Instant.parse(pod.get("created_at").asString());
        assertThat(created).isEqualTo(Instant.parse(shop.pod(first).getMetadata().getCreationTimestamp()));
        f.clock().advance(Duration.ofSeconds(90));
        JsonNode later = reader.get(api("/deployment/web/pods")).json().get(0);
        assertThat(later.get("age_seconds").asLong())
                .isEqualTo(Duration.between(created, f.clock().instant()).getSeconds());
    }

    @Test
    void readerCannotKickAndIsAudited() {
        var refused = reader.postJson(api("/pods/" + second + "/remove-load"), Map.of()).assertStatus(403).json();
        assertThat(refused.get("error").asString()).isEqualTo("forbidden");
        assertThat(shop.loadOf(second)).isEqualTo("online");
        assertThat(f.jdbc().sql("select count(*) from audit_log where action = 'denied' and cluster = ?")
                .param(cluster).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void writerKicksAndRestoresAndTheClusterSeesTheLabel() {
        var kicked = writer.postJson(api("/pods/" + second + "/remove-load"), Map.of()).assertStatus(200).json();
        assertThat(kicked.get("load").asString()).isEqualTo("done");
        assertThat(kicked.get("node_ip").asString()).isEqualTo(shop.nodeIp(second));
        assertThat(shop.loadOf(second)).isEqualTo("done");
        // The Service selects load=online: the endpoints controller takes the kicked pod out of it.
        shop.awaitEndpoints(Set.of(shop.podIp(first)));
        writer.postJson(api("/pods/" + second + "/remove-load"), Map.of()).assertStatus(200);

        var restored = writer.postJson(api("/pods/" + second + "/restore-traffic"), Map.of()).assertStatus(200)
                .json();
        assertThat(restored.get("load").asString()).isEqualTo("online");
        assertThat(shop.loadOf(second)).isEqualTo("online");
        shop.awaitEndpoints(Set.of(shop.podIp(first), shop.podIp(second)));

        String detail = f.jdbc().sql("select detail from audit_log where action = 'pod_kicked' and cluster = ? "
                + "order by id limit 1").param(cluster).query(String.class).single();
        assertThat(detail).contains("\"namespace\":\"" + ns + "\"", "\"pod\":\"" + second + "\"",
                "\"old\":\"online\"", "\"new\":\"done\"");

        var versions = writer.get("/api/k8s/yaml/versions?cluster=" + cluster + "&namespace=" + ns + "&kind=pod&name="
                + second)
                .assertStatus(200).json().get("items");
        assertThat(versions.valueStream().map(v -> v.get("author").asString() + ":" + v.get("note").asString()))
                .containsExactly(writerName + ":restore", writerName + ":kick", "first-seen:history started");
        String kick = writer.get("/api/k8s/yaml/versions/" + versions.get(1).get("id").asString()).json()
                .get("diff").asString();
        assertThat(kick).contains("-    load: online", "+    load: done");
    }

    @Test
    void kickingTheLastReadyPodNeedsConfirmation() {
        writer.postJson(api("/pods/" + first + "/remove-load"), Map.of()).assertStatus(200);
        var warning = writer.postJson(api("/pods/" + second + "/remove-load"), Map.of()).assertStatus(409).json();
        assertThat(warning.get("error").asString()).isEqualTo("confirmation_required");
        assertThat(warning.at("/warnings/0/kind").asString()).isEqualTo("service_left_without_ready_pods");
        assertThat(warning.at("/warnings/0/service").asString()).isEqualTo("web");
        assertThat(shop.loadOf(second)).isEqualTo("online");

        writer.postJson(api("/pods/" + second + "/remove-load?confirm=true"), Map.of()).assertStatus(200);
        assertThat(shop.loadOf(second)).isEqualTo("done");
        shop.awaitEndpoints(Set.of());
    }

    @Test
    void unknownClusterNamespaceWorkloadAndPodAre404() {
        writer.get("/api/nosuchcluster/namespaces").assertStatus(404);
        writer.get("/api/" + cluster + "/nosuchns/workload-types").assertStatus(404);
        writer.get(api("/deployment/nosuch/pods")).assertStatus(404);
        writer.postJson(api("/pods/ghost/remove-load"), Map.of()).assertStatus(404);
        writer.get(api("/workloads?type=cronjob")).assertStatus(400);
    }

    @Test
    void theWorkloadPageShowsPodsAndKicksThroughHtmx() {
        String page = writer.get(page()).assertStatus(200).body();
        assertThat(page).contains(first, second, shop.nodeIp(second), shop.podIp(second), "hx-trigger=\"every 2s");

        WebSession.Response result = writer.postForm("/k8s/" + cluster + "/" + ns + "/load", Map.of("pods", second,
                "action", "kick", "type", "deployment", "workload", "web"), "HX-Request", "true");
        assertThat(result.status()).isEqualTo(200);
        assertThat(result.header("HX-Trigger")).as("a change carried out clears the selection")
                .contains("pods-changed, load-applied");
        assertThat(result.body()).contains("Kicked 1 pod(s)");
        assertThat(shop.loadOf(second)).isEqualTo("done");
        shop.awaitEndpoints(Set.of(shop.podIp(first)));

        String table = writer.get(page(), "HX-Request", "true",
                "X-Kubedeck-Background", "true").assertStatus(200).body();
        assertThat(table).startsWith("<div").contains("load-done");
    }

    @Test
    void theLastPodKickAsksForConfirmationInThePage() {
        writer.postForm("/k8s/" + cluster + "/" + ns + "/load", Map.of("pods", first, "action", "kick", "type",
                "deployment", "workload", "web"), "HX-Request", "true").assertStatus(200);
        String warning = writer.postForm("/k8s/" + cluster + "/" + ns + "/load", Map.of("pods", second, "action",
                "kick", "type", "deployment", "workload", "web"), "HX-Request", "true").assertStatus(200).body();
        assertThat(warning).contains("confirm-kick", "would be left without a ready pod");
        assertThat(shop.loadOf(second)).isEqualTo("online");
    }

    @Test
    void aKickThatAsksForConfirmationKeepsTheSelection() {
        writer.postForm("/k8s/" + cluster + "/" + ns + "/load", Map.of("pods", first, "action", "kick", "type",
                "deployment", "workload", "web"), "HX-Request", "true").assertStatus(200);
        WebSession.Response warning = writer.postForm("/k8s/" + cluster + "/" + ns + "/load", Map.of("pods", second,
                "action", "kick", "type", "deployment", "workload", "web"), "HX-Request", "true").assertStatus(200);
        assertThat(warning.header("HX-Trigger")).as("no load-applied: the selection stays").contains("pods-changed");
    }

    @Test
    void everyPodHasAPageWithItsWorkloadNodeContainersAndEvents() {
        String table = reader.get(page()).assertStatus(200).body();
        String link = "/k8s/" + cluster + "/" + ns + "/pods/" + first;
        assertThat(table).contains("href=\"" + link + "\"", shop.pod(first).getSpec().getNodeName(),
                "id=\"serving-count\"", "2 serving");

        String page = reader.get(link).assertStatus(200).body();
        assertThat(page).contains(first, shop.pod(first).getSpec().getNodeName(), shop.podIp(first),
                "id=\"containers\"", shop.pod(first).getSpec().getContainers().get(0).getImage(),
                "href=\"/k8s/" + cluster + "/" + ns + "/deployment/web\"", "id=\"conditions\"", "PodScheduled",
                "/versions/" + cluster + "/" + ns + "/pod/" + first);

        writer.postJson(api("/pods/" + second + "/remove-load"), Map.of()).assertStatus(200);
        String after = reader.get(page()).body();
        assertThat(after).contains("1 serving");
        assertThat(after.split("id=\"workload-counts\"", -1)).as("the counts once, in the header").hasSize(2);
        assertThat(reader.get(page(), "HX-Request", "true", "X-Kubedeck-Background", "true").body())
                .as("a poll of the table brings the header's counts along")
                .contains("id=\"workload-counts\" hx-swap-oob=\"true\"", "1 serving");
    }

    @Test
    void theClustersPageCountsEachNamespacesReadyPodsAndFiltersByName() {
        String page = reader.get("/k8s/" + cluster).assertStatus(200).body();
        assertThat(page).contains("id=\"namespace-" + ns + "\"", "href=\"/k8s/" + cluster + "/" + ns + "\"",
                "id=\"everywhere-link\"");
        assertThat(row(page, "namespace-" + ns)).contains(">2/2<");

        String filtered = reader.get("/k8s/" + cluster + "?q=" + ns).assertStatus(200).body();
        assertThat(filtered).contains("id=\"namespace-" + ns + "\"").doesNotContain("id=\"namespace-default\"");

        String everywhere = reader.get("/k8s/" + cluster + "/-?type=deployment").assertStatus(200).body();
        assertThat(everywhere).contains("href=\"/k8s/" + cluster + "/" + ns + "/deployment/web\"");
    }

    /** The table row of the given id, as the page renders it. */
    private static String row(String page, String id) {
        int start = page.indexOf("id=\"" + id + "\"");
        return page.substring(start, page.indexOf("</tr>", start));
    }

    @Test
    void aPodPageIsRefusedToStrangersAndAMissingPodIs404() {
        WebSession stranger = f.signedIn(f.user("stranger", Permissions.NONE));
        stranger.get("/k8s/" + cluster + "/" + ns + "/pods/" + first).assertStatus(404);
        String missing = reader.get("/k8s/" + cluster + "/" + ns + "/pods/ghost").assertStatus(404).body();
        assertThat(missing).contains(ns + "/ghost");
    }

    @Test
    void aKickCanPlanAnAutomaticRestoreThatThePageShows() {
        writer.postJson(api("/pods/" + second + "/remove-load?restore_after_minutes=15"), Map.of())
                .assertStatus(200);
        assertThat(f.jdbc().sql("select requested_by from planned_restores where cluster = ? and pod = ?")
                .params(cluster, second).query(String.class).single()).startsWith("writer");
        assertThat(writer.get(page()).body()).contains("back at");
        writer.postJson(api("/pods/" + second + "/restore-traffic"), Map.of()).assertStatus(200);
        assertThat(shop.loadOf(second)).isEqualTo("online");
        assertThat(f.jdbc().sql("select count(*) from planned_restores where cluster = ?").param(cluster)
                .query(Long.class).single()).isZero();
        writer.postJson(api("/pods/" + second + "/remove-load?restore_after_minutes=5000"), Map.of())
                .assertStatus(400);
        assertThat(shop.loadOf(second)).isEqualTo("online");
    }

    @Test
    void readerSeesNoKickButtons() {
        String page = reader.get(page()).assertStatus(200).body();
        assertThat(page).contains(first).doesNotContain("class=\"link danger kick\"");
        assertThat(page).as("a badge says why the actions are missing, and no link leads to an edit")
                .contains("id=\"read-only\"", "changing it needs write access").doesNotContain("Change in the YAML");
        assertThat(writer.get(page()).body()).doesNotContain("id=\"read-only\"").contains("Change in the YAML");
    }

    private String page() {
        return "/k8s/" + cluster + "/" + ns + "/deployment/web";
    }
}
