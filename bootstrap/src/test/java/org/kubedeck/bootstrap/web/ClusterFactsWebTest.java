package org.kubedeck.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.user.AccessLevel;
import org.kubedeck.domain.user.Permissions;
import tools.jackson.databind.JsonNode;

/**
 * A cluster's facts read from the rig (a node there says it runs on EKS in eu-west-1), its tags and groups set by its
 * admins only, and the clusters filtered by them, in the JSON API and on the clusters page.
 */
@WebTest
class ClusterFactsWebTest extends YamlClusterWebTest {

    private JsonNode listed(WebSession session, String query) {
        return session.get("/api/clusters" + query).assertStatus(200).json().valueStream()
                .filter(cluster -> cluster.get("name").asString().equals(c)).findFirst().orElse(null);
    }

    @Test
    void factsComeFromTheNodesAndPodsAndTagsAndGroupsFilterTheClusters() {
        cluster.node("eks-" + ns, Map.of("eks.amazonaws.com/nodegroup", "ng-1",
                "topology.kubernetes.io/region", "eu-west-1", "topology.kubernetes.io/zone", "eu-west-1a"));
        String cluster = "/api/admin/clusters/" + c;
        Map<String, Object> details = Map.of("tags", Map.of("env", "prod", "team", "shop"),
                "groups", List.of("payments", "europe"));
        team.writer().putJson(cluster, details).assertStatus(403);
        assertThat(listed(team.reader(), "").get("tags").size()).as("a writer changes nothing").isZero();
        admin.putJson(cluster, details).assertStatus(200);
        admin.postJson(cluster + "/test", Map.of()).assertStatus(200);

        JsonNode facts = listed(team.reader(), "");
        assertThat(facts.get("provider").asString()).isEqualTo("eks");
        assertThat(facts.get("region").asString()).isEqualTo("eu-west-1");
        assertThat(facts.get("node_count").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(facts.get("pod_count").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(facts.get("cpu").get("allocatable").asString()).as("2 × 64 cores and 4").isEqualTo("132");
        assertThat(facts.get("memory").has("requested")).isTrue();
        assertThat(facts.get("last_sync").isNull()).isFalse();
        assertThat(facts.get("tags").get("env").asString()).isEqualTo("prod");
        assertThat(facts.get("groups").toString()).isEqualTo("[\"europe\",\"payments\"]");

        assertThat(listed(team.reader(), "?tag=env=prod&group=payments")).isNotNull();
        assertThat(listed(team.reader(), "?tag=env")).as("a key alone: any value").isNotNull();
        assertThat(listed(team.reader(), "?tag=env=dev")).isNull();
        assertThat(listed(team.reader(), "?group=asia")).isNull();

        // A provider and region chosen by its admins win over what the nodes say; "auto" gives it back to them.
        admin.putJson(cluster, Map.of("provider", "cce", "region", "cn-north-4")).assertStatus(200);
        assertThat(listed(team.reader(), "").get("provider").asString()).isEqualTo("cce");
        assertThat(listed(team.reader(), "").get("region").asString()).isEqualTo("cn-north-4");
        admin.putJson(cluster, Map.of("provider", "auto")).assertStatus(200);
        assertThat(listed(team.reader(), "").get("provider").asString()).isEqualTo("eks");
        assertThat(admin.putJson(cluster, Map.of("provider", "openstack")).assertStatus(400).json().get("field")
                .asString()).isEqualTo("provider");
        assertThat(admin.putJson(cluster, Map.of("tags", Map.of("bad key!", "x"))).assertStatus(400).json()
                .get("field").asString()).isEqualTo("tags");
        // Scripts that sent tags as a list before still can.
        admin.putJson(cluster, Map.of("tags", List.of("env=staging", "eu"))).assertStatus(200);
        assertThat(listed(team.reader(), "").get("tags").toString()).isEqualTo("{\"env\":\"staging\",\"eu\":\"\"}");
        assertThat(f.auditCount("cluster_updated", adminName)).isEqualTo(4);

        String page = team.reader().get("/clusters?group=europe").assertStatus(200).body();
        assertThat(page).contains("id=\"cluster-filter\"", "id=\"cluster-" + c + "\"", "id=\"clusters-total\"",
                "cn-north-4", "env=staging", "europe");
        assertThat(team.reader().get("/clusters?group=none-such").body()).contains("id=\"no-match\"")
                .doesNotContain("id=\"cluster-" + c + "\"");
        String refreshed = team.reader().get("/clusters/health?tag=&group=europe", "HX-Request", "true")
                .assertStatus(200).body();
        assertThat(refreshed).as("the table the page swaps in every 10 s").startsWith("<div id=\"clusters-table\"")
                .contains("id=\"cluster-" + c + "\"", "id=\"clusters-total\"").doesNotContain("<html");
    }

    @Test
    void aClusterAdminWhoIsNoGlobalAdminSetsTagsAndGroupsOfTheirClusterOnly() {
        String owner = f.user("owner", Permissions.perCluster(Map.of(ClusterName.of(c), AccessLevel.ADMIN)));
        f.signedIn(owner).putJson("/api/admin/clusters/" + c, Map.of("groups", List.of("ops"))).assertStatus(200);
        assertThat(listed(team.reader(), "?group=ops")).isNotNull();
    }
}
