package org.kubedeck.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kubedeck.adapters.k8s.testing.RigNamespace.SETTLE;
import static org.kubedeck.adapters.k8s.testing.RigNamespace.await;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceQuota;
import io.fabric8.kubernetes.api.model.TolerationBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kubedeck.application.quota.port.in.SampleQuotasUseCase;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.user.AccessLevel;
import org.kubedeck.domain.user.Permissions;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;


/**
 * Quotas, limit ranges, labels and taints over HTTP against the shared Kubernetes rig: quota usage as the quota
 * controller counts it, labels and taints read back from the API server, taints only on nodes of the test's own.
 */
@WebTest
class QuotaLabelNodeWebTest extends YamlClusterWebTest {

    @Autowired
    SampleQuotasUseCase sampling;

    private String adminName;
    private WebSession clusterAdmin;

    @BeforeEach
    void setUp() {
        ClusterName name = ClusterName.of(c);
        adminName = f.user("ops", Permissions.perCluster(Map.of(name, AccessLevel.ADMIN)));
        clusterAdmin = f.signedIn(adminName);
    }

    private ResourceQuota compute() {
        return cluster.objects().resourceQuotas().inNamespace(ns).withName("compute").get();
    }

    /**
     * Nine pods, three of them asking for a CPU each, made before any quota: a quota on requests refuses new pods
     * that request nothing, as web's do.
     */
    private void ninePodsThreeOfThemAskingForACpu() {
        cluster.scaleWebOutsideTheConsole(6);
        cluster.objects().apps().deployments().inNamespace(ns).resource(new DeploymentBuilder().withNewMetadata()
                .withName("api").endMetadata().withNewSpec().withReplicas(3).withNewSelector()
                .addToMatchLabels("app", "api").endSelector().withNewTemplate().withNewMetadata()
                .addToLabels("app", "api").endMetadata().withNewSpec().addNewContainer().withName("api")
                .withImage("api:1").withNewResources().addToRequests("cpu", new Quantity("1")).endResources()
                .endContainer().endSpec().endTemplate().endSpec().build()).create();
        cluster.settled(6);
        await(SETTLE, () -> cluster.objects().pods().inNamespace(ns).list().getItems().stream()
                .filter(pod -> "Running".equals(pod.getStatus().getPhase())).count() == 9);
    }

    /** Waits until the quota controller has counted compute's usage: each resource as {@code used} says. */
    private void awaitUsage(Map<String, String> used) {
        await(SETTLE, () -> {
            ResourceQuota compute = compute();
            return compute != null && compute.getStatus() != null && compute.getStatus().getUsed() != null
                    && used.equals(compute.getStatus().getUsed().entrySet().stream().collect(Collectors.toMap(
                            Map.Entry::getKey, counted -> counted.getValue().toString())));
        });
    }

    @Test
    void aQuotaIsCreatedShowsItsUsageIsChangedAndDeleted() {
        ninePodsThreeOfThemAskingForACpu();
        JsonNode created = team.writer().postJson("/api/k8s/resourcequota/create", Map.of("cluster", c, "namespace", ns,
                "name", "compute", "hard", Map.of("requests.cpu", "4", "pods", "10"))).assertStatus(201).json();
        assertThat(created.get("hard").get("requests.cpu").asString()).isEqualTo("4");
        assertThat(compute().getSpec().getHard()).containsEntry("requests.cpu", new Quantity("4"))
                .containsEntry("pods", new Quantity("10"));

        awaitUsage(Map.of("requests.cpu", "3", "pods", "9"));
        JsonNode usage = team.reader().get("/api/k8s/resourcequota/" + c + "/" + ns + "/compute/usage")
                .assertStatus(200).json();
        assertThat(usage.get("items").toString()).contains(
                "{\"resource\":\"pods\",\"used\":\"9\",\"hard\":\"10\",\"ratio\":0.9}",
                "{\"resource\":\"requests.cpu\",\"used\":\"3\",\"hard\":\"4\",\"ratio\":0.75}");
        String page = team.reader().get("/quotas/" + c + "/" + ns).assertStatus(200).body();
        assertThat(page).contains("class=\"bar\"", "width=\"90\"", "high", "width=\"75\"");

        team.writer().putJson("/api/k8s/resourcequota/" + c + "/" + ns + "/compute",
                Map.of("hard", Map.of("requests.cpu", "8"))).assertStatus(200);
        assertThat(compute().getSpec().getHard()).containsOnlyKeys("requests.cpu")
                .containsEntry("requests.cpu", new Quantity("8"));
        assertThat(team.reader().get("/api/k8s/resourcequota/list?cluster=" + c + "&namespace=" + ns).json()
                .get("items")).hasSize(1);
        team.writer().delete("/api/k8s/resourcequota/" + c + "/" + ns + "/compute").assertStatus(204);
        assertThat(compute()).isNull();
        team.writer().delete("/api/k8s/resourcequota/" + c + "/" + ns + "/compute").assertStatus(404);
        assertThat(f.auditCount("quota_created", team.writerName()) + f.auditCount("quota_updated", team.writerName())
                + f.auditCount("quota_deleted", team.writerName())).isEqualTo(3);
    }

