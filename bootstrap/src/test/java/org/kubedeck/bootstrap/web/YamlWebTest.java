package org.kubedeck.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kubedeck.domain.user.Permissions;
import tools.jackson.databind.JsonNode;

/**
 * YAML, versions and backups over HTTP against the shared Kubernetes rig: what the console applies is read back
 * from the API server, and changes "made with kubectl" are made with the API server's own client.
 */
@WebTest
class YamlWebTest extends YamlClusterWebTest {

    private String query(String kind, String name) {
        return "?cluster=" + cluster.name() + "&namespace=" + ns + "&kind=" + kind + "&name=" + name;
    }

    private JsonNode resource(WebSession session, String kind, String name) {
        return session.get("/api/k8s/yaml/resource" + query(kind, name)).assertStatus(200).json();
    }

    private List<JsonNode> versions(WebSession session, String kind, String name) {
        List<JsonNode> items = new ArrayList<>();
        session.get("/api/k8s/yaml/versions" + query(kind, name)).assertStatus(200).json().get("items")
                .forEach(items::add);
        return items;
    }

    private WebSession.Response edit(WebSession session, String kind, String name, String yaml,
            String resourceVersion, String note) {
        Map<String, Object> body = new HashMap<>(Map.of("cluster", cluster.name(), "namespace", ns,
                "kind", kind, "name", name, "yaml", yaml, "resource_version", resourceVersion));
        if (note != null) {
            body.put("note", note);
        }
        return session.putJson("/api/k8s/yaml/resource", body);
    }

    @Test
    void anEditBecomesVersionTwoWithItsDiff() {
        JsonNode web = resource(team.writer(), "deployment", "web");
        String yaml = web.get("yaml").asString();
        // The pod template's "creationTimestamp: null" is what the API server sends; the object's own stamp is gone.
        assertThat(yaml).contains("kind: Deployment", "replicas: 2")
                .doesNotContain("resourceVersion", "managedFields", "uid:", "status:")
                .doesNotContainPattern("creationTimestamp: (?!null)");
        assertThat(versions(team.writer(), "deployment", "web")).singleElement()
                .satisfies(v -> assertThat(v.get("author").asString()).isEqualTo("first-seen"));

        JsonNode edited = edit(team.writer(), "deployment", "web", yaml.replace("replicas: 2", "replicas: 3"),
                web.get("resource_version").asString(), "scale up").assertStatus(200).json();

        assertThat(edited.get("version").asInt()).isEqualTo(2);
        assertThat(cluster.web().getSpec().getReplicas()).isEqualTo(3);
        cluster.settled(3);
        List<JsonNode> history = versions(team.writer(), "deployment", "web");
        assertThat(history).extracting(v -> v.get("version").asInt()).containsExactly(2, 1);
        assertThat(history.get(0).get("author").asString()).isEqualTo(team.writerName());
        assertThat(history.get(0).get("note").asString()).isEqualTo("scale up");
        JsonNode diff = team.writer().get("/api/k8s/yaml/versions/" + history.get(0).get("id").asString() + "/diff")
                .assertStatus(200).json();
        assertThat(diff.get("from").get("version").asInt()).isEqualTo(1);
        assertThat(diff.get("unified").asString()).contains("--- v1", "+++ v2", "-  replicas: 2", "+  replicas: 3");
        assertThat(f.auditCount("resource_edited", team.writerName())).isEqualTo(1);
    }

    @Test
    void aChangeMadeWithKubectlIsRecordedAsExternal() {
        resource(team.reader(), "deployment", "web");
        cluster.scaleWebOutsideTheConsole(5);

        JsonNode latest = versions(team.reader(), "deployment", "web").get(0);

        assertThat(latest.get("version").asInt()).isEqualTo(2);
        assertThat(latest.get("author").asString()).isEqualTo("external");
        assertThat(latest.get("note").asString()).as("the field manager of the other client, not a controller's")
                .startsWith("changed outside the console by fabric8").doesNotContain("controller");
        assertThat(team.reader().get("/api/k8s/yaml/versions/" + latest.get("id").asString()).assertStatus(200).json()
                .get("yaml").asString()).contains("replicas: 5");
    }

