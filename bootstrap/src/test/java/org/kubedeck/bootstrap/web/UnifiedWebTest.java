package org.kubedeck.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Search across clusters on the rig: the same API server registered under a second name, and a cluster whose port
 * is closed; what a reader of one cluster finds, and what an admin finds everywhere.
 */
@WebTest
class UnifiedWebTest extends YamlClusterWebTest {

    private static List<String> found(JsonNode answer) {
        return answer.get("results").valueStream().map(result -> result.get("cluster").asString() + " "
                + result.get("resource").asString() + " " + result.get("namespace").asString() + "/"
                + result.get("name").asString()).toList();
    }

    @Test
    void everyReadableClusterIsSearchedAndOneThatCannotAnswerIsReportedNotWaitedFor() {
        String twin = "twin-" + c;
        admin.postJson("/api/admin/clusters", Map.of("name", twin, "kubeconfig_content",
                cluster.rig().rig().kubeconfig())).assertStatus(201);
        try {
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
        } finally {
            admin.delete("/api/admin/clusters/" + twin);
        }
    }
}