    @Test
    void samplingShowsPressureOnThePageInTheMetricsAndInTheAuditLog() {
        cluster.scaleWebOutsideTheConsole(9);
        cluster.settled(9);
        team.writer().postJson("/api/k8s/resourcequota/create", Map.of("cluster", c, "namespace", ns, "name", "compute",
                "hard", Map.of("pods", "10"))).assertStatus(201);
        awaitUsage(Map.of("pods", "9"));

        f.clock().advance(java.time.Duration.ofMinutes(6));
        assertThat(sampling.sample()).isPositive();

        assertThat(team.reader().get("/quotas/pressure").assertStatus(200).body()).contains(c, "compute", "90%");
        assertThat(f.management().get("/actuator/prometheus").body()).contains("kubedeck_quota_usage_ratio{cluster=\""
                + c + "\",namespace=\"" + ns + "\",quota=\"compute\",resource=\"pods\"} 0.9");
        assertThat(f.jdbc().sql("select detail from audit_log where action = 'quota_pressure' and cluster = ?")
                .param(c).query(String.class).single()).contains("\"level\":\"high\"");
        assertThat(f.session().get("/quotas/pressure").status()).isEqualTo(302);
    }

    @Test
    void aRefusedLimitRangeFormComesBackAtTheFormWithWhatWasTypedAndTheErrorBesideItsField() {
        String target = "/quotas/" + c + "/" + ns;
        WebSession.Response refused = team.writer().postForm(target + "/limits", Map.of("name", "defaults", "type",
                "Pod", "max", "cpu=2", "min", "cpu=lots", "default", "", "defaultRequest", ""));

        assertThat(refused.assertStatus(302).location()).endsWith(target + "#new-limit-range");
        String page = team.writer().get(target).assertStatus(200).body();
        assertThat(page).contains("value=\"defaults\"", "value=\"cpu=2\"", "value=\"cpu=lots\"",
                "<option selected=\"selected\">Pod</option>", "id=\"min-error\"");
        assertThat(cluster.objects().limitRanges().inNamespace(ns).list().getItems()).isEmpty();
        assertThat(team.writer().get(target).body()).as("only once, right after the refusal")
                .doesNotContain("value=\"cpu=lots\"");
    }

    @Test
    void refusedQuotaAndTaintFormsKeepWhatWasTypedBesideTheirError() {
        String quotas = "/quotas/" + c + "/" + ns;
        WebSession.Response quota = team.writer().postForm(quotas, Map.of("name", "compute", "hard",
                "pods=lots"));
        assertThat(quota.assertStatus(302).location()).endsWith(quotas + "#new-quota");
        assertThat(team.writer().get(quotas).body()).contains("value=\"compute\"", ">pods=lots</textarea>",
                "id=\"new-quota-error\"");
        assertThat(compute()).isNull();

        String node = cluster.objects().nodes().list().getItems().get(0).getMetadata().getName();
        WebSession.Response taint = clusterAdmin.postForm("/nodes/" + c + "/" + node + "/taints", Map.of("key",
                "bad key", "value", "x", "effect", "NoExecute"));
        assertThat(taint.assertStatus(302).location()).endsWith("/nodes/" + c + "#taint-" + node);
        assertThat(clusterAdmin.get("/nodes/" + c).body()).contains("value=\"bad key\"",
                "id=\"taint-" + node + "-error\"", "<option selected=\"selected\">NoExecute</option>");
        assertThat(cluster.taints(node)).noneMatch(t -> "bad key".equals(t.getKey()));
    }

