package org.kubedeck.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.kubedeck.adapters.k8s.testing.RigNamespace;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.user.AccessLevel;
import org.kubedeck.domain.user.Permissions;
import tools.jackson.databind.JsonNode;

/** Every kind a cluster serves, custom resources included, and their objects a page at a time, on the rig. */
@WebTest
class ResourceWebTest extends YamlClusterWebTest {

    private List<String> kinds(WebSession session) {
        return session.get("/api/k8s/resources/" + c).assertStatus(200).json().get("kinds").valueStream()
                .map(kind -> kind.get("resource").asString()).toList();
    }

    @Test
    void theKindsAreDiscoveredAndACustomResourceDefinitionComesAndGoesWithinSeconds() {
        JsonNode nodes = team.reader().get("/api/k8s/resources/" + c).assertStatus(200).json().get("kinds")
                .valueStream().filter(kind -> kind.get("resource").asString().equals("nodes")).findFirst()
                .orElseThrow();
        assertThat(nodes.get("namespaced").asBoolean()).isFalse();
        assertThat(kinds(team.reader())).contains("configmaps", "deployments.apps", "cronjobs.batch",
                "ingresses.networking.k8s.io").doesNotContain("pods/log", "bindings");

        String group = cluster.widgets();
        try {
            long created = System.nanoTime();
            RigNamespace.await(Duration.ofSeconds(10), () -> kinds(team.reader()).contains("widgets." + group));
            System.out.printf("A new custom resource definition was listed after %d ms%n",
                    (System.nanoTime() - created) / 1_000_000);
            RigNamespace.await(Duration.ofSeconds(10), () -> {
                try {
                    cluster.rig().create("""
                            apiVersion: %s/v1
                            kind: Widget
                            metadata: {name: blue-one}
                            spec: {size: 3, colour: blue}
                            """.formatted(group));
                    return true;
                } catch (RuntimeException notServedYet) {
                    return false;
                }
            });

            JsonNode definition = team.reader().get("/api/k8s/crds/widgets." + group + "?cluster=" + c
                    + "&namespace=" + ns).assertStatus(200).json();
            assertThat(definition.get("scope").asString()).isEqualTo("Namespaced");
            JsonNode spec = definition.get("versions").get(0).get("schema").get("fields").valueStream()
                    .filter(field -> field.get("name").asString().equals("spec")).findFirst().orElseThrow();
            assertThat(spec.get("fields").valueStream().map(field -> field.get("name").asString() + ":"
                    + field.get("type").asString() + ":" + field.get("required").asBoolean()))
                    .containsExactlyInAnyOrder("size:integer:true", "colour:string:false",
                            "ports:array of object:false");
            assertThat(spec.get("fields").valueStream().filter(field -> field.get("name").asString().equals("ports"))
                    .findFirst().orElseThrow().get("fields").get(0).get("name").asString()).isEqualTo("port");
            assertThat(definition.get("template").asString()).contains("apiVersion: " + group + "/v1",
                    "kind: Widget", "namespace: " + ns, "spec:\n  size: 0");
            assertThat(team.reader().get("/api/k8s/crds?cluster=" + c).assertStatus(200).json().get("crds")
                    .valueStream().map(crd -> crd.get("name").asString())).contains("widgets." + group);
            assertThat(team.reader().get("/crds/" + c + "/widgets." + group).assertStatus(200).body())
                    .contains("id=\"schema\"", "colour", "required", "kind: Widget");
            assertThat(team.reader().get("/resources/" + c + "/widgets." + group).assertStatus(200).body())
                    .contains("id=\"schema-link\"");
            team.reader().get("/api/k8s/crds/nothing." + group + "?cluster=" + c).assertStatus(404);

            JsonNode widgets = team.reader().get("/api/k8s/crds/widgets." + group + "/resources?cluster=" + c
                    + "&namespace=" + ns).assertStatus(200).json();
            assertThat(widgets.get("columns").valueStream().map(column -> column.get("name").asString()))
                    .containsExactly("Name", "Colour", "Size");
            JsonNode widget = widgets.get("items").get(0);
            String create = "/api/k8s/crds/widgets." + group + "/resources?cluster=" + c + "&namespace=" + ns;
            String red = """
                    apiVersion: %s/v1
                    kind: Widget
                    metadata: {name: red-two}
                    spec: {size: %s, colour: red}
                    """;
            assertThat(team.writer().postJson(create + "&dry_run=true", Map.of("yaml", red.formatted(group, "\"big\"")))
                    .assertStatus(400).json().get("message").asString()).as("the API server names the field")
                    .contains("spec.size");
            assertThat(team.writer().postForm("/resources/" + c + "/widgets." + group + "/new", Map.of("namespace", ns,
                    "yaml", red.formatted(group, "\"big\""), "action", "check")).body())
                    .as("the page points at the line of the field").contains("id=\"new-refused-line\"", "(line 4)");
            assertThat(team.writer().postJson(create + "&dry_run=true", Map.of("yaml", red.formatted(group, "2")))
                    .assertStatus(200).json().get("dry_run").asBoolean()).isTrue();
            team.reader().postJson(create, Map.of("yaml", red.formatted(group, "2"))).assertStatus(403);
            assertThat(team.writer().get("/api/k8s/resources/" + c + "/widgets." + group + "/red-two?namespace="
                    + ns).status()).as("nothing stored yet").isEqualTo(404);
            assertThat(team.writer().postJson(create, Map.of("yaml", red.formatted(group, "2"))).assertStatus(201)
                    .json().get("name").asString()).isEqualTo("red-two");
            team.writer().postJson(create, Map.of("yaml", red.formatted(group, "2"))).assertStatus(409);
            assertThat(f.auditCount("resource_created", team.writerName())).isOne();

            String widgetPath = "/api/k8s/resources/" + c + "/widgets." + group + "/blue-one?namespace=" + ns;
            JsonNode loaded = team.writer().get(widgetPath).assertStatus(200).json();
            JsonNode replaced = team.writer().putJson(widgetPath, Map.of("yaml", loaded.get("yaml").asString()
                    .replace("size: 3", "size: 5"), "resource_version", loaded.get("resource_version").asString(),
                    "note", "bigger")).assertStatus(200).json();
            assertThat(replaced.get("yaml").asString()).contains("size: 5");
            assertThat(f.jdbc().sql("select count(*) from yaml_versions where kind = ? and api_version = ? "
                    + "and manifest_kind = 'Widget' and note = 'bigger'").params("widgets." + group, group + "/v1")
                    .query(Long.class).single()).isOne();
            assertThat(team.writer().get("/api/k8s/yaml/versions?cluster=" + c + "&namespace=" + ns
                    + "&kind=widgets." + group + "&name=blue-one").assertStatus(200).json().get("items")
                    .valueStream().map(version -> version.get("note").asString())).contains("bigger");
            assertThat(team.writer().get("/versions/" + c + "/" + ns + "/widgets." + group + "/blue-one")
                    .assertStatus(200).body()).contains("Widget", "size: 5", "bigger");
            assertThat(team.reader().get("/resources/" + c + "/widgets." + group + "/blue-one?namespace=" + ns)
                    .body()).contains("/versions/" + c + "/" + ns + "/widgets." + group + "/blue-one");
            String redTwo = "/api/k8s/crds/widgets." + group + "/resources/red-two?cluster=" + c + "&namespace=" + ns;
            JsonNode redLoaded = team.writer().get("/api/k8s/resources/" + c + "/widgets." + group
                    + "/red-two?namespace=" + ns).json();
            assertThat(team.writer().putJson(redTwo, Map.of("yaml", redLoaded.get("yaml").asString().replace(
                    "colour: red", "colour: crimson"), "resource_version", redLoaded.get("resource_version")
                    .asString())).assertStatus(200).json().get("yaml").asString()).contains("colour: crimson");
            team.writer().delete(redTwo).assertStatus(403);
            admin.delete(redTwo).assertStatus(204);
            assertThat(team.writer().get("/api/k8s/resources/" + c + "/widgets." + group + "/red-two?namespace="
                    + ns).status()).as("deleted through the CRD path").isEqualTo(404);
            assertThat(widget.get("name").asString()).isEqualTo("blue-one");
            assertThat(widget.get("namespace").asString()).isEqualTo(ns);
            assertThat(widget.get("cells").valueStream().map(JsonNode::asString).toList().subList(0, 3))
                    .containsExactly("blue-one", "blue", "3");
        } finally {
            cluster.deleteWidgets(group);
        }
        RigNamespace.await(Duration.ofSeconds(10), () -> !kinds(team.reader()).contains("widgets." + group));
        team.reader().get("/api/k8s/resources/" + c + "/widgets." + group + "?namespace=" + ns).assertStatus(404);
    }

