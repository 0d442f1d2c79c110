package org.kubedeck.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodStatusBuilder;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kubedeck.adapters.k8s.testing.RigNamespace;
import tools.jackson.databind.JsonNode;

/**
 * Cordon, uncordon and drain on the rig, against the API server's own eviction and disruption budgets. The node is
 * one of the test's: no kubelet runs it, so the test reports its pods running and ready itself, as a kubelet would;
 * the disruption controller counts them from that.
 */
@WebTest
class NodeDrainWebTest extends YamlClusterWebTest {

    @Test
    void aDrainEvictsWhatTheBudgetsAllowAndReportsTheRest() {
        String node = "drain-" + ns;
        cluster.node(node, Map.of());
        pod("guarded", node, Map.of("app", "guarded"), Map.of());
        pod("free", node, Map.of("app", "free"), Map.of());
        pod("static", node, Map.of("app", "static"), Map.of("kubernetes.io/config.mirror", "static"));
        cluster.rig().create("""
                apiVersion: policy/v1
                kind: PodDisruptionBudget
                metadata: {name: guard}
                spec:
                  minAvailable: 1
                  selector: {matchLabels: {app: guarded}}
                """);
        RigNamespace.await(RigNamespace.SETTLE, () -> {
            PodDisruptionBudget guard = cluster.objects().policy().v1().podDisruptionBudget().inNamespace(ns)
                    .withName("guard").get();
            return guard.getStatus() != null && Integer.valueOf(1).equals(guard.getStatus().getCurrentHealthy());
        });
        String nodes = "/api/k8s/nodes/" + c + "/" + node + "/";

        JsonNode careful = team.reader().postJson(nodes + "drain", Map.of("dry_run", true)).assertStatus(200).json();
        assertThat(careful.get("evicted").size()).as("no controller would make these pods again").isZero();
        assertThat(careful.get("skipped").valueStream().map(pod -> pod.get("name").asString() + ": "
                + pod.get("reason").asString())).contains("free: no controller", "guarded: no controller");

        JsonNode preview = team.reader().postJson(nodes + "drain", Map.of("dry_run", true, "force", true))
                .assertStatus(200).json();
        assertThat(preview.get("dry_run").asBoolean()).isTrue();
        assertThat(names(preview.get("evicted"))).containsExactly("free");
        assertThat(names(preview.get("refused"))).containsExactly("guarded");
        assertThat(preview.get("refused").get(0).get("reason").asString()).contains("disruption budget");
        assertThat(names(preview.get("skipped"))).containsExactly("static");
        assertThat(unschedulable(node)).as("a preview changes nothing").isFalse();
        assertThat(terminating("free")).isFalse();

        team.writer().postJson(nodes + "drain", Map.of("dry_run", false, "force", true)).assertStatus(403);
        team.writer().postJson(nodes + "cordon", Map.of()).assertStatus(403);
        assertThat(unschedulable(node)).as("a writer changes nothing").isFalse();
        assertThat(terminating("free")).isFalse();

        JsonNode drained = admin.postJson(nodes + "drain", Map.of("force", true)).assertStatus(200).json();
        assertThat(names(drained.get("evicted"))).containsExactly("free");
        assertThat(names(drained.get("refused"))).containsExactly("guarded");
        assertThat(unschedulable(node)).as("cordoned first").isTrue();
        assertThat(terminating("free")).isTrue();
        assertThat(terminating("guarded")).isFalse();
        assertThat(f.auditCount("node_drained", adminName)).isOne();

        assertThat(admin.postJson(nodes + "uncordon", Map.of()).assertStatus(200).json().get("unschedulable")
                .asBoolean()).isFalse();
        assertThat(unschedulable(node)).isFalse();
        admin.postJson(nodes + "cordon", Map.of()).assertStatus(200);
        assertThat(unschedulable(node)).isTrue();
        assertThat(f.auditCount("node_cordoned", adminName)).isOne();
        assertThat(f.jdbc().sql("select note from yaml_versions where namespace = '' and kind = 'nodes' and name = ? "
                + "order by version").param(node).query(String.class).list()).as("the node's states as versions")
                .contains("uncordoned", "cordoned");

        String drainPage = "/nodes/" + c + "/" + node + "/drain?force=true";
        assertThat(team.reader().get(drainPage).assertStatus(200).body()).contains("guarded", "disruption budget")
                .doesNotContain("id=\"drain-form\"");
        team.reader().postForm(drainPage, Map.of()).assertStatus(403);
        admin.postForm(drainPage, Map.of()).assertStatus(302);
        assertThat(admin.get(drainPage).body()).contains("id=\"drained\"", "id=\"drain-form\"");
        assertThat(f.auditCount("node_drained", adminName)).isEqualTo(2);
        team.reader().postForm("/nodes/" + c + "/" + node + "/uncordon", Map.of()).assertStatus(403);
        assertThat(unschedulable(node)).isTrue();
        admin.postForm("/nodes/" + c + "/" + node + "/uncordon", Map.of()).assertStatus(302);
        assertThat(unschedulable(node)).isFalse();
        admin.postJson("/api/k8s/nodes/" + c + "/no-such-node/drain", Map.of("dry_run", true)).assertStatus(404);
        List.of("guarded", "free", "static").forEach(pod -> cluster.objects().pods().inNamespace(ns).withName(pod)
                .withGracePeriod(0).delete());
    }

    /** A pod bound to the node, reported running and ready as its kubelet would. */
    private void pod(String name, String node, Map<String, String> labels, Map<String, String> annotations) {
        Pod pod = cluster.objects().pods().inNamespace(ns).resource(new PodBuilder().withNewMetadata().withName(name)
                .withLabels(labels).withAnnotations(annotations).endMetadata().withNewSpec().withNodeName(node)
                .addNewContainer().withName("main").withImage("busybox").endContainer().endSpec().build()).create();
        pod.setStatus(new PodStatusBuilder().withPhase("Running").addNewCondition().withType("Ready")
                .withStatus("True").endCondition().build());
        cluster.objects().pods().inNamespace(ns).resource(pod).updateStatus();
    }

    private static List<String> names(JsonNode pods) {
        return pods.valueStream().map(pod -> pod.get("name").asString()).toList();
    }

    private boolean unschedulable(String node) {
        return Boolean.TRUE.equals(cluster.objects().nodes().withName(node).get().getSpec().getUnschedulable());
    }

    private boolean terminating(String pod) {
        Pod found = cluster.objects().pods().inNamespace(ns).withName(pod).get();
        return found == null || found.getMetadata().getDeletionTimestamp() != null;
    }
}