    @Test
    void rollbackBringsVersionOneBackAsVersionThree() {
        JsonNode web = resource(team.writer(), "deployment", "web");
        edit(team.writer(), "deployment", "web", web.get("yaml").asString().replace("replicas: 2", "replicas: 4"),
                web.get("resource_version").asString(), null).assertStatus(200);
        cluster.settled(4);
        List<JsonNode> history = versions(team.writer(), "deployment", "web");
        JsonNode first = history.get(1);

        JsonNode rolledBack = team.writer().postJson("/api/k8s/yaml/versions/" + first.get("id").asString() + "/rollback",
                Map.of()).assertStatus(200).json();

        assertThat(rolledBack.get("version").asInt()).isEqualTo(3);
        assertThat(cluster.web().getSpec().getReplicas()).isEqualTo(2);
        cluster.settled(2);
        String v1 = team.writer().get("/api/k8s/yaml/versions/" + first.get("id").asString()).json().get("yaml").asString();
        assertThat(rolledBack.get("yaml").asString()).isEqualTo(v1);
        assertThat(f.auditCount("version_rolled_back", team.writerName())).isEqualTo(1);
        team.writer().postJson("/api/k8s/yaml/versions/" + rolledBack.get("id").asString() + "/tag",
                Map.of("tag", "known good")).assertStatus(200);
        assertThat(versions(team.writer(), "deployment", "web").get(0).get("tag").asString()).isEqualTo("known good");
    }

    @Test
    void anEditAgainstAStateChangedMeanwhileIsAConflictAndAppliesNothing() {
        JsonNode web = resource(team.writer(), "deployment", "web");
        cluster.scaleWebOutsideTheConsole(7);

        JsonNode refused = edit(team.writer(), "deployment", "web",
                web.get("yaml").asString().replace("replicas: 2", "replicas: 3"),
                web.get("resource_version").asString(), null).assertStatus(409).json();

        assertThat(refused.get("message").asString()).contains("changed");
        assertThat(cluster.web().getSpec().getReplicas()).isEqualTo(7);
        assertThat(edit(team.writer(), "deployment", "web", "spec: [broken", web.get("resource_version").asString(), null)
                .assertStatus(400).json().get("field").asString()).isEqualTo("yaml");
    }

    @Test
    void aBackupRestoresTwoDeletedObjectsAfterAPreviewOfExactlyThem() {
        JsonNode backup = team.writer().postJson("/api/k8s/yaml/backup/create",
                Map.of("cluster", cluster.name(), "namespace", ns)).assertStatus(200).json();
        assertThat(backup.get("objects").toString()).contains("\"web\"", "\"settings\"", "\"tokens\"");
        cluster.objects().configMaps().inNamespace(ns).withName("settings").delete();
        cluster.objects().secrets().inNamespace(ns).withName("tokens").delete();
        String id = backup.get("id").asString();

        JsonNode preview = team.writer().postJson("/api/k8s/yaml/backup/restore", Map.of("id", id, "dry_run", true))
                .assertStatus(200).json();
        assertThat(preview.get("restored").toString()).isEqualTo(
                "[{\"kind\":\"configmap\",\"name\":\"settings\",\"action\":\"create\",\"diff\":"
                        + preview.get("restored").get(0).get("diff").toString()
                        + "},{\"kind\":\"secret\",\"name\":\"tokens\",\"action\":\"create\",\"diff\":"
                        + preview.get("restored").get(1).get("diff").toString() + "}]");
        assertThat(cluster.objects().configMaps().inNamespace(ns).withName("settings").get()).isNull();

        JsonNode restored = team.writer().postJson("/api/k8s/yaml/backup/restore", Map.of("id", id)).assertStatus(200)
                .json();

        assertThat(restored.get("restored")).hasSize(2);
        assertThat(cluster.objects().configMaps().inNamespace(ns).withName("settings").get().getData())
                .containsEntry("mode", "fast");
        assertThat(cluster.objects().secrets().inNamespace(ns).withName("tokens").get().getData())
                .containsEntry("password", YamlCluster.PASSWORD_BASE64);
        assertThat(team.writer().get("/api/k8s/yaml/backups?cluster=" + cluster.name() + "&namespace=" + ns).json()
                .get("items")).hasSize(1);
        assertThat(f.auditCount("backup_created", team.writerName())).isEqualTo(1);
        assertThat(f.auditCount("backup_restored", team.writerName())).isEqualTo(1);
    }