    /** ConfigMaps in the long list: several pages of the API's largest page. */
    private static final int MANY = 1_500;

    @Test
    void aLongListComesInPagesThatTogetherHoldEveryObjectOnce() {
        IntStream.range(0, MANY).parallel().forEach(i -> cluster.objects().configMaps().inNamespace(ns)
                .resource(new ConfigMapBuilder().withNewMetadata().withName(String.format("cm-%04d", i))
                        .withLabels(Map.of("even", String.valueOf(i % 2 == 0))).endMetadata().build()).create());
        int total = cluster.objects().configMaps().inNamespace(ns).list().getItems().size();

        List<String> seen = new ArrayList<>();
        String position = "";
        int pages = 0;
        do {
            JsonNode page = team.reader().get("/api/k8s/resources/" + c + "/configmaps?namespace=" + ns
                    + "&limit=500" + (position.isEmpty() ? "" : "&continue=" + position)).assertStatus(200).json();
            page.get("items").valueStream().forEach(item -> seen.add(item.get("name").asString()));
            position = page.get("continue").asString();
            pages++;
        } while (!position.isEmpty());
        assertThat(pages).isEqualTo((total + 499) / 500);
        assertThat(seen).hasSize(total).doesNotHaveDuplicates().contains("cm-0000", "cm-1499", "settings");

        String firstPage = team.reader().get("/resources/" + c + "/configmaps?namespace=" + ns + "&limit=50")
                .assertStatus(200).body();
        assertThat(firstPage).contains("data-name=\"cm-0000\"", "id=\"next-page\"", "Data")
                .doesNotContain("data-name=\"cm-0050\"", "id=\"first-page\"");
        assertThat(team.reader().get("/resources/" + c + "?q=config").assertStatus(200).body())
                .contains("id=\"kind-configmaps\"").doesNotContain("id=\"kind-nodes\"");
        assertThat(team.reader().get("/resources/" + c + "/configmaps?namespace=" + ns + "&selector=a%20in")
                .assertStatus(200).body()).contains("id=\"list-refused\"");

        JsonNode even = team.reader().get("/api/k8s/resources/" + c + "/configmaps?namespace=" + ns
                + "&selector=even%3Dtrue&limit=500").assertStatus(200).json();
        assertThat(even.get("items").size()).isEqualTo(500);
        assertThat(even.get("items").valueStream().map(item -> item.get("labels").get("even").asString()))
                .containsOnly("true");
        assertThat(even.get("continue").asString()).as("a selector's rest is on the next page").isNotEmpty();
        JsonNode named = team.reader().get("/api/k8s/resources/" + c + "/configmaps?namespace=" + ns
                + "&name=CM-14&limit=5").assertStatus(200).json();
        assertThat(named.get("items").valueStream().map(item -> item.get("name").asString()))
                .as("pages are read on until one holds matches").allMatch(name -> name.startsWith("cm-14"))
                .hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void anObjectOfAnyKindShowsItsYamlOwnersAndEventsWithSecretsMasked() {
        String objects = "/api/k8s/resources/" + c;
        JsonNode settings = team.reader().get(objects + "/configmaps/settings?namespace=" + ns).assertStatus(200)
                .json();
        assertThat(settings.get("kind").asString()).isEqualTo("ConfigMap");
        assertThat(settings.get("yaml").asString()).contains("mode: fast").doesNotContain("resourceVersion");
        assertThat(team.reader().get(objects + "/secrets/tokens?namespace=" + ns).assertStatus(200).json()
                .get("yaml").asString()).doesNotContain(YamlCluster.PASSWORD_BASE64, YamlCluster.PASSWORD);
        assertThat(team.reader().get(objects + "/nodes/node-a").assertStatus(200).json().get("namespace")
                .asString()).isEmpty();

        String pod = cluster.objects().pods().inNamespace(ns).withLabel("app", "web").list().getItems().get(0)
                .getMetadata().getName();
        JsonNode owner = team.reader().get(objects + "/pods/" + pod + "?namespace=" + ns).assertStatus(200).json()
                .get("owners").get(0);
        assertThat(owner.get("kind").asString()).isEqualTo("ReplicaSet");
        assertThat(owner.get("controller").asBoolean()).isTrue();
        String replicaSet = owner.get("name").asString();
        assertThat(team.reader().get(objects + "/replicasets.apps/" + replicaSet + "?namespace=" + ns).json()
                .get("owned").valueStream().map(owned -> owned.get("kind").asString() + "/" + owned.get("name")
                        .asString())).as("a ReplicaSet owns its pods").hasSize(2).contains("Pod/" + pod);
        assertThat(team.reader().get(objects + "/deployments.apps/web?namespace=" + ns).json().get("owned").get(0)
                .get("name").asString()).isEqualTo(replicaSet);
        assertThat(team.reader().get("/resources/" + c + "/deployments.apps/web?namespace=" + ns).body())
                .contains("id=\"owned\"", "/resources/" + c + "/replicasets.apps/" + replicaSet);
        RigNamespace.await(RigNamespace.SETTLE, () -> team.reader().get("/api/k8s/events/" + c + "?namespace=" + ns
                + "&resource=pods&name=" + pod).json().get("events").valueStream()
                .anyMatch(event -> event.get("reason").asString().equals("Scheduled")));
        JsonNode events = team.reader().get("/api/k8s/events/" + c + "?namespace=" + ns + "&resource=pods&name="
                + pod).assertStatus(200).json().get("events");
        assertThat(events.valueStream().map(event -> event.get("object").asString()))
                .allMatch(object -> object.equals("Pod/" + pod));

        String page = team.reader().get("/resources/" + c + "/pods/" + pod + "?namespace=" + ns).assertStatus(200)
                .body();
        assertThat(page).contains("/resources/" + c + "/replicasets.apps/" + owner.get("name").asString(),
                "id=\"events\"", "Scheduled", "id=\"versions-link\"");
        assertThat(team.reader().get("/resources/" + c + "/configmaps?namespace=" + ns).body())
                .contains("/resources/" + c + "/configmaps/settings?namespace=" + ns);

        team.reader().get(objects + "/configmaps/nothing?namespace=" + ns).assertStatus(404);
        assertThat(team.reader().get(objects + "/configmaps/settings").assertStatus(400).json().get("field")
                .asString()).isEqualTo("namespace");
        f.signedIn(f.user("stranger", Permissions.NONE)).get(objects + "/configmaps/settings?namespace=" + ns)
                .assertStatus(404);
    }

    @Test
    void writersReplaceAdminsDeleteAndLowerRolesAreRefusedWithNothingChanged() {
        String settings = "/api/k8s/resources/" + c + "/configmaps/settings?namespace=" + ns;
        JsonNode loaded = team.reader().get(settings).assertStatus(200).json();
        Map<String, String> edit = Map.of("yaml", loaded.get("yaml").asString().replace("mode: fast", "mode: slow"),
                "resource_version", loaded.get("resource_version").asString());

        team.reader().putJson(settings, edit).assertStatus(403);
        assertThat(cluster.objects().configMaps().inNamespace(ns).withName("settings").get().getData())
                .containsEntry("mode", "fast");
        team.writer().putJson(settings, edit).assertStatus(200);
        assertThat(cluster.objects().configMaps().inNamespace(ns).withName("settings").get().getData())
                .containsEntry("mode", "slow");
        assertThat(team.writer().putJson(settings, edit).assertStatus(409).json().get("error").asString())
                .isEqualTo("conflict");

        String page = "/resources/" + c + "/configmaps/new";
        assertThat(team.writer().get(page + "?namespace=" + ns).assertStatus(200).body())
                .contains("kind: ConfigMap", "id=\"new-form\"");
        String fresh = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: fresh}\ndata: {a: b}\n";
        assertThat(team.writer().postForm(page, Map.of("namespace", ns, "yaml", fresh, "action", "check")).body())
                .contains("id=\"new-checked\"");
        assertThat(cluster.objects().configMaps().inNamespace(ns).withName("fresh").get()).isNull();
        assertThat(team.writer().postForm(page, Map.of("namespace", ns, "yaml", "kind: Secret\nmetadata: {name: x}",
                "action", "create")).body()).contains("id=\"new-refused\"", "not a ConfigMap");
        team.reader().postForm(page, Map.of("namespace", ns, "yaml", fresh)).assertStatus(403);
        assertThat(team.writer().postForm(page, Map.of("namespace", ns, "yaml", fresh, "action", "create"))
                .location()).isEqualTo("/resources/" + c + "/configmaps/fresh?namespace=" + ns);
        assertThat(cluster.objects().configMaps().inNamespace(ns).withName("fresh").get().getData())
                .containsEntry("a", "b");

        team.writer().delete(settings).assertStatus(403);
        assertThat(cluster.objects().configMaps().inNamespace(ns).withName("settings").get()).isNotNull();
        assertThat(team.writer().delete(settings + "&propagation=sideways").assertStatus(400).json().get("field")
                .asString()).isEqualTo("propagation");
        String keeper = f.user("keeper", Permissions.perCluster(Map.of(ClusterName.of(c), AccessLevel.ADMIN)));
        WebSession admin = f.signedIn(keeper);
        assertThat(admin.get("/resources/" + c + "/configmaps/settings?namespace=" + ns).body())
                .contains("id=\"delete-form\"");
        assertThat(team.writer().get("/resources/" + c + "/configmaps/settings?namespace=" + ns).body())
                .doesNotContain("id=\"delete-form\"");
        admin.delete(settings + "&propagation=foreground").assertStatus(204);
        RigNamespace.await(RigNamespace.SETTLE,
                () -> cluster.objects().configMaps().inNamespace(ns).withName("settings").get() == null);
        assertThat(f.auditCount("resource_deleted", keeper)).isOne();
        admin.delete(settings).assertStatus(404);

        cluster.configMap("spare", Map.of());
        assertThat(admin.postForm("/resources/" + c + "/configmaps/spare/delete?namespace=" + ns,
                Map.of("propagation", "background")).location()).isEqualTo("/resources/" + c + "/configmaps?namespace="
                + ns);
        RigNamespace.await(RigNamespace.SETTLE,
                () -> cluster.objects().configMaps().inNamespace(ns).withName("spare").get() == null);
        assertThat(f.jdbc().sql("select count(*) from yaml_versions where namespace = ? and kind = 'configmap' "
                + "and name = 'spare'").param(ns).query(Long.class).single()).as("the last state kept").isOne();
    }