    @Test
    void aLimitRangeRoundTripsWithTheKubernetesFieldNames() {
        Map<String, Object> limit = Map.of("type", "Container", "max", Map.of("cpu", "2"), "min", Map.of("cpu", "100m"),
                "default", Map.of("cpu", "500m", "memory", "512Mi"), "defaultRequest", Map.of("cpu", "250m"));
        JsonNode created = team.writer().postJson("/api/k8s/limitrange/create", Map.of("cluster", c, "namespace", ns,
                "name", "defaults", "limits", List.of(limit))).assertStatus(201).json();
        assertThat(created.get("limits").get(0).get("defaultRequest").get("cpu").asString()).isEqualTo("250m");
        assertThat(cluster.objects().limitRanges().inNamespace(ns).withName("defaults").get().getSpec()
                .getLimits().get(0).getDefault()).containsEntry("memory", new Quantity("512Mi"));
        JsonNode read = team.reader().get("/api/k8s/limitrange/" + c + "/" + ns + "/defaults").assertStatus(200).json();
        assertThat(read.get("limits").get(0).get("default").get("cpu").asString()).isEqualTo("500m");
        team.writer().delete("/api/k8s/limitrange/" + c + "/" + ns + "/defaults").assertStatus(204);
        assertThat(cluster.objects().limitRanges().inNamespace(ns).withName("defaults").get()).isNull();
        assertThat(f.auditCount("limit_range_created", team.writerName())).isEqualTo(1);
    }

    @Test
    void badQuantitiesLabelsSelectorsAndEffectsAreRefusedNamingTheFieldAndChangeNothing() {
        assertThat(team.writer().postJson("/api/k8s/resourcequota/create", Map.of("cluster", c, "namespace", ns,
                "name", "compute", "hard", Map.of("requests.cpu", "four"))).assertStatus(400).json()
                .get("field").asString()).isEqualTo("hard.requests.cpu");
        assertThat(compute()).isNull();
        assertThat(team.writer().postJson("/api/k8s/limitrange/create", Map.of("cluster", c, "namespace", ns, "name",
                "bad", "limits", List.of(Map.of("type", "Container", "max", Map.of("cpu", "1"), "min",
                        Map.of("cpu", "2"))))).assertStatus(400).json().get("field").asString())
                .isEqualTo("limits[0].min.cpu");
        assertThat(team.writer().postJson("/api/k8s/labels/deployment/" + c + "/" + ns + "/web/add",
                Map.of("labels", Map.of("-bad-", "x"))).assertStatus(400).json().get("field").asString())
                .isEqualTo("labels");
        assertThat(team.writer().postJson("/api/k8s/labels/deployment/" + c + "/" + ns + "/web/add",
                Map.of("labels", Map.of("tier", "has spaces"))).assertStatus(400).json().get("field").asString())
                .isEqualTo("labels");
        assertThat(team.writer().postJson("/api/k8s/labels/batch", Map.of("cluster", c, "namespace", ns, "kind",
                "configmap", "selector", "app in (web", "add", Map.of("x", "y"))).assertStatus(400).json()
                .get("field").asString()).isEqualTo("selector");
        assertThat(clusterAdmin.postJson("/api/k8s/nodes/" + c + "/node-a/taints", Map.of("key", "gpu",
                "value", "true", "effect", "Sometimes")).assertStatus(400).json().get("field").asString())
                .isEqualTo("effect");
        assertThat(cluster.taints("node-a")).noneMatch(taint -> "gpu".equals(taint.getKey()));
        assertThat(cluster.web().getMetadata().getLabels()).containsOnlyKeys("app");
    }

    @Test
    void labelsAreAddedAndRemovedOnOneObjectAsVersions() {
        assertThat(team.reader().get("/api/k8s/labels/deployment/" + c + "/" + ns + "/web").assertStatus(200).json()
                .get("labels").toString()).isEqualTo("{\"app\":\"web\"}");

        team.writer().postJson("/api/k8s/labels/deployment/" + c + "/" + ns + "/web/add",
                Map.of("labels", Map.of("tier", "front"))).assertStatus(200);
        assertThat(cluster.web().getMetadata().getLabels()).containsEntry("tier", "front");
        JsonNode removed = team.writer().send("DELETE", "/api/k8s/labels/deployment/" + c + "/" + ns + "/web/remove",
                Map.of("keys", List.of("tier"))).assertStatus(200).json();

        assertThat(removed.get("labels").toString()).isEqualTo("{\"app\":\"web\"}");
        assertThat(cluster.web().getMetadata().getLabels()).isEqualTo(Map.of("app", "web"));
        assertThat(f.auditCount("labels_changed", team.writerName())).isEqualTo(2);
        JsonNode versions = team.reader().get("/api/k8s/yaml/versions?cluster=" + c
                + "&namespace=" + ns + "&kind=deployment&name=web").json().get("items");
        assertThat(versions.valueStream().map(v -> v.get("author").asString()))
                .containsExactly(team.writerName(), team.writerName(), "first-seen");
    }

