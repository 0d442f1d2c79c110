package org.kubedeck.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kubedeck.adapters.k8s.testing.RigNamespace.SETTLE;
import static org.kubedeck.adapters.k8s.testing.RigNamespace.await;

import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceQuota;
import io.fabric8.kubernetes.api.model.ResourceQuotaBuilder;
import io.fabric8.kubernetes.api.model.apps.DaemonSetBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Scaling a workload over HTTP against the shared Kubernetes rig: Deployment "shop" runs 2 pods requesting 500m and
 * 256Mi each beside web's 2 pods that request nothing, under the ResourceQuota "compute" whose usage the quota
 * controller counts. Scaled, the pods really come and go, as far as the quota lets them.
 */
@WebTest
class ScaleWebTest extends YamlClusterWebTest {

    @BeforeEach
    void setUp() {
        cluster.objects().apps().deployments().inNamespace(ns).resource(new DeploymentBuilder()
                .withNewMetadata().withName("shop").endMetadata()
                .withNewSpec().withReplicas(2).withNewSelector().addToMatchLabels("app", "shop").endSelector()
                .withNewTemplate().withNewMetadata().addToLabels("app", "shop").endMetadata().withNewSpec()
                .addToContainers(new ContainerBuilder().withName("shop").withImage("shop:1").withNewResources()
                        .addToRequests("cpu", new Quantity("500m")).addToRequests("memory", new Quantity("256Mi"))
                        .endResources().build())
                .endSpec().endTemplate().endSpec().build()).create();
        awaitShopPods(2);
        // Made after the pods: a quota on requests refuses new pods that request nothing, as web's do.
        cluster.objects().resourceQuotas().inNamespace(ns).resource(new ResourceQuotaBuilder().withNewMetadata()
                .withName("compute").endMetadata().withNewSpec().addToHard("requests.cpu", new Quantity("2"))
                .addToHard("requests.memory", new Quantity("4Gi")).addToHard("pods", new Quantity("10")).endSpec()
                .build()).create();
        await(SETTLE, () -> {
            ResourceQuota compute = cluster.objects().resourceQuotas().inNamespace(ns).withName("compute").get();
            return compute.getStatus() != null && compute.getStatus().getUsed() != null
                    && Map.of("requests.cpu", "1", "requests.memory", "512Mi", "pods", "4").equals(compute.getStatus()
                            .getUsed().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                                    used -> used.getValue().toString())));
        });
    }

    private String api(String kind, String name) {
        return "/api/k8s/workloads/" + c + "/" + ns + "/" + kind + "/" + name + "/scale";
    }

    private String page() {
        return "/k8s/" + c + "/" + ns + "/deployment/shop";
    }

    private int replicas() {
        return cluster.objects().apps().deployments().inNamespace(ns).withName("shop").get().getSpec()
                .getReplicas();
    }

    /** Waits until exactly {@code count} pods of shop are Running and none is on its way out. */
    private void awaitShopPods(int count) {
        await(SETTLE, () -> {
            List<Pod> pods = cluster.objects().pods().inNamespace(ns).withLabel("app", "shop").list().getItems();
            return pods.size() == count && pods.stream().allMatch(pod -> pod.getMetadata().getDeletionTimestamp()
                    == null && "Running".equals(pod.getStatus().getPhase()));
        });
    }

    private static Map<String, Object> body(Object replicas, boolean dryRun) {
        Map<String, Object> body = new HashMap<>();
        body.put("replicas", replicas);
        body.put("dry_run", dryRun);
        return body;
    }

    private static String row(String resource, String used, String hard, String needed, boolean fits) {
        return ("{\"quota\":\"compute\",\"resource\":\"%s\",\"used\":\"%s\",\"hard\":\"%s\","
                + "\"needed\":\"%s\",\"fits\":%s}").formatted(resource, used, hard, needed, fits);
    }

    @Test
    void aPreviewShowsWhatThePodsAddedTakeFromTheQuota() {
        JsonNode preview = team.reader().postJson(api("deployment", "shop"), body(5, true)).assertStatus(200).json();

        assertThat(preview.get("kind").asString()).isEqualTo("deployment");
        assertThat(preview.get("replicas_before").asInt()).isEqualTo(2);
        assertThat(preview.get("replicas").asInt()).isEqualTo(5);
        assertThat(preview.get("per_pod").toString())
                .isEqualTo("{\"requests.cpu\":\"500m\",\"requests.memory\":\"256Mi\"}");
        assertThat(preview.get("headroom").toString()).isEqualTo("["
                + row("pods", "4", "10", "3", true) + ","
                + row("requests.cpu", "1", "2", "1500m", false) + ","
                + row("requests.memory", "512Mi", "4Gi", "768Mi", true) + "]");
        assertThat(preview.get("fits").asBoolean()).isFalse();
        assertThat(preview.get("scaled").asBoolean()).isFalse();
        assertThat(replicas()).isEqualTo(2);
        JsonNode down = team.reader().postJson(api("deployment", "shop"), body(1, true)).assertStatus(200).json();
        assertThat(down.get("headroom")).isEmpty();
        assertThat(down.get("fits").asBoolean()).isTrue();

        assertThat(team.writer().get(page()).assertStatus(200).body()).contains("id=\"scale\"", "name=\"replicas\"",
                "value=\"2\"");
        assertThat(team.reader().get(page()).assertStatus(200).body()).doesNotContain("id=\"scale\"");
        String fragment = team.writer().get(page() + "/scale?replicas=5", "HX-Request", "true").assertStatus(200).body();
        assertThat(fragment).startsWith("<section").contains("From 2 to 5 replicas", "requests.cpu=500m",
                "requests.memory=256Mi", "+ 1500m", "+ 768Mi", "+ 3", "over the quota",
                "Kubernetes will refuse the pods beyond the quota", "Scale anyway").doesNotContain("<html");
        assertThat(fragment.split("class=\"warn over-quota\"", -1)).hasSize(2);
        String full = team.writer().get(page() + "/scale?replicas=5").assertStatus(200).body();
        assertThat(full).contains("<html", "Scale shop", "+ 1500m", "Scale anyway");
        assertThat(team.writer().get(page() + "/scale?replicas=3").body()).contains("+ 500m", "+ 256Mi", "+ 1")
                .doesNotContain("over the quota", "Scale anyway");
        assertThat(team.writer().get(page() + "/scale?replicas=0").body()).contains("Scaling to 0 stops every pod",
                "data-confirm=\"Stop every pod of shop?\"", "Scaling down takes nothing more");
    }

    @Test
    void scalingSetsTheReplicasRecordsAVersionAndAudits() {
        String done = team.writer().postForm(page() + "/scale", Map.of("replicas", "5")).assertStatus(302).location();

        assertThat(done).endsWith(page());
        assertThat(replicas()).isEqualTo(5);
        // 2 CPUs of requests hold four pods of 500m: the ReplicaSet is refused the fifth.
        awaitShopPods(4);
        await(SETTLE, () -> cluster.objects().apps().replicaSets().inNamespace(ns).withLabel("app", "shop").list()
                .getItems().stream().flatMap(set -> set.getStatus().getConditions().stream())
                .anyMatch(condition -> "ReplicaFailure".equals(condition.getType())
                        && condition.getMessage().contains("exceeded quota: compute")));
        assertThat(team.writer().get(page()).body()).contains("Replicas set");
        List<JsonNode> versions = new ArrayList<>();
        team.writer().get("/api/k8s/yaml/versions?cluster=" + c + "&namespace=" + ns + "&kind=deployment&name=shop")
                .assertStatus(200).json().get("items").forEach(versions::add);
        assertThat(versions).extracting(v -> v.get("author").asString()).containsExactly(team.writerName(), "first-seen");
        assertThat(versions.get(0).get("note").asString()).isEqualTo("scaled from 2 to 5");
        assertThat(team.writer().get("/api/k8s/yaml/versions/" + versions.get(0).get("id").asString() + "/diff").json()
                .get("unified").asString()).contains("-  replicas: 2", "+  replicas: 5");
        assertThat(f.auditCount("workload_scaled", team.writerName())).isOne();
        assertThat(f.jdbc().sql("select detail from audit_log where action = 'workload_scaled' and actor = ?")
                .param(team.writerName()).query(String.class).single()).contains("\"from\":2", "\"to\":5");

        JsonNode down = team.writer().postJson(api("deployment", "shop"), body(1, false)).assertStatus(200).json();
        assertThat(down.get("replicas_before").asInt()).isEqualTo(5);
        assertThat(down.get("scaled").asBoolean()).isTrue();
        assertThat(replicas()).isEqualTo(1);
        awaitShopPods(1);
        assertThat(f.auditCount("workload_scaled", team.writerName())).isEqualTo(2);
    }

    @Test
    void readersMayPreviewButNotScale() {
        team.reader().postForm(page() + "/scale", Map.of("replicas", "5")).assertStatus(403);
        team.reader().postJson(api("deployment", "shop"), body(5, false)).assertStatus(403);

        assertThat(replicas()).isEqualTo(2);
        assertThat(cluster.objects().pods().inNamespace(ns).withLabel("app", "shop").list().getItems()).hasSize(2);
        assertThat(f.auditCount("denied", team.readerName())).isEqualTo(2);
        assertThat(f.auditCount("workload_scaled", team.readerName())).isZero();
        team.reader().get(page() + "/scale?replicas=5").assertStatus(200);
    }

    @Test
    void replicasOutOfBoundsDaemonSetsAndMissingWorkloadsAreRefused() {
        for (Object bad : new Object[] {-1, 1001, null}) {
            assertThat(team.writer().postJson(api("deployment", "shop"), body(bad, false)).assertStatus(400).json()
                    .get("field").asString()).isEqualTo("replicas");
        }
        assertThat(team.writer().get(page() + "/scale?replicas=1001").assertStatus(400).body())
                .contains("between 0 and 1000");
        team.writer().postForm(page() + "/scale", Map.of("replicas", "-1")).assertStatus(302);
        assertThat(team.writer().get(page()).body()).contains("between 0 and 1000");

        cluster.objects().apps().daemonSets().inNamespace(ns).resource(new DaemonSetBuilder().withNewMetadata()
                .withName("agent").endMetadata().withNewSpec().withNewSelector().addToMatchLabels("app", "agent")
                .endSelector().withNewTemplate().withNewMetadata().addToLabels("app", "agent").endMetadata()
                .withNewSpec().addNewContainer().withName("agent").withImage("agent:1").endContainer().endSpec()
                .endTemplate().endSpec().build()).create();
        assertThat(team.writer().postJson(api("daemonset", "agent"), body(2, false)).assertStatus(400).json()
                .get("field").asString()).isEqualTo("kind");
        assertThat(team.writer().get("/k8s/" + c + "/" + ns + "/daemonset/agent").assertStatus(200).body())
                .doesNotContain("id=\"scale\"");

        team.writer().postJson(api("deployment", "gone"), body(2, true)).assertStatus(404);
        team.writer().postJson(api("statefulset", "gone"), body(2, false)).assertStatus(404);
        team.writer().get("/k8s/" + c + "/" + ns + "/deployment/gone/scale?replicas=2").assertStatus(404);
        assertThat(replicas()).isEqualTo(2);
        assertThat(f.auditCount("workload_scaled", team.writerName())).isZero();
    }
}