    @Test
    void clusterWideObjectsAreCreatedEditedAndDeletedByTheClusterAdminsOnlyAndVersioned() {
        String role = "t-reader-" + ns;
        String roles = "/api/k8s/resources/" + c + "/clusterroles.rbac.authorization.k8s.io";
        String yaml = """
                apiVersion: rbac.authorization.k8s.io/v1
                kind: ClusterRole
                metadata: {name: %s}
                rules: [{apiGroups: [""], resources: [configmaps], verbs: [get]}]
                """.formatted(role);
        String keeper = f.user("keeper", Permissions.perCluster(Map.of(ClusterName.of(c), AccessLevel.ADMIN)));
        WebSession admin = f.signedIn(keeper);
        try {
            team.writer().postJson(roles, Map.of("yaml", yaml)).assertStatus(403);
            assertThat(cluster.objects().rbac().clusterRoles().withName(role).get()).as("nothing created").isNull();
            assertThat(admin.postJson(roles, Map.of("yaml", yaml)).assertStatus(201).json().get("name").asString())
                    .isEqualTo(role);
            assertThat(cluster.objects().rbac().clusterRoles().withName(role).get().getRules().get(0).getVerbs())
                    .containsExactly("get");

            JsonNode loaded = team.reader().get(roles + "/" + role).assertStatus(200).json();
            Map<String, String> edit = Map.of("yaml", loaded.get("yaml").asString().replace("- get", "- list"),
                    "resource_version", loaded.get("resource_version").asString());
            team.writer().putJson(roles + "/" + role, edit).assertStatus(403);
            assertThat(cluster.objects().rbac().clusterRoles().withName(role).get().getRules().get(0).getVerbs())
                    .as("a writer changes nothing cluster-wide").containsExactly("get");
            admin.putJson(roles + "/" + role, edit).assertStatus(200);
            assertThat(cluster.objects().rbac().clusterRoles().withName(role).get().getRules().get(0).getVerbs())
                    .containsExactly("list");
            assertThat(f.jdbc().sql("select count(*) from yaml_versions where namespace = '' and name = ? and kind = "
                    + "'clusterroles.rbac.authorization.k8s.io'").param(role).query(Long.class).single())
                    .as("created, then edited").isEqualTo(2);
            assertThat(admin.get("/versions/" + c + "/-/clusterroles.rbac.authorization.k8s.io/" + role)
                    .assertStatus(200).body()).contains("id=\"versions\"");
            assertThat(admin.get("/resources/" + c + "/clusterroles.rbac.authorization.k8s.io").body())
                    .contains("id=\"new-link\"");
            assertThat(team.writer().get("/resources/" + c + "/clusterroles.rbac.authorization.k8s.io").body())
                    .doesNotContain("id=\"new-link\"");

            team.writer().delete(roles + "/" + role).assertStatus(403);
            admin.delete(roles + "/" + role).assertStatus(204);
            assertThat(cluster.objects().rbac().clusterRoles().withName(role).get()).isNull();
            assertThat(f.auditCount("resource_deleted", keeper)).isOne();
        } finally {
            cluster.objects().rbac().clusterRoles().withName(role).delete();
        }
    }

