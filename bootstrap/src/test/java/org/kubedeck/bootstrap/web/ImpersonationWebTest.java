package org.kubedeck.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.authorization.v1.SubjectAccessReviewBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBindingBuilder;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kubedeck.adapters.k8s.testing.RigNamespace;
import tools.jackson.databind.JsonNode;

/**
 * A cluster that acts as each person, on the rig's real API server: its RBAC, not only Kubedeck's, decides. The
 * Kubedeck writer is bound to the cluster's {@code view} role only, so the cluster refuses their scale with its own
 * 403, which the console answers with a clear refusal and changes nothing; the API server's SubjectAccessReview
 * agrees. A header a client sends to act as someone else is not passed on.
 */
@WebTest
class ImpersonationWebTest extends YamlClusterWebTest {

    private String scale() {
        return "/api/k8s/workloads/" + c + "/" + ns + "/deployment/web/scale";
    }

    private int replicas() {
        return cluster.objects().apps().deployments().inNamespace(ns).withName("web").get().getSpec().getReplicas();
    }

    /** What {@code kubectl auth can-i patch deployments -n <ns> --as <user>} answers. */
    private boolean mayScale(String user) {
        return cluster.objects().authorization().v1().subjectAccessReview().create(new SubjectAccessReviewBuilder()
                .withNewSpec().withUser(user).withNewResourceAttributes().withNamespace(ns).withVerb("patch")
                .withGroup("apps").withResource("deployments").endResourceAttributes()
                .endSpec().build()).getStatus().getAllowed();
    }

    @Test
    void whereTheClusterActsAsEachPersonItsOwnRbacDecidesAndSaysSoClearly() {
        cluster.objects().rbac().roleBindings().inNamespace(ns).resource(new RoleBindingBuilder()
                .withNewMetadata().withName("writer-views").endMetadata()
                .addNewSubject().withKind("User").withName(team.writerName())
                .withApiGroup("rbac.authorization.k8s.io").endSubject()
                .withNewRoleRef().withKind("ClusterRole").withName("view").withApiGroup("rbac.authorization.k8s.io")
                .endRoleRef().build()).create();
        JsonNode turnedOn = admin.putJson("/api/admin/clusters/" + c, Map.of("impersonate", true)).assertStatus(200)
                .json();
        assertThat(turnedOn.get("impersonate").asBoolean()).isTrue();
        assertThat(team.writer().get("/api/admin/clusters/" + c).status()).as("the setting is its admins'")
                .isEqualTo(403);

        RigNamespace.await(RigNamespace.SETTLE, () -> team.writer().get("/api/" + c + "/" + ns
                + "/deployment/web/pods").status() == 200);
        JsonNode refused = team.writer().postJson(scale(), Map.of("replicas", 3)).assertStatus(403).json();
        assertThat(refused.get("message").asString()).contains("The cluster does not let " + team.writerName(),
                "its own RBAC decides", "cannot patch resource \"deployments\"");
        assertThat(replicas()).as("nothing changed").isEqualTo(2);
        assertThat(mayScale(team.writerName())).as("the API server agrees").isFalse();

        team.writer().postJson(scale(), Map.of("replicas", 3), "Impersonate-User", "admin",
                "Impersonate-Group", "system:masters").assertStatus(403);
        assertThat(replicas()).as("a client's Impersonate-* headers are not passed on").isEqualTo(2);
        assertThat(team.reader().get("/api/" + c + "/" + ns + "/deployment/web/pods").status())
                .as("the reader has no role in the cluster at all").isEqualTo(403);

        admin.putJson("/api/admin/clusters/" + c, Map.of("impersonate", false)).assertStatus(200);
        team.writer().postJson(scale(), Map.of("replicas", 3)).assertStatus(200);
        assertThat(replicas()).as("as the console's credential again").isEqualTo(3);
    }
}