    @Test
    void theResourcePageSetsAndRemovesLabels() {
        String page = "/versions/" + c + "/" + ns + "/deployment/web";
        assertThat(team.reader().get(page).body()).contains("app=web").doesNotContain("Set label");

        assertThat(team.writer().postForm(page + "?labels=set", Map.of("key", "tier", "value", "front")).location())
                .isEqualTo(page);
        assertThat(cluster.web().getMetadata().getLabels()).containsEntry("tier", "front");
        assertThat(team.writer().get(page).body()).contains("Labels changed.", "tier=front");
        team.writer().postForm(page + "?labels=remove", Map.of("key", "tier")).assertStatus(302);
        assertThat(cluster.web().getMetadata().getLabels()).doesNotContainKey("tier");
        team.writer().postForm(page + "?labels=set", Map.of("key", "bad key", "value", "x")).assertStatus(302);
        assertThat(team.writer().get(page).body()).contains("is not a valid label key");
        team.reader().postForm(page + "?labels=set", Map.of("key", "a", "value", "b")).assertStatus(403);
        assertThat(cluster.web().getMetadata().getLabels()).doesNotContainKey("a");
    }

    @Test
    void aBatchChangesExactlyWhatItsPreviewListed() {
        cluster.configMap("web-a", Map.of("app", "web", "tier", "front"));
        cluster.configMap("web-b", Map.of("app", "web"));
        cluster.configMap("web-c", Map.of("app", "web", "team", "shop"));
        cluster.configMap("api-a", Map.of("app", "api"));
        Map<String, Object> batch = Map.of("cluster", c, "namespace", ns, "kind", "configmap",
                "selector", "app=web,tier notin (back)", "add", Map.of("team", "shop"));

        JsonNode preview = team.writer().postJson("/api/k8s/labels/batch", with(batch, "dry_run", true)).assertStatus(200)
                .json();
        assertThat(preview.get("matched").toString()).isEqualTo("[\"web-a\",\"web-b\",\"web-c\"]");
        assertThat(preview.get("changed").toString()).isEqualTo("[\"web-a\",\"web-b\"]");
        assertThat(cluster.objects().configMaps().inNamespace(ns).withName("web-a").get().getMetadata()
                .getLabels()).doesNotContainKey("team");

        JsonNode done = team.writer().postJson("/api/k8s/labels/batch", batch).assertStatus(200).json();

        assertThat(done.get("changed")).isEqualTo(preview.get("changed"));
        for (String name : List.of("web-a", "web-b", "web-c")) {
            assertThat(cluster.objects().configMaps().inNamespace(ns).withName(name).get().getMetadata()
                    .getLabels()).containsEntry("team", "shop");
        }
        assertThat(cluster.objects().configMaps().inNamespace(ns).withName("api-a").get().getMetadata()
                .getLabels()).doesNotContainKey("team");
        assertThat(f.auditCount("labels_changed", team.writerName())).isEqualTo(2);
        String search = team.reader().get("/labels/" + c + "?namespace=" + ns + "&selector=team%3Dshop")
                .assertStatus(200).body();
        assertThat(search).contains(">web-a<", ">web-b<", ">web-c<").doesNotContain(">api-a<");
    }