    @Test
    void secretValuesNeverAppearInPagesJsonVersionsOrBackups() {
        List<String> seen = new ArrayList<>();
        JsonNode secret = resource(team.writer(), "secret", "tokens");
        seen.add(secret.toString());
        String masked = secret.get("yaml").asString();
        edit(team.writer(), "secret", "tokens", masked.replace("\ndata:\n", "\ndata:\n  extra: " + java.util.Base64
                .getEncoder().encodeToString("another-secret-99".getBytes()) + "\n"),
                secret.get("resource_version").asString(), "add a key").assertStatus(200);
        List<JsonNode> history = versions(team.writer(), "secret", "tokens");
        seen.add(history.toString());
        for (JsonNode v : history) {
            seen.add(team.writer().get("/api/k8s/yaml/versions/" + v.get("id").asString()).body());
        }
        seen.add(team.writer().get("/api/k8s/yaml/versions/" + history.get(0).get("id").asString() + "/diff").body());
        seen.add(team.writer().get("/yaml/" + cluster.name() + "/" + ns + "/secret/tokens").assertStatus(200).body());
        seen.add(team.writer().get("/versions/diff?from=" + history.get(1).get("id").asString() + "&to="
                + history.get(0).get("id").asString()).assertStatus(200).body());
        JsonNode backup = team.writer().postJson("/api/k8s/yaml/backup/create",
                Map.of("cluster", cluster.name(), "namespace", ns)).assertStatus(200).json();
        String id = backup.get("id").asString();
        seen.add(team.writer().get("/api/k8s/yaml/backups/" + id + "/download").assertStatus(200).body());
        seen.add(team.writer().get("/api/k8s/yaml/backups/" + id + "/compare").assertStatus(200).body());
        seen.add(team.writer().get("/yaml/backups/" + id).assertStatus(200).body());
        seen.addAll(f.jdbc().sql("select yaml || diff from yaml_versions").query(String.class).list());
        seen.addAll(RawRows.columns(f.jdbc(), "select * from backups"));
        f.jdbc().sql("select sealed_manifest from yaml_versions where sealed_manifest is not null")
                .query((rs, row) -> new String(rs.getBytes(1), java.nio.charset.StandardCharsets.ISO_8859_1))
                .list().forEach(seen::add);
        seen.addAll(f.jdbc().sql("select detail from audit_log").query(String.class).list());

        assertThat(seen).hasSizeGreaterThan(10).allSatisfy(text -> assertThat(text).doesNotContain(
                YamlCluster.PASSWORD, YamlCluster.PASSWORD_BASE64, "another-secret-99",
                java.util.Base64.getEncoder().encodeToString("another-secret-99".getBytes())));
        assertThat(cluster.objects().secrets().inNamespace(ns).withName("tokens").get().getData())
                .containsEntry("password", YamlCluster.PASSWORD_BASE64).containsKey("extra");
    }

    @Test
    void aBackupIsKeptSealedWithOnlyWhatItsListShowsInTheClear() {
        JsonNode backup = team.writer().postJson("/api/k8s/yaml/backup/create",
                Map.of("cluster", cluster.name(), "namespace", ns)).assertStatus(200).json();
        String id = backup.get("id").asString();
        assertThat(team.writer().get("/api/k8s/yaml/backups/" + id + "/download").assertStatus(200).body())
                .contains("kind: ConfigMap", "mode: fast", "image: nginx:1.27", "<hidden:");

        List<String> row = RawRows.columns(f.jdbc(), "select * from backups where id = ?", Long.parseLong(id));

        assertThat(row).as("the list's columns are in the clear").contains(cluster.name(), ns, team.writerName())
                .anySatisfy(column -> assertThat(column).contains("configmap/settings", "secret/tokens"));
        assertThat(row).allSatisfy(column -> assertThat(column).doesNotContain("mode: fast", "nginx:1.27",
                "apiVersion", "kind:", "app: web", "<hidden:", YamlCluster.PASSWORD, YamlCluster.PASSWORD_BASE64));
    }