    @Test
    void badQueriesStrangersAndWhatTheClusterForbidsAreToldApart() {
        String list = "/api/k8s/resources/" + c + "/configmaps?namespace=" + ns;
        assertThat(team.reader().get(list + "&limit=0").assertStatus(400).json().get("field").asString())
                .isEqualTo("limit");
        assertThat(team.reader().get(list + "&selector=a%20in").assertStatus(400).json().get("field").asString())
                .isEqualTo("selector");
        assertThat(team.reader().get(list + "&continue=nonsense").assertStatus(400).json().get("field")
                .asString()).isEqualTo("continue");
        assertThat(team.reader().get(list.replace("?namespace=" + ns, "?namespace=Bad_Name")).assertStatus(400)
                .json().get("field").asString()).isEqualTo("namespace");
        team.reader().get("/api/k8s/resources/" + c + "/gadgets.nowhere.example.com").assertStatus(404);
        f.signedIn(f.user("stranger", Permissions.NONE)).get(list).assertStatus(404);

        // "view" in the namespace, which leaves Secrets out, and the nodes, which registering a cluster counts.
        cluster.rig().bind("lister", "ClusterRole", "view");
        String nodes = "t-nodes-" + ns;
        cluster.rig().create("""
                apiVersion: rbac.authorization.k8s.io/v1
                kind: ClusterRole
                metadata: {name: %1$s}
                rules: [{apiGroups: [""], resources: [nodes], verbs: [list]}]
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: ClusterRoleBinding
                metadata: {name: %1$s}
                roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: %1$s}
                subjects: [{kind: ServiceAccount, name: lister, namespace: %2$s}]
                """.formatted(nodes, ns));
        try {
            String limited = "limited" + UUID.randomUUID().toString().substring(0, 6);
            WebSession admin = f.signedIn(f.user("root", Permissions.ADMINISTRATOR));
            admin.postJson("/api/admin/clusters", Map.of("name", limited, "kubeconfig_content",
                    cluster.rig().kubeconfigAs("lister"))).assertStatus(201);
            admin.get("/api/k8s/resources/" + limited + "/configmaps?namespace=" + ns).assertStatus(200);
            assertThat(admin.get("/api/k8s/resources/" + limited + "/secrets?namespace=" + ns).assertStatus(403)
                    .json().get("message").asString()).contains("credentials may not list secrets in namespace " + ns);
            Map<String, JsonNode> access = new HashMap<>();
            admin.get("/api/k8s/resources/" + limited + "?namespace=" + ns).assertStatus(200).json().get("kinds")
                    .valueStream().forEach(kind -> access.put(kind.get("resource").asString(), kind.get("listable")));
            assertThat(access.get("configmaps").asBoolean()).isTrue();
            assertThat(access.get("secrets").asBoolean()).as("view leaves Secrets out").isFalse();
            assertThat(access.get("nodes").asBoolean()).isTrue();
            assertThat(admin.get("/resources/" + limited + "?namespace=" + ns).assertStatus(200).body())
                    .containsPattern("id=\"kind-secrets\"[^>]*class=\"muted\"");
            assertThat(team.reader().get("/api/k8s/resources/" + c).json().get("kinds").get(0).get("listable")
                    .asBoolean()).as("the rig's own credentials may list everything").isTrue();
        } finally {
            cluster.objects().rbac().clusterRoleBindings().withName(nodes).delete();
            cluster.objects().rbac().clusterRoles().withName(nodes).delete();
        }
    }
}
