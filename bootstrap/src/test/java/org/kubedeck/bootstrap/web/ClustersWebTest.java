package org.kubedeck.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kubedeck.adapters.k8s.testing.KubeRig;
import org.kubedeck.adapters.k8s.testing.KubeconfigYaml;
import org.kubedeck.bootstrap.web.WebTestSupport.Fixtures;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.user.AccessLevel;
import org.kubedeck.domain.user.Permissions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Registering clusters: the shared Kubernetes rig as the one that answers, closed and silent ports as those that
 * don't.
 */
@WebTest
class ClustersWebTest {

    private static final Pattern TOKEN = Pattern.compile("(?m)^\\s*token: (\\S+)$");

    @Autowired
    Fixtures f;

    private final KubeRig rig = KubeRig.shared();
    private WebSession admin;

    @BeforeEach
    void signIn() {
        admin = f.signedIn(f.user("root", Permissions.ADMINISTRATOR));
    }

    /** The rig admin's bearer token, which must never leave the sealed kubeconfig. */
    private String token() {
        Matcher token = TOKEN.matcher(rig.kubeconfig());
        assertThat(token.find()).as("a token in the rig's kubeconfig").isTrue();
        return token.group(1);
    }

    private int nodes() {
        return rig.objects().nodes().list().getItems().size();
    }

    private static String unique() {
        return "c" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Map<String, Object> body(String name, String kubeconfig) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("display_name", "Cluster " + name);
        body.put("tags", List.of("eu", "test"));
        body.put("kubeconfig_content", kubeconfig);
        return body;
    }

    private long storedClusters(String name) {
        return f.jdbc().sql("select count(*) from clusters where name = ?").param(name).query(Long.class).single();
    }

    @Test
    void adminAddsAClusterThatIsCheckedAndStoredEncrypted() {
        String name = unique();
        // Other tests add and remove nodes of their own on the shared rig: the count is the one seen meanwhile.
        int nodesBefore = nodes();
        var created = admin.postJson("/api/admin/clusters", body(name, rig.kubeconfig())).assertStatus(201).json();
        int nodesAfter = nodes();
        assertThat(created.at("/health/status").asString()).isEqualTo("reachable");
        assertThat(created.at("/health/version").asString()).isEqualTo("v1.23.0");
        assertThat(created.at("/health/nodes").asInt()).isGreaterThanOrEqualTo(2)
                .isBetween(Math.min(nodesBefore, nodesAfter), Math.max(nodesBefore, nodesAfter));
        assertThat(created.has("kubeconfig_content")).isFalse();

        byte[] sealed = f.jdbc().sql("select kubeconfig_sealed from clusters where name = ?").param(name)
                .query(byte[].class).single();
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain(token());

        var list = admin.get("/api/clusters").assertStatus(200).json();
        assertThat(list.findValuesAsString("name")).contains(name);
        String everything = list + admin.get("/api/admin/clusters").body() + admin.get("/clusters").body()
                + admin.get("/clusters/" + name + "/edit").body() + admin.get("/api/admin/logs?limit=500").body();
        assertThat(everything).contains("v1.23.0").doesNotContain(token());
    }

    @Test
    void malformedKubeconfigIsRefusedWithAReasonAndStoresNothing() {
        String name = unique();
        var json = admin.postJson("/api/admin/clusters", body(name, "this: [is not a kubeconfig"))
                .assertStatus(400).json();
        assertThat(json.get("field").asString()).isEqualTo("kubeconfig_content");
        assertThat(storedClusters(name)).isZero();
    }