    @Test
    void readersSeeVersionsButOnlyWritersChangeRollBackOrRestore() {
        JsonNode web = resource(team.reader(), "deployment", "web");
        String first = versions(team.reader(), "deployment", "web").get(0).get("id").asString();
        JsonNode backup = team.writer().postJson("/api/k8s/yaml/backup/create",
                Map.of("cluster", cluster.name(), "namespace", ns)).assertStatus(200).json();

        edit(team.reader(), "deployment", "web", web.get("yaml").asString(), web.get("resource_version").asString(), null)
                .assertStatus(403);
        team.reader().postJson("/api/k8s/yaml/versions/" + first + "/rollback", Map.of()).assertStatus(403);
        team.reader().postJson("/api/k8s/yaml/backup/restore", Map.of("id", backup.get("id").asString(), "dry_run", true))
                .assertStatus(403);
        team.reader().postJson("/api/k8s/yaml/backup/create", Map.of("cluster", cluster.name(), "namespace", ns))
                .assertStatus(403);
        team.reader().postForm("/yaml/" + cluster.name() + "/" + ns + "/deployment/web",
                Map.of("yaml", web.get("yaml").asString(), "resourceVersion", "1")).assertStatus(403);

        assertThat(f.auditCount("denied", team.readerName())).isEqualTo(5);
        team.reader().get("/api/k8s/yaml/backups/" + backup.get("id").asString() + "/compare").assertStatus(200);
        WebSession stranger = f.signedIn(f.user("stranger", Permissions.NONE));
        stranger.get("/api/k8s/yaml/versions/" + first).assertStatus(404);
        stranger.get("/api/k8s/yaml/versions" + query("deployment", "web")).assertStatus(404);
    }

    @Test
    void anEditIsReviewedAgainstTheObjectNowAndAnOvertakenOneShowsAllThreeStates() {
        String path = "/versions/" + cluster.name() + "/" + ns + "/deployment/web";
        JsonNode loaded = resource(team.writer(), "deployment", "web");
        String original = loaded.get("yaml").asString();
        String mine = original.replace("replicas: 2", "replicas: 4");
        Map<String, String> form = new HashMap<>(Map.of("yaml", mine, "resourceVersion",
                loaded.get("resource_version").asString(), "original", original, "note", "four"));
        Map<String, String> review = new HashMap<>(form);
        review.put("review", "true");

        String reviewed = team.writer().postForm(path, review).assertStatus(200).body();
        assertThat(reviewed).contains("id=\"review\"", "replicas: 4", "Now in the cluster")
                .doesNotContain("id=\"conflict\"");
        assertThat(cluster.web().getSpec().getReplicas()).as("a review applies nothing").isEqualTo(2);

        cluster.scaleWebOutsideTheConsole(7);
        // Settled, so that no status update of the controller overtakes the overwrite below as well.
        cluster.settled(7);
        String overtaken = team.writer().postForm(path, form).assertStatus(200).body();
        assertThat(overtaken).contains("id=\"conflict\"", "Changed in the cluster meanwhile", "replicas: 7",
                "Your changes", "replicas: 4", "id=\"apply-over\"");
        assertThat(cluster.web().getSpec().getReplicas()).isEqualTo(7);

        Matcher over = Pattern.compile("(?s)id=\"apply-over\".*?name=\"resourceVersion\" value=\"([^\"]+)\"")
                .matcher(overtaken);
        assertThat(over.find()).isTrue();
        Map<String, String> again = new HashMap<>(form);
        again.put("resourceVersion", over.group(1));
        assertThat(team.writer().postForm(path, again).assertStatus(302).location()).isEqualTo(path);
        assertThat(cluster.web().getSpec().getReplicas()).isEqualTo(4);
    }

    @Test
    void refusedLabelAndScheduleFormsKeepWhatWasTypedBesideTheirError() {
        String path = "/versions/" + cluster.name() + "/" + ns + "/deployment/web";
        WebSession.Response label = team.writer().postForm(path + "?labels=set", Map.of("key", "bad key", "value",
                "x"));
        assertThat(label.assertStatus(302).location()).endsWith(path + "#set-label");
        assertThat(team.writer().get(path).body()).contains("value=\"bad key\"", "id=\"set-label-error\"");

        String backups = "/versions/" + cluster.name() + "/" + ns + "/backups";
        WebSession.Response schedule = team.writer().postForm(backups + "/schedule", Map.of("cron",
                "every night"));
        assertThat(schedule.assertStatus(302).location()).endsWith(backups + "#schedule-form");
        assertThat(team.writer().get(backups).body()).contains("value=\"every night\"", "id=\"schedule-error\"");
    }

