package org.kubedeck.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.PodBuilder;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kubedeck.adapters.k8s.testing.KubeRig;
import org.kubedeck.adapters.k8s.testing.RigNamespace;
import tools.jackson.databind.JsonNode;

/**
 * Search across clusters on the rig: the same API server registered under a second name, and a cluster whose port
 * is closed; what a reader of one cluster finds, and what an admin finds everywhere.
 */
@WebTest
class UnifiedWebTest extends YamlClusterWebTest {

    /** The rig registered a second time, under another name: the same objects, as a second cluster. */
    private String twin() {
        String twin = "twin-" + c;
        admin.postJson("/api/admin/clusters", Map.of("name", twin, "kubeconfig_content",
                cluster.rig().rig().kubeconfig())).assertStatus(201);
        return twin;
    }

    @AfterEach
    void forgetTwin() {
        admin.delete("/api/admin/clusters/twin-" + c);
    }

    private static List<String> found(JsonNode answer) {
        return answer.get("results").valueStream().map(result -> result.get("cluster").asString() + " "
                + result.get("resource").asString() + " " + result.get("namespace").asString() + "/"
                + result.get("name").asString()).toList();
    }

    @Test
    void everyReadableClusterIsSearchedAndOneThatCannotAnswerIsReportedNotWaitedFor() {
        String twin = twin();
        String down = f.cluster("down");
        long started = System.nanoTime();
        JsonNode everywhere = admin.get("/api/k8s/unified/resources?resource=deployments.apps&name=WE&namespace="
                + ns).assertStatus(200).json();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
        assertThat(found(everywhere)).contains(c + " deployments.apps " + ns + "/web",
                twin + " deployments.apps " + ns + "/web");
        assertThat(everywhere.get("unavailable").valueStream().map(u -> u.get("cluster").asString()))
                .contains(down);
        JsonNode first = everywhere.get("results").get(0);
        assertThat(first.get("labels").get("app").asString()).isEqualTo("web");
        assertThat(first.get("age").asString()).matches("\\d+[smhd]");

        JsonNode reader = team.reader().get("/api/k8s/unified/resources?resource=pods&selector=app%3Dweb"
                + "&namespace=" + ns).assertStatus(200).json();
        assertThat(found(reader)).hasSize(2).allMatch(result -> result.startsWith(c + " pods " + ns + "/web-"));
        assertThat(reader.get("unavailable").size()).as("clusters it may not see are not searched").isZero();
        JsonNode asked = team.reader().get("/api/k8s/unified/resources?resource=pods&clusters=" + twin + "," + c)
                .assertStatus(200).json();
        assertThat(asked.get("unavailable").get(0).get("cluster").asString()).isEqualTo(twin);
        assertThat(asked.get("unavailable").get(0).get("message").asString()).contains("does not exist");

        assertThat(team.reader().get("/api/k8s/unified/resources?resource=").assertStatus(400).json()
                .get("field").asString()).isEqualTo("resource");
        assertThat(team.reader().get("/api/k8s/unified/resources?resource=pods&selector=%3D%3D").assertStatus(400)
                .json().get("field").asString()).isEqualTo("selector");
        assertThat(found(team.reader().get("/api/k8s/unified/resources?resource=gadgets.example.com").json()))
                .isEmpty();

        String page = admin.get("/search?q=web&resource=deployments.apps&namespace=" + ns).assertStatus(200)
                .body();
        assertThat(page).contains("id=\"found-" + c + "\"", "id=\"found-" + twin + "\"", "id=\"search-unavailable\"",
                "/resources/" + c + "/deployments.apps/web?namespace=" + ns);
        assertThat(admin.get("/clusters").body()).contains("class=\"search-box\"");
    }