    @Test
    void closedPortAnswers502WithinSixSecondsAndStoresNothing() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        String name = unique();
        long started = System.nanoTime();
        var json = admin.postJson("/api/admin/clusters", body(name,
                KubeconfigYaml.forServer("http://127.0.0.1:" + port).text())).assertStatus(502).json();
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(6_000);
        assertThat(json.get("error").asString()).isEqualTo("cluster_unavailable");
        assertThat(json.get("message").asString()).isEqualTo(unreachable("http://127.0.0.1:" + port));
        assertThat(storedClusters(name)).isZero();
    }

    /** A socket that accepts and never answers: no real API server can be made that slow on purpose. */
    @Test
    void serverSlowerThanFiveSecondsAnswers502WithinSixSeconds() throws IOException {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String name = unique();
            long started = System.nanoTime();
            var json = admin.postJson("/api/admin/clusters", body(name,
                    KubeconfigYaml.forServer("http://127.0.0.1:" + silent.getLocalPort()).text()))
                    .assertStatus(502).json();
            assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(6_000);
            // The same words as for a closed port: which ports are open is not for the console to tell.
            assertThat(json.get("message").asString())
                    .isEqualTo(unreachable("http://127.0.0.1:" + silent.getLocalPort()));
            assertThat(storedClusters(name)).isZero();
        }
    }

    @Test
    void formShowsTheReasonBesideTheKubeconfigAndKeepsWhatWasPastedUncached() {
        String name = unique();
        WebSession.Response refused = admin.postForm("/clusters", Map.of("name", name, "kubeconfig",
                "users: [{name: u, user: {token: kept-for-the-user, exec: {command: aws}}}]")).assertStatus(200);

        assertThat(refused.body()).as("the reason next to the field, and the paste to correct")
                .contains("id=\"kubeconfig_content-error\"", "kept-for-the-user", "value=\"" + name + "\"")
                .doesNotContain("id=\"form-error\"");
        assertThat(refused.header("Cache-Control")).hasValueSatisfying(cache -> assertThat(cache).contains("no-store"));
        assertThat(f.jdbc().sql("select count(*) from clusters where name = ?").param(name).query(Long.class).single())
                .isZero();
    }

    @Test
    void lowerRolesCannotAddEditOrDelete() {
        String name = unique();
        admin.postJson("/api/admin/clusters", body(name, rig.kubeconfig())).assertStatus(201);
        ClusterName cluster = ClusterName.of(name);

        WebSession writer = f.signedIn(f.user("writer", Permissions.perCluster(Map.of(cluster, AccessLevel.WRITE))));
        writer.postJson("/api/admin/clusters", body(unique(), rig.kubeconfig())).assertStatus(403);
        writer.putJson("/api/admin/clusters/" + name, Map.of("display_name", "Mine")).assertStatus(403);
        writer.delete("/api/admin/clusters/" + name).assertStatus(403);
        writer.get("/clusters/new").assertStatus(403);
        writer.get("/api/admin/clusters/" + name).assertStatus(403);
        writer.get("/clusters/" + name + "/edit").assertStatus(403);
        WebSession globalWriter = f.signedIn(f.user("all-writer", Permissions.globalWrite()));
        assertThat(globalWriter.get("/api/admin/clusters/" + name).assertStatus(403).json().get("error").asString())
                .isEqualTo("forbidden");
        globalWriter.get("/clusters/" + name + "/edit").assertStatus(403);
        assertThat(f.jdbc().sql("select count(*) from audit_log where action = 'denied' and cluster = ? and "
                + "detail like '%configure cluster%'").param(name).query(Long.class).single()).isEqualTo(4);

        WebSession clusterAdmin = f.signedIn(f.user("ops", Permissions.perCluster(Map.of(cluster,
                AccessLevel.ADMIN))));
        clusterAdmin.delete("/api/admin/clusters/" + name).assertStatus(403);
        assertThat(clusterAdmin.get("/clusters").body()).contains("/clusters/" + name + "/edit")
                .doesNotContain("/clusters/" + name + "/delete");
        assertThat(admin.get("/clusters").body()).contains("/clusters/" + name + "/delete");
        clusterAdmin.get("/api/admin/clusters/" + name).assertStatus(200);
        clusterAdmin.get("/clusters/" + name + "/edit").assertStatus(200);
        var edited = clusterAdmin.putJson("/api/admin/clusters/" + name, Map.of("display_name", "Renamed"))
                .assertStatus(200).json();
        assertThat(edited.get("display_name").asString()).isEqualTo("Renamed");
        assertThat(edited.get("tags")).hasSize(2);

        WebSession stranger = f.signedIn(f.user("stranger", Permissions.perCluster(Map.of(ClusterName.of("other"),
                AccessLevel.ADMIN))));
        assertThat(stranger.get("/api/clusters").json().findValuesAsString("name")).doesNotContain(name);
        stranger.get("/api/admin/clusters/" + name).assertStatus(404);

        admin.delete("/api/admin/clusters/" + name).assertStatus(204);
        assertThat(storedClusters(name)).isZero();
    }

    @Test
    void testConnectionReportsAnUnreachableClusterAsSuch() {
        String name = unique();
        try (TcpRelay relay = new TcpRelay(rig.url())) {
            admin.postJson("/api/admin/clusters", body(name, relay.through(rig.kubeconfig()))).assertStatus(201);
            var reachable = admin.postJson("/api/admin/clusters/" + name + "/test", Map.of()).assertStatus(200).json();
            assertThat(reachable.get("status").asString()).isEqualTo("reachable");
            assertThat(reachable.get("version").asString()).isEqualTo("v1.23.0");
        }
        long started = System.nanoTime();
        var health = admin.postJson("/api/admin/clusters/" + name + "/test", Map.of()).assertStatus(200).json();
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(6_000);
        assertThat(health.get("status").asString()).isEqualTo("unreachable");
        assertThat(health.get("error").asString()).startsWith("Could not reach the API server at https://127.0.0.1:");
        assertThat(admin.get("/clusters").body()).contains("unreachable");

        String closed = "http://127.0.0.1:" + closedPort();
        var edit = admin.putJson("/api/admin/clusters/" + name, Map.of("kubeconfig_content",
                KubeconfigYaml.forServer(closed).text())).assertStatus(502).json();
        assertThat(edit.get("message").asString()).isEqualTo(unreachable(closed));
        assertThat(f.jdbc().sql("select count(*) from audit_log where action = 'cluster_updated' and target = ?")
                .param(name).query(Long.class).single()).isZero();
    }

    private static String unreachable(String server) {
        return "Could not reach the API server at " + server + " (the console's log says why).";
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
