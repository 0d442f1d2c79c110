package org.kubedeck.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A ConfigMap's and a Secret's keys one by one on the rig: masked, revealed to writers only, set, removed. */
@WebTest
class DataWebTest extends YamlClusterWebTest {

    private static final String NEW_SECRET = "brand-new-value-77";

    @Test
    void aSecretIsMaskedForReadersAndRevealedToWritersWithEveryRevealAudited() {
        String tokens = "/api/k8s/data/" + c + "/" + ns + "/secret/tokens";
        String read = team.reader().get(tokens).assertStatus(200).body();
        assertThat(read).contains("\"key\":\"password\"", "\"masked\":true", "<hidden:")
                .doesNotContain(YamlCluster.PASSWORD, YamlCluster.PASSWORD_BASE64);
        assertThat(team.reader().get("/data/" + c + "/" + ns + "/secret/tokens").assertStatus(200).body())
                .contains("id=\"key-password\"").doesNotContain("id=\"reveal-password\"", YamlCluster.PASSWORD);

        team.reader().postJson(tokens + "/keys/password/reveal", Map.of()).assertStatus(403);
        assertThat(f.auditCount("secret_revealed", team.readerName())).isZero();
        assertThat(team.writer().postJson(tokens + "/keys/password/reveal", Map.of()).assertStatus(200).json()
                .get("value").asString()).isEqualTo(YamlCluster.PASSWORD);
        assertThat(team.writer().postForm("/data/" + c + "/" + ns + "/secret/tokens/keys/password/reveal", Map.of())
                .assertStatus(200).body()).contains("id=\"revealed-password\"", YamlCluster.PASSWORD);
        assertThat(f.auditCount("secret_revealed", team.writerName())).isEqualTo(2);
        assertThat(details("secret_revealed")).allSatisfy(detail -> assertThat(detail).contains("password")
                .doesNotContain(YamlCluster.PASSWORD));
        team.writer().postJson(tokens + "/keys/nothing/reveal", Map.of()).assertStatus(404);

        team.reader().putJson(tokens + "/keys/password", Map.of("value", NEW_SECRET)).assertStatus(403);
        assertThat(secret("password")).as("nothing changed").isEqualTo(YamlCluster.PASSWORD);
        JsonNode after = team.writer().putJson(tokens + "/keys/password", Map.of("value", NEW_SECRET))
                .assertStatus(200).json();
        assertThat(after.toString()).doesNotContain(NEW_SECRET);
        assertThat(secret("password")).isEqualTo(NEW_SECRET);
        assertThat(f.jdbc().sql("select yaml from yaml_versions where namespace = ? and kind = 'secret' and note = ?")
                .param(ns).param("key password set").query(String.class).list()).singleElement()
                .satisfies(yaml -> assertThat(yaml).doesNotContain(NEW_SECRET, base64(NEW_SECRET)));
        assertThat(details("data_key_set")).singleElement().satisfies(detail -> assertThat(detail)
                .doesNotContain(NEW_SECRET));
    }

    @Test
    void aConfigMapsKeysAreSetAndRemovedOneAtATimeByWritersOnly() {
        String settings = "/api/k8s/data/" + c + "/" + ns + "/configmap/settings";
        assertThat(team.reader().get(settings).assertStatus(200).json().get("keys").get(0).get("value").asString())
                .isEqualTo("fast");
        team.reader().putJson(settings + "/keys/level", Map.of("value", "high")).assertStatus(403);
        assertThat(configMap()).containsOnlyKeys("mode");

        team.writer().putJson(settings + "/keys/level", Map.of("value", "high\nwith a second line"))
                .assertStatus(200);
        assertThat(configMap()).containsEntry("mode", "fast").containsEntry("level", "high\nwith a second line");
        assertThat(f.jdbc().sql("select count(*) from yaml_versions where namespace = ? and kind = 'configmap' "
                + "and note = 'key level set'").param(ns).query(Long.class).single()).isOne();
        assertThat(team.writer().putJson(settings + "/keys/bad*key", Map.of("value", "x")).assertStatus(400).json()
                .get("field").asString()).isEqualTo("key");
        assertThat(team.writer().putJson("/api/k8s/data/" + c + "/" + ns + "/deployment/web/keys/a",
                Map.of("value", "x")).assertStatus(400).json().get("field").asString()).isEqualTo("kind");

        team.reader().delete(settings + "/keys/level").assertStatus(403);
        assertThat(team.writer().delete(settings + "/keys/level").assertStatus(200).json().get("keys").size())
                .isOne();
        assertThat(configMap()).containsOnlyKeys("mode");
        assertThat(f.auditCount("data_key_removed", team.writerName())).isOne();

        String page = "/data/" + c + "/" + ns + "/configmap/settings";
        team.writer().postForm(page + "/keys", Map.of("key", "colour", "value", "blue")).assertStatus(302);
        assertThat(configMap()).containsEntry("colour", "blue");
        team.writer().postForm(page + "/keys/colour/remove", Map.of()).assertStatus(302);
        assertThat(configMap()).doesNotContainKey("colour");
        assertThat(team.writer().get("/resources/" + c + "/configmaps/settings?namespace=" + ns).body())
                .contains("id=\"keys-link\"");
    }

    private Map<String, String> configMap() {
        return cluster.objects().configMaps().inNamespace(ns).withName("settings").get().getData();
    }

    private String secret(String key) {
        return new String(Base64.getDecoder().decode(cluster.objects().secrets().inNamespace(ns).withName("tokens")
                .get().getData().get(key)), StandardCharsets.UTF_8);
    }

    private List<String> details(String action) {
        return f.jdbc().sql("select detail from audit_log where action = ? and cluster = ?").param(action).param(c)
                .query(String.class).list();
    }

    private static String base64(String value) {
        return Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
    }
}
