package org.kubedeck.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.authorization.v1.SubjectAccessReviewBuilder;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBindingBuilder;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBindingBuilder;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kubedeck.adapters.k8s.testing.RigNamespace;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.user.AccessLevel;
import org.kubedeck.domain.user.Permissions;
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

    /**
     * The stored identity needs only the right to impersonate, besides what the console's own background work reads
     * (nodes and pods, for health and facts): it may not scale anything itself, yet a person the cluster lets
     * scale does, through it.
     */
    @Test
    void theStoredIdentityNeedsOnlyTheRightToImpersonate() {
        String role = "kubedeck-impersonator-" + ns;
        cluster.objects().rbac().clusterRoles().resource(new ClusterRoleBuilder().withNewMetadata().withName(role)
                .endMetadata()
                .addNewRule().withApiGroups("").withResources("users", "groups").withVerbs("impersonate").endRule()
                .addNewRule().withApiGroups("").withResources("nodes", "pods").withVerbs("get", "list").endRule()
                .build()).create();
        cluster.objects().rbac().clusterRoleBindings().resource(new ClusterRoleBindingBuilder().withNewMetadata()
                .withName(role).endMetadata()
                .addNewSubject().withKind("ServiceAccount").withName("impersonator").withNamespace(ns).endSubject()
                .withNewRoleRef().withKind("ClusterRole").withName(role).withApiGroup("rbac.authorization.k8s.io")
                .endRoleRef().build()).create();
        String actingCluster = "acting-" + c;
        try {
            admin.postJson("/api/admin/clusters", Map.of("name", actingCluster, "impersonate", true,
                    "kubeconfig_content", cluster.rig().kubeconfigAs("impersonator"))).assertStatus(201);
            String person = f.user("scaler", Permissions.perCluster(Map.of(ClusterName.of(actingCluster),
                    AccessLevel.WRITE)));
            cluster.objects().rbac().roleBindings().inNamespace(ns).resource(new RoleBindingBuilder()
                    .withNewMetadata().withName("scaler-edits").endMetadata()
                    .addNewSubject().withKind("User").withName(person).withApiGroup("rbac.authorization.k8s.io")
                    .endSubject()
                    .withNewRoleRef().withKind("ClusterRole").withName("edit")
                    .withApiGroup("rbac.authorization.k8s.io").endRoleRef().build()).create();

            assertThat(mayScale("system:serviceaccount:" + ns + ":impersonator"))
                    .as("the stored identity may not scale by itself").isFalse();
            RigNamespace.await(RigNamespace.SETTLE, () -> mayScale(person));
            f.signedIn(person).postJson("/api/k8s/workloads/" + actingCluster + "/" + ns + "/deployment/web/scale",
                    Map.of("replicas", 3)).assertStatus(200);
            assertThat(replicas()).as("scaled as the person, whom the cluster lets").isEqualTo(3);
        } finally {
            admin.delete("/api/admin/clusters/" + actingCluster);
            cluster.objects().rbac().clusterRoleBindings().withName(role).delete();
            cluster.objects().rbac().clusterRoles().withName(role).delete();
        }
    }
}