    /**
     * The pod console's page starts the namespace's watches; from then on the search answers from them, so a pod
     * made after a search shows in the next one, well before the lists the search keeps for 15 s are read again.
     */
    @Test
    void aNamespaceThePodConsoleWatchesIsSearchedFromItsWatches() {
        String late = "/api/k8s/unified/resources?resource=pods&name=late&namespace=" + ns + "&clusters=" + c;
        admin.get("/k8s/" + c + "/" + ns).assertStatus(200);
        assertThat(found(admin.get(late).assertStatus(200).json())).isEmpty();

        cluster.objects().pods().inNamespace(ns).resource(new PodBuilder().withNewMetadata().withName("late-pod")
                .addToLabels("app", "late").endMetadata().withNewSpec().addNewContainer().withName("main")
                .withImage("busybox").endContainer().endSpec().build()).create();

        RigNamespace.await(Duration.ofSeconds(5), () -> !found(admin.get(late).json()).isEmpty());
        assertThat(found(admin.get(late + "&selector=app%3Dlate").assertStatus(200).json()))
                .containsExactly(c + " pods " + ns + "/late-pod");
        assertThat(found(admin.get(late + "&selector=app%3Dother").json())).isEmpty();
    }

    /**
     * The rig is one API server: a cluster registered twice is the same object twice, so it compares identical here;
     * what differs and what is missing are the domain's FleetComparisonTest.
     */
    @Test
    void theSameObjectInTwoClustersComparesIdenticalAndACoveredNamespaceAlike() {
        String twin = twin();
        String down = f.cluster("down");
        JsonNode same = admin.get("/api/k8s/unified/compare?resource=deployments.apps&namespace=" + ns
                + "&name=web&clusters=" + c + "," + twin).assertStatus(200).json();
        assertThat(same.get("identical").asBoolean()).isTrue();
        assertThat(same.get("diff").asString()).isEmpty();
        assertThat(same.get("missing_in").size()).isZero();

        JsonNode withDown = admin.get("/api/k8s/unified/compare?resource=deployments.apps&namespace=" + ns
                + "&name=web&clusters=" + c + "," + down).assertStatus(200).json();
        assertThat(withDown.get("identical").asBoolean()).isFalse();
        assertThat(withDown.get("unavailable").get(0).get("cluster").asString()).isEqualTo(down);
        JsonNode missing = admin.get("/api/k8s/unified/compare?resource=deployments.apps&namespace=" + ns
                + "&name=nowhere&clusters=" + c + "," + twin).assertStatus(200).json();
        assertThat(missing.get("missing_in").size()).isEqualTo(2);

        JsonNode namespaces = admin.get("/api/k8s/unified/compare/namespace?namespace=" + ns + "&clusters=" + c
                + "," + twin).assertStatus(200).json();
        assertThat(namespaces.get("alike").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(namespaces.get("different").size()).isZero();
        assertThat(namespaces.get("only_in").get(c).size()).isZero();

        team.reader().get("/api/k8s/unified/compare/namespace?namespace=" + ns + "&clusters=" + c + "," + twin)
                .assertStatus(404);
        assertThat(admin.get("/api/k8s/unified/compare?resource=deployments.apps&namespace=" + ns
                + "&name=web&clusters=" + c).assertStatus(400).json().get("field").asString())
                .isEqualTo("clusters");
        assertThat(admin.get("/compare?resource=deployments.apps&namespace=" + ns + "&name=web&clusters=" + c
                + "," + twin).assertStatus(200).body()).contains("id=\"compare-identical\"");
        assertThat(admin.get("/compare?namespace=" + ns + "&clusters=" + c + "," + twin).body())
                .contains("id=\"namespace-comparison\"");
    }

    /**
     * Two control planes that really differ: the rig, and another of its own with its own etcd and nodes. The same
     * namespace there holds the web Deployment with an older image behind a Service that routes by the load label,
     * and a ConfigMap the rig does not have.
     */
    @Test
    void twoClustersThatDifferAreComparedSearchedAndChangedEachOnItsOwnApiServer() {
        KubeRig another = KubeRig.another();
        String far = "far-" + c;
        try (RigNamespace there = RigNamespace.open(another, ns)) {
            there.create(RigNamespace.webYaml(2).replace("image: nginx", "image: \"nginx:1.25\"") + """
                    ---
                    apiVersion: v1
                    kind: ConfigMap
                    metadata: {name: only-there}
                    data: {mode: slow}
                    """);
            admin.postJson("/api/admin/clusters", Map.of("name", far, "kubeconfig_content", another.kubeconfig()))
                    .assertStatus(201);
            RigNamespace.await(RigNamespace.SETTLE, () -> there.pods("app=web").stream()
                    .filter(pod -> "Running".equals(pod.getStatus().getPhase())).count() == 2);
            String both = "&clusters=" + c + "," + far;

            JsonNode web = admin.get("/api/k8s/unified/compare?resource=deployments.apps&namespace=" + ns
                    + "&name=web" + both).assertStatus(200).json();
            assertThat(web.get("identical").asBoolean()).isFalse();
            assertThat(web.get("missing_in").size()).isZero();
            assertThat(web.get("diff").asString()).startsWith("--- " + c + "\n+++ " + far + "\n")
                    .containsPattern("(?m)^-.*image: nginx:1\\.27$")
                    .containsPattern("(?m)^\\+.*image: nginx:1\\.25$");
            assertThat(admin.get("/api/k8s/unified/compare?resource=configmaps&namespace=" + ns + "&name=only-there"
                    + both).json().get("missing_in").valueStream().map(JsonNode::asString)).containsExactly(c);

            JsonNode namespaces = admin.get("/api/k8s/unified/compare/namespace?namespace=" + ns + both)
                    .assertStatus(200).json();
            assertThat(namespaces.get("only_in").get(far).valueStream().map(JsonNode::asString))
                    .contains("configmaps/only-there");
            assertThat(namespaces.get("only_in").get(c).valueStream().map(JsonNode::asString))
                    .contains("configmaps/settings", "secrets/tokens");
            assertThat(namespaces.get("different").valueStream().map(JsonNode::asString))
                    .contains("deployments.apps/web", "services/web");

            List<String> podsHere = cluster.objects().pods().inNamespace(ns).withLabel("app", "web").list()
                    .getItems().stream().map(pod -> pod.getMetadata().getName()).toList();
            List<String> podsThere = there.pods("app=web").stream().map(pod -> pod.getMetadata().getName())
                    .toList();
            assertThat(found(admin.get("/api/k8s/unified/resources?resource=pods&selector=app%3Dweb&namespace=" + ns
                    + both).assertStatus(200).json())).containsExactlyInAnyOrderElementsOf(Stream.concat(
                            podsHere.stream().map(pod -> c + " pods " + ns + "/" + pod),
                            podsThere.stream().map(pod -> far + " pods " + ns + "/" + pod)).toList());

            JsonNode preview = admin.postJson("/api/k8s/unified/batch", Map.of("action", "kick", "clusters",
                    List.of(c, far), "namespace", ns, "selector", "app=web", "dry_run", true)).assertStatus(200)
                    .json();
            assertThat(preview.get("warnings").valueStream().map(warning -> warning.get("cluster").asString() + ": "
                    + warning.get("message").asString())).containsExactly(
                            c + ": No Service in front of these pods selects by the label 'load', so the kick changes "
                                    + "no traffic.",
                            far + ": Service 'web' would be left without a ready pod to send traffic to.");
            assertThat(podsThere).allSatisfy(pod -> assertThat(there.objects().pods().inNamespace(ns).withName(pod)
                    .get().getMetadata().getLabels()).as("a preview changes nothing").containsEntry("load", "online"));

            JsonNode kicked = admin.postJson("/api/k8s/unified/batch", Map.of("action", "kick", "clusters",
                    List.of(c, far), "namespace", ns, "selector", "app=web", "dry_run", false)).assertStatus(200)
                    .json();
            assertThat(kicked.get("warnings").size()).as("the request confirms the kick").isZero();
            assertThat(kicked.get("failures").size()).isZero();
            assertThat(kicked.get("changes").valueStream().map(change -> change.get("cluster").asString() + " "
                    + change.get("name").asString())).hasSize(4);
            assertThat(podsHere).allSatisfy(pod -> assertThat(loadOf(pod)).isEqualTo("done"));
            assertThat(podsThere).allSatisfy(pod -> assertThat(there.objects().pods().inNamespace(ns).withName(pod)
                    .get().getMetadata().getLabels()).containsEntry("load", "done"));
        } finally {
            admin.delete("/api/admin/clusters/" + far);
        }
    }

    private String loadOf(String pod) {
        Map<String, String> labels = cluster.objects().pods().inNamespace(ns).withName(pod).get().getMetadata()
                .getLabels();
        return labels.getOrDefault("load", "");
    }

    @Test
    void aBatchIsPreviewedThenAppliedWhereTheUserMayChangeAndRefusedElsewhere() {
        String twin = twin();
        List<String> pods = cluster.objects().pods().inNamespace(ns).withLabel("app", "web").list().getItems()
                .stream().map(pod -> pod.getMetadata().getName()).toList();
        Map<String, Object> kick = Map.of("action", "kick", "clusters", List.of(c, twin), "namespace", ns,
                "selector", "app=web", "dry_run", true);

        JsonNode preview = team.writer().postJson("/api/k8s/unified/batch", kick).assertStatus(200).json();
        assertThat(preview.get("dry_run").asBoolean()).isTrue();
        assertThat(preview.get("changes").valueStream().map(change -> change.get("cluster").asString() + " "
                + change.get("name").asString() + " " + change.get("change").asString()))
                .containsExactlyInAnyOrder(pods.stream().map(pod -> c + " " + pod + " load (none) → done")
                        .toArray(String[]::new));
        assertThat(preview.get("refused").get(0).get("cluster").asString()).isEqualTo(twin);
        assertThat(pods).allSatisfy(pod -> assertThat(loadOf(pod)).as("a preview changes nothing").isEmpty());

        JsonNode refused = team.reader().postJson("/api/k8s/unified/batch", Map.of("action", "kick", "clusters",
                List.of(c), "namespace", ns, "selector", "app=web", "dry_run", false)).assertStatus(200).json();
        assertThat(refused.get("refused").get(0).get("reason").asString()).contains("only read");
        assertThat(refused.get("changes").size()).isZero();
        assertThat(pods).allSatisfy(pod -> assertThat(loadOf(pod)).isEmpty());

        JsonNode applied = team.writer().postJson("/api/k8s/unified/batch", Map.of("action", "kick", "clusters",
                List.of(c), "namespace", ns, "selector", "app=web", "dry_run", false)).assertStatus(200).json();
        assertThat(applied.get("changes").size()).isEqualTo(2);
        assertThat(pods).allSatisfy(pod -> assertThat(loadOf(pod)).isEqualTo("done"));
        assertThat(f.auditCount("pod_kicked", team.writerName())).isEqualTo(2);

        JsonNode scale = admin.postJson("/api/k8s/unified/batch", Map.of("action", "scale", "clusters",
                List.of(c, twin), "resource", "deployment", "namespace", ns, "selector", "app=web",
                "replicas", 3, "dry_run", true)).assertStatus(200).json();
        assertThat(scale.get("changes").valueStream().map(change -> change.get("cluster").asString() + " "
                + change.get("change").asString())).containsExactly(c + " replicas 2 → 3", twin
                        + " replicas 2 → 3");
        admin.postJson("/api/k8s/unified/batch", Map.of("action", "scale", "clusters", List.of(c), "resource",
                "deployment", "namespace", ns, "selector", "app=web", "replicas", 3, "dry_run", false))
                .assertStatus(200);
        assertThat(cluster.objects().apps().deployments().inNamespace(ns).withName("web").get().getSpec()
                .getReplicas()).isEqualTo(3);

        JsonNode label = admin.postJson("/api/k8s/unified/batch", Map.of("action", "label", "clusters",
                List.of(c), "resource", "configmaps", "namespace", ns, "selector", "!team",
                "labels", Map.of("team", "shop"), "dry_run", true)).assertStatus(200).json();
        assertThat(label.get("changes").toString()).contains("settings", "+team=shop");
        assertThat(admin.postJson("/api/k8s/unified/batch", Map.of("action", "drop", "clusters", List.of(c),
                "namespace", ns, "selector", "a=b")).assertStatus(400).json().get("field").asString())
                .isEqualTo("action");
        assertThat(admin.postJson("/api/k8s/unified/batch", Map.of("action", "kick", "clusters", List.of(c),
                "namespace", ns, "selector", "")).assertStatus(400).json().get("field").asString())
                .isEqualTo("selector");

        String page = team.writer().postForm("/batch", Map.of("action", "restore", "clusters", c, "namespace",
                ns, "selector", "app=web", "preview", "true")).assertStatus(200).body();
        assertThat(page).contains("id=\"batch-changes\"", "load done → online");
        assertThat(pods).allSatisfy(pod -> assertThat(loadOf(pod)).isEqualTo("done"));
    }
}