    @Test
    void thePagesShowObjectsYamlHistoryDiffAndBackups() {
        // The pages live under /versions; the /yaml paths they had before still answer.
        String objects = team.reader().get("/versions/" + cluster.name() + "/" + ns).assertStatus(200).body();
        assertThat(objects).contains(">web<", ">settings<", ">tokens<", "/versions/" + cluster.name() + "/" + ns
                + "/backups");
        assertThat(team.reader().get("/yaml/" + cluster.name() + "/" + ns).assertStatus(200).body())
                .contains(">web<", ">settings<", ">tokens<");
        String page = team.reader().get("/yaml/" + cluster.name() + "/" + ns + "/deployment/web").assertStatus(200)
                .body();
        assertThat(page).contains("replicas: 2", "readonly", "first-seen").doesNotContain(">Apply<");

        String writerPage = team.writer().get("/yaml/" + cluster.name() + "/" + ns + "/deployment/web").body();
        String rv = writerPage.replaceAll("(?s).*name=\"resourceVersion\" value=\"([^\"]+)\".*", "$1");
        WebSession.Response applied = team.writer().postForm("/yaml/" + cluster.name() + "/" + ns + "/deployment/web",
                Map.of("yaml", resource(team.writer(), "deployment", "web").get("yaml").asString()
                        .replace("replicas: 2", "replicas: 6"), "resourceVersion", rv, "note", "from the page"));
        assertThat(applied.location()).isEqualTo("/versions/" + cluster.name() + "/" + ns + "/deployment/web");
        String after = team.writer().get(applied.location()).body();
        assertThat(after).contains("Applied and recorded", "from the page", "/versions/diff?from=");

        String stale = team.writer().postForm("/yaml/" + cluster.name() + "/" + ns + "/deployment/web",
                Map.of("yaml", "kind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 1\n", "resourceVersion",
                        rv)).assertStatus(200).body();
        assertThat(stale).contains("id=\"yaml-error\"", "replicas: 1", "Load the current state");
        assertThat(cluster.web().getSpec().getReplicas()).isEqualTo(6);

        String current = team.writer().get("/yaml/" + cluster.name() + "/" + ns + "/deployment/web").body()
                .replaceAll("(?s).*name=\"resourceVersion\" value=\"([^\"]+)\".*", "$1");
        String refused = team.writer().postForm("/yaml/" + cluster.name() + "/" + ns + "/deployment/web",
                Map.of("yaml", resource(team.writer(), "deployment", "web").get("yaml").asString()
                        .replace("replicas: 6", "replicas: -1"), "resourceVersion", current)).assertStatus(200).body();
        int line = resource(team.writer(), "deployment", "web").get("yaml").asString().lines().toList()
                .indexOf("  replicas: 6") + 1;
        assertThat(refused).as("the API server's refusal, at the line it names").contains("id=\"yaml-error-line\"",
                "data-error-line=\"" + line + "\"");
        assertThat(cluster.web().getSpec().getReplicas()).isEqualTo(6);
        String checked = team.writer().postForm("/yaml/" + cluster.name() + "/" + ns + "/deployment/web",
                Map.of("yaml", resource(team.writer(), "deployment", "web").get("yaml").asString()
                        .replace("replicas: 6", "replicas: 4"), "resourceVersion", current, "check", "true"))
                .assertStatus(200).body();
        assertThat(checked).as("the server's dry run accepts it").contains("id=\"yaml-checked\"", "replicas: 4");
        assertThat(cluster.web().getSpec().getReplicas()).as("a check stores nothing").isEqualTo(6);
        assertThat(team.writer().postForm("/yaml/" + cluster.name() + "/" + ns + "/deployment/web",
                Map.of("yaml", resource(team.writer(), "deployment", "web").get("yaml").asString()
                        .replace("replicas: 6", "replicas: -1"), "resourceVersion", current, "check", "true"))
                .assertStatus(200).body()).contains("id=\"yaml-error-line\"").doesNotContain("id=\"yaml-checked\"");
        team.reader().postForm("/yaml/" + cluster.name() + "/" + ns + "/deployment/web", Map.of("yaml", "kind: x",
                "resourceVersion", current, "check", "true")).assertStatus(403);

        List<JsonNode> history = versions(team.writer(), "deployment", "web");
        String diff = team.reader().get("/versions/diff?from=" + history.get(1).get("id").asString() + "&to="
                + history.get(0).get("id").asString()).assertStatus(200).body();
        assertThat(diff).contains("diff-changed", "replicas: 2", "replicas: 6");

        team.writer().postForm("/versions/" + cluster.name() + "/" + ns + "/backups", Map.of()).assertStatus(302);
        String backups = team.writer().get("/versions/" + cluster.name() + "/" + ns + "/backups").body();
        assertThat(backups).contains("Backup created.", "Compare and restore");
    }
}