    @Test
    void clusterAdminsTaintNodesAndTheTaintComesOffAgain() {
        // A node of this test's own: the rig's two nodes run every other test's pods.
        String node = "taint-" + ns;
        cluster.node(node, Map.of("zone", "a"));
        cluster.objects().pods().inNamespace(ns).resource(new PodBuilder().withNewMetadata().withName("waiting")
                .endMetadata().withNewSpec().addToNodeSelector("disktype", "nowhere").addNewContainer()
                .withName("main").withImage("nginx").endContainer().endSpec().build()).create();

        clusterAdmin.postJson("/api/k8s/nodes/" + c + "/" + node + "/taints",
                Map.of("key", "gpu", "value", "true", "effect", "NoSchedule")).assertStatus(200);
        assertThat(cluster.taints(node)).singleElement().satisfies(t -> assertThat(t.getKey() + "=" + t.getValue()
                + ":" + t.getEffect()).isEqualTo("gpu=true:NoSchedule"));
        JsonNode nodes = team.reader().get("/api/k8s/nodes/" + c).assertStatus(200).json();
        JsonNode tainted = nodes.valueStream().filter(n -> node.equals(n.get("name").asString())).findFirst()
                .orElseThrow();
        assertThat(tainted.get("taints").toString()).contains("\"effect\":\"NoSchedule\"");
        assertThat(tainted.get("ready").asBoolean()).isTrue();
        assertThat(nodes.valueStream().map(n -> n.get("name").asString())).contains("node-a", "node-b");
        // The scheduler's own word on a pod no node may take.
        await(SETTLE, () -> cluster.objects().pods().inNamespace(ns).withName("waiting").get().getStatus()
                .getConditions().stream().anyMatch(condition -> "PodScheduled".equals(condition.getType())
                        && "Unschedulable".equals(condition.getReason())));
        assertThat(team.reader().get("/nodes/" + c).assertStatus(200).body()).contains("gpu=true:NoSchedule", node,
                "Pods waiting for a node", ">" + ns + "<", ">Pod waiting<",
                "didn&#39;t match Pod&#39;s node affinity/selector");

        team.writer().postJson("/api/k8s/nodes/" + c + "/" + node + "/taints",
                Map.of("key", "x", "value", "", "effect", "NoExecute")).assertStatus(403);
        assertThat(cluster.taints(node)).hasSize(1);
        clusterAdmin.send("DELETE", "/api/k8s/nodes/" + c + "/" + node + "/taints",
                Map.of("key", "gpu", "effect", "NoSchedule")).assertStatus(200);
        assertThat(cluster.taints(node)).isEmpty();
        assertThat(f.auditCount("node_tainted", adminName)).isEqualTo(1);
        assertThat(f.auditCount("node_untainted", adminName)).isEqualTo(1);
        assertThat(f.auditCount("denied", team.writerName())).isEqualTo(1);
    }

    @Test
    void theWorkloadPageSaysWhereItsPodsMayRun() {
        cluster.editWebOutsideTheConsole(web -> {
            web.getSpec().getTemplate().getSpec().setNodeSelector(Map.of("disktype", "ssd"));
            web.getSpec().getTemplate().getSpec().setTolerations(List.of(new TolerationBuilder().withKey("dedicated")
                    .withOperator("Equal").withValue("shop").withEffect("NoSchedule").build()));
            return web;
        });

        String page = team.reader().get("/k8s/" + c + "/" + ns + "/deployment/web").assertStatus(200).body();

        assertThat(page).contains("id=\"scheduling\"", "disktype=ssd", "dedicated=shop:NoSchedule",
                "/versions/" + c + "/" + ns + "/deployment/web");
    }

    @Test
    void readersSeeButChangeNothing() {
        team.reader().get("/api/k8s/resourcequota/list?cluster=" + c + "&namespace=" + ns).assertStatus(200);
        team.reader().postJson("/api/k8s/resourcequota/create", Map.of("cluster", c, "namespace", ns, "name", "q",
                "hard", Map.of("pods", "1"))).assertStatus(403);
        team.reader().postJson("/api/k8s/limitrange/create", Map.of("cluster", c, "namespace", ns, "name", "l",
                "limits", List.of(Map.of("type", "Container", "max", Map.of("cpu", "1"))))).assertStatus(403);
        team.reader().postJson("/api/k8s/labels/deployment/" + c + "/" + ns + "/web/add",
                Map.of("labels", Map.of("a", "b"))).assertStatus(403);
        team.reader().postJson("/api/k8s/labels/batch", Map.of("cluster", c, "namespace", ns, "kind", "configmap",
                "selector", "", "add", Map.of("a", "b"), "dry_run", true)).assertStatus(403);
        team.reader().postJson("/api/k8s/nodes/" + c + "/node-a/taints", Map.of("key", "a", "effect", "NoSchedule"))
                .assertStatus(403);
        assertThat(cluster.taints("node-a")).noneMatch(taint -> "a".equals(taint.getKey()));

        assertThat(f.auditCount("denied", team.readerName())).isEqualTo(5);
        assertThat(compute()).isNull();
        assertThat(cluster.web().getMetadata().getLabels()).containsOnlyKeys("app");
        assertThat(team.reader().get("/quotas/" + c + "/" + ns).body()).doesNotContain("New quota");
    }

    private static Map<String, Object> with(Map<String, Object> map, String key, Object value) {
        Map<String, Object> copy = new java.util.HashMap<>(map);
        copy.put(key, value);
        return copy;
    }
}
