package org.kubedeck.bootstrap.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kubedeck.adapters.k8s.testing.RigNamespace;
import org.kubedeck.application.desktop.DesktopSettings;
import org.kubedeck.application.desktop.port.in.ChooseDesktopClusterUseCase;
import org.kubedeck.bootstrap.web.WebTestSupport.Fixtures;
import org.kubedeck.domain.desktop.DesktopNames;
import org.kubedeck.domain.testing.Tars;
import org.kubedeck.domain.user.Permissions;
import org.kubedeck.domain.user.Username;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;


/**
 * The desktop API ({@code /api/v1/pods}) on the rig: the console submits the objects, the StatefulSet controller
 * makes the pod, the simulated kubelet runs it and writes its log; every answer is checked against the cluster.
 */
@WebTest
@TestPropertySource(properties = {DesktopCluster.UNIQUE_NAMESPACE, DesktopCluster.HOME_ON_THE_RIG,
        DesktopCluster.SMALL_UPLOADS})
class DesktopApiWebTest {

    private static final Map<String, Object> QUOTA = Map.of("resource_quota",
            Map.of("cpu_limit", "2", "memory_limit", "4Gi", "storage", "10Gi"));

    @Autowired
    Fixtures f;
    @Autowired
    ChooseDesktopClusterUseCase desktops;
    @Autowired
    DesktopSettings settings;

    private DesktopCluster cluster;
    private String root;
    private WebSession admin;
    private String alice;
    private String aliceToken;
    private String desktop;

    @BeforeEach
    void setUp() {
        // The cluster stamps objects with the real time; other tests may have moved the console's clock.
        f.clock().set(java.time.Instant.now());
        root = f.user("root", Permissions.ADMINISTRATOR);
        admin = f.signedIn(root);
        cluster = new DesktopCluster(admin, desktops, settings.namespace());
        alice = f.user("alice", Permissions.NONE);
        aliceToken = token(f.signedIn(alice));
        desktop = DesktopNames.of(Username.of(alice)).desktop();
    }

    @AfterEach
    void tearDown() {
        cluster.close();
    }

    @AfterAll
    static void deleteTheDesktopNamespace(@Autowired DesktopSettings settings) {
        DesktopCluster.deleteNamespace(settings.namespace());
    }

    private static String token(WebSession session) {
        return session.postJson("/api/v1/tokens", Map.of("name", "ci")).assertStatus(201).json().get("token")
                .asString();
    }

    private WebSession.Response call(String token, String method, String path, Object body) {
        return f.session().withToken(token, method, path, body);
    }

    @Test
    void createSubmitsTheDesktopAndAnswersHowToReachIt() {
        JsonNode created = call(aliceToken, "POST", "/api/v1/pods", QUOTA).assertStatus(201).json();

        assertThat(created.get("status").asString()).isEqualTo("created");
        assertThat(created.get("pod_name").asString()).isEqualTo(desktop);
        String key = DesktopNames.of(Username.of(alice)).key();
        JsonNode access = created.get("access_info");
        assertThat(access.get("novnc_url").asString())
                .isEqualTo("https://desktops.localhost/user/" + key + "/vnc.html?path=user/" + key
                        + "/websockify&autoconnect=true&resize=remote");
        assertThat(access.get("websocket_url").asString())
                .isEqualTo("wss://desktops.localhost/user/" + key + "/websockify");
        assertThat(access.get("access_instructions").get("web_browser").asString()).contains("vnc.html", "VNC password");
        assertThat(access.get("vnc_password").asString()).hasSize(16);
        assertThat(cluster.statefulSet(desktop).getSpec().getTemplate().getSpec().getContainers().get(0)
                .getResources().getLimits().get("cpu").toString()).isEqualTo("2");
        assertThat(cluster.home(key).getSpec().getResources().getRequests().get("storage").toString())
                .isEqualTo("10Gi");
        assertThat(f.auditCount("desktop_created", alice)).isEqualTo(1);

        JsonNode again = call(aliceToken, "POST", "/api/v1/pods", Map.of()).assertStatus(409).json();
        assertThat(again.get("status").asString()).isEqualTo("exists");
        assertThat(again.get("pod_name").asString()).isEqualTo(desktop);
        assertThat(again.get("access_info").get("vnc_password").asString())
                .isEqualTo(access.get("vnc_password").asString());
        assertThat(cluster.statefulSets()).isEqualTo(1);
    }

    @Test
    void badQuantitiesAndValuesOutOfBoundsAreRefusedNamingTheFieldAndCreateNothing() {
        JsonNode garbage = call(aliceToken, "POST", "/api/v1/pods",
                Map.of("resource_quota", Map.of("cpu_limit", "two"))).assertStatus(400).json();
        assertThat(garbage.get("field").asString()).isEqualTo("resource_quota.cpu_limit");
        assertThat(garbage.get("message").asString()).contains("'two'", "quantity");

        JsonNode tooMuch = call(aliceToken, "POST", "/api/v1/pods",
                Map.of("resource_quota", Map.of("memory_limit", "8Gi"))).assertStatus(400).json();
        assertThat(tooMuch.get("field").asString()).isEqualTo("resource_quota.memory_limit");
        assertThat(tooMuch.get("message").asString()).contains("between 1Gi and 4Gi", "8Gi");

        JsonNode tooLittle = call(aliceToken, "POST", "/api/v1/pods",
                Map.of("resource_quota", Map.of("cpu_limit", "100m"))).assertStatus(400).json();
        assertThat(tooLittle.get("field").asString()).isEqualTo("resource_quota.cpu_limit");

        assertThat(cluster.statefulSets()).isZero();
        assertThat(f.jdbc().sql("select count(*) from desktop_claims where owner = ?").param(alice)
                .query(Long.class).single()).isZero();
    }

    @Test
    void withoutAValidTokenTheApiAnswers401() {
        assertThat(f.session().get("/api/v1/pods").assertStatus(401).json().get("error").asString())
                .isEqualTo("unauthorized");
        call("vnc-sk-proj-default-alice-" + "x".repeat(40), "GET", "/api/v1/pods", null).assertStatus(401);
        WebSession.Response garbage = call("not-a-token", "POST", "/api/v1/pods", QUOTA).assertStatus(401);
        assertThat(garbage.header("WWW-Authenticate")).hasValue("Bearer error=\"invalid_token\"");

        WebSession owner = f.signedIn(alice);
        JsonNode created = owner.postJson("/api/v1/tokens", Map.of("name", "to revoke")).assertStatus(201).json();
        String revoked = created.get("token").asString();
        call(revoked, "GET", "/api/v1/pods", null).assertStatus(200);
        owner.delete("/api/v1/tokens/" + created.get("id").asLong()).assertStatus(204);
        assertThat(call(revoked, "POST", "/api/v1/pods", QUOTA).assertStatus(401).json().get("error").asString())
                .isEqualTo("invalid_token");
        assertThat(cluster.statefulSets()).isZero();
        assertThat(f.auditCount("token_revoked", alice)).isEqualTo(1);
    }

    @Test
    void aPasswordResetByAnAdminSuspendsTheOwnersTokensUntilTheOwnerChoosesANewPassword() {
        WebSession admin = f.signedIn(f.user("root", Permissions.ADMINISTRATOR));
        call(aliceToken, "GET", "/api/v1/pods", null).assertStatus(200);

        admin.putJson("/api/admin/users/" + alice, Map.of("password", "reset-by-admin-1")).assertStatus(200);

        assertThat(call(aliceToken, "GET", "/api/v1/pods", null).assertStatus(401).json().get("message").asString())
                .contains("must choose a new password");
        call(aliceToken, "POST", "/api/v1/pods", QUOTA).assertStatus(401);
        assertThat(cluster.statefulSets()).as("nothing was made").isZero();

        WebSession owner = f.session();
        owner.apiLogin(alice, "reset-by-admin-1").assertStatus(200);
        owner.postJson("/api/account/password", Map.of("current_password", "reset-by-admin-1",
                "new_password", "chosen-by-alice-1")).assertStatus(200);
        call(aliceToken, "GET", "/api/v1/pods", null).assertStatus(200);

        admin.putJson("/api/admin/users/" + alice, Map.of("enabled", false)).assertStatus(200);
        call(aliceToken, "GET", "/api/v1/pods", null).assertStatus(401);
    }

    @Test
    void anotherUsersDesktopAnswers404AndStaysUntouched() {
        call(aliceToken, "POST", "/api/v1/pods", QUOTA).assertStatus(201);
        String running = awaitRunning().getMetadata().getUid();
        String bobToken = token(f.signedIn(f.user("bob", Permissions.NONE)));

        call(bobToken, "GET", "/api/v1/pods/" + desktop, null).assertStatus(404);
        call(bobToken, "GET", "/api/v1/pods/" + desktop + "/logs", null).assertStatus(404);
        call(bobToken, "POST", "/api/v1/pods/" + desktop + "/restart", null).assertStatus(404);
        call(bobToken, "POST", "/api/v1/pods/" + desktop + "/stop", null).assertStatus(404);
        call(bobToken, "DELETE", "/api/v1/pods/" + desktop, null).assertStatus(404);
        assertThat(call(bobToken, "GET", "/api/v1/pods", null).assertStatus(200).json()).isEmpty();
        assertThat(cluster.statefulSet(desktop).getSpec().getReplicas()).isEqualTo(1);
        assertThat(cluster.pod(desktop).getMetadata()).satisfies(pod -> {
            assertThat(pod.getUid()).as("the same pod").isEqualTo(running);
            assertThat(pod.getDeletionTimestamp()).isNull();
        });

        String adminToken = token(f.signedIn(f.user("admin", Permissions.ADMINISTRATOR)));
        JsonNode seen = call(adminToken, "GET", "/api/v1/pods/" + desktop, null).assertStatus(200).json();
        assertThat(seen.get("owner").asString()).isEqualTo(alice);
        assertThat(seen.has("events")).isTrue();
        assertThat(seen.get("access_info").has("vnc_password")).as("only the owner sees the password").isFalse();
        assertThat(call(adminToken, "GET", "/api/v1/pods?all=true", null).assertStatus(200).json().valueStream()
                .map(d -> d.get("pod_name").asString())).contains(desktop);
    }

    @Test
    void aTokenOverItsRateLimitGets429WithRetryAfter() {
        for (int i = 0; i < 60; i++) {
            call(aliceToken, "GET", "/api/v1/pods", null).assertStatus(200);
        }
        WebSession.Response limited = call(aliceToken, "GET", "/api/v1/pods", null).assertStatus(429);
        assertThat(limited.json().get("error").asString()).isEqualTo("rate_limited");
        assertThat(Long.parseLong(limited.header("Retry-After").orElseThrow())).isBetween(1L, 60L);
        f.clock().advance(java.time.Duration.ofSeconds(61));
        call(aliceToken, "GET", "/api/v1/pods", null).assertStatus(200);
    }

    @Test
    void theDesktopRunsOnANodeWithItsHomeVolumeBoundAndTheControllersEventsShown() {
        call(aliceToken, "POST", "/api/v1/pods", QUOTA).assertStatus(201);
        String key = DesktopNames.of(Username.of(alice)).key();
        Pod pod = awaitRunning();

        JsonNode detail = call(aliceToken, "GET", "/api/v1/pods/" + desktop, null).assertStatus(200).json();
        assertThat(detail.get("phase").asString()).isEqualTo("running");
        assertThat(detail.get("ready").asBoolean()).isTrue();
        assertThat(detail.get("node").asString()).isEqualTo(pod.getSpec().getNodeName()).isIn("node-a", "node-b");
        assertThat(detail.get("pod_ip").asString()).isEqualTo(pod.getStatus().getPodIP()).startsWith("127.");
        assertThat(detail.get("resources").get("memory_limit").asString()).isEqualTo("4Gi");
        assertThat(detail.get("resources").get("storage").asString()).isEqualTo("10Gi");
        RigNamespace.await(RigNamespace.SETTLE, () -> "Bound".equals(cluster.home(key).getStatus().getPhase()));

        RigNamespace.await(RigNamespace.SETTLE, () -> cluster.objects().v1().events()
                .inNamespace(cluster.namespace()).list().getItems().stream().anyMatch(this::podCreatedByStatefulSet));
        JsonNode events = call(aliceToken, "GET", "/api/v1/pods/" + desktop, null).assertStatus(200).json()
                .get("events");
        assertThat(events.valueStream().map(event -> event.get("object").asString() + " "
                + event.get("reason").asString() + " " + event.get("message").asString()))
                .contains("StatefulSet/" + desktop + " SuccessfulCreate create Pod " + desktop
                        + "-0 in StatefulSet " + desktop + " successful");
    }

    @Test
    void logsAreTheLastLinesOfTheDesktopContainer() {
        call(aliceToken, "POST", "/api/v1/pods", QUOTA).assertStatus(201);
        awaitRunning();

        JsonNode logs = call(aliceToken, "GET", "/api/v1/pods/" + desktop + "/logs?tail_lines=100", null)
                .assertStatus(200).json();
        assertThat(logs.get("pod_name").asString()).isEqualTo(desktop);
        assertThat(logs.get("tail_lines").asInt()).isEqualTo(100);
        assertThat(logs.get("logs").asString().lines()).hasSize(100)
                .allSatisfy(line -> assertThat(line).contains("[" + desktop + "-0/desktop]"));
        assertThat(call(aliceToken, "GET", "/api/v1/pods/" + desktop + "/logs?tail_lines=7", null)
                .assertStatus(200).json().get("logs").asString().lines()).hasSize(7);
    }

    /**
     * A backup restored, read back as a backup and restored again; the desktop's container is read through the
     * file manager's API of the desktop cluster's admin, to see what a refused archive did not unpack.
     */
    @Test
    void theOwnerBacksUpAndRestoresTheHomeDirectoryAndOnlyTheOwner() {
        call(aliceToken, "POST", "/api/v1/pods", QUOTA).assertStatus(201);
        awaitRunning();
        String restore = "/api/v1/pods/" + desktop + "/restore";
        byte[] archive = new Tars().directory("./").directory("./notes/").file("./notes/hello.txt", "hi\n")
                .gzipped();

        JsonNode restored = f.session().postFilesWithToken(aliceToken, restore, "file",
                Map.of("home.tar.gz", archive)).assertStatus(200).json();
        assertThat(restored.get("status").asString()).isEqualTo("restored");
        assertThat(restored.get("entries").asInt()).isEqualTo(3);
        assertThat(restored.get("size").asLong()).isEqualTo(archive.length);
        assertThat(f.auditCount("desktop_restored", alice)).isOne();

        HttpResponse<byte[]> backup = f.session().bytes("/api/v1/pods/" + desktop + "/backup",
                "Authorization", "Bearer " + aliceToken);
        assertThat(backup.statusCode()).isEqualTo(200);
        assertThat(backup.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/gzip");
        assertThat(backup.headers().firstValue("Content-Disposition").orElse("")).contains(desktop + "-home.tar.gz");
        assertThat(new String(Tars.gunzip(backup.body()), UTF_8)).contains("./notes/hello.txt", "hi\n");
        assertThat(f.auditCount("desktop_backed_up", alice)).isOne();
        f.session().postFilesWithToken(aliceToken, restore, "file", Map.of("again.tar.gz", backup.body()))
                .assertStatus(200);

        String files = "/api/k8s/containers/" + cluster.name() + "/" + settings.namespace() + "/" + desktop
                + "-0/desktop/files?path=%2F";
        assertThat(f.session().postFilesWithToken(aliceToken, restore, "file", Map.of("evil.tar.gz",
                new Tars().file("../escaped", "x").gzipped())).assertStatus(400).json().get("field").asString())
                .isEqualTo("file");
        assertThat(f.session().postFilesWithToken(aliceToken, restore, "file", Map.of("notes.txt",
                "plain".getBytes(UTF_8))).assertStatus(400).json().get("message").asString())
                .contains("not a .tar.gz");
        assertThat(f.session().postFilesWithToken(aliceToken, restore, "file", Map.of("huge.tar.gz",
                new byte[1_500_000])).assertStatus(413).json().get("error").asString()).isEqualTo("too_large");
        assertThat(admin.get(files).assertStatus(200).body()).doesNotContain("escaped");

        String bob = f.user("bob", Permissions.NONE);
        String bobToken = token(f.signedIn(bob));
        call(bobToken, "GET", "/api/v1/pods/" + desktop + "/backup", null).assertStatus(403);
        f.session().postFilesWithToken(bobToken, restore, "file", Map.of("b.tar.gz", archive)).assertStatus(403);
        assertThat(admin.bytes("/api/v1/pods/" + desktop + "/backup").statusCode()).as("an admin is no owner")
                .isEqualTo(403);
        assertThat(f.auditCount("desktop_restored", alice)).as("refused archives are not restores").isEqualTo(2);
        assertThat(f.auditCount("denied", bob)).isEqualTo(2);
        assertThat(f.auditCount("denied", root)).isOne();
    }

    @Test
    void restartStopStartAndDeleteAreReadBackInTheClusterAndTheHomeVolumeIsKeptUnlessAsked() {
        String password = call(aliceToken, "POST", "/api/v1/pods", QUOTA).assertStatus(201).json()
                .get("access_info").get("vnc_password").asString();
        String key = DesktopNames.of(Username.of(alice)).key();
        String first = awaitRunning().getMetadata().getUid();

        assertThat(call(aliceToken, "POST", "/api/v1/pods/" + desktop + "/restart", null).assertStatus(200).json()
                .get("status").asString()).isEqualTo("restarted");
        String second = awaitRunning().getMetadata().getUid();
        assertThat(second).as("a new pod").isNotEqualTo(first);
        assertThat(phase()).isEqualTo("running");

        assertThat(call(aliceToken, "POST", "/api/v1/pods/" + desktop + "/stop", null).assertStatus(200).json()
                .get("status").asString()).isEqualTo("stopped");
        assertThat(cluster.statefulSet(desktop).getSpec().getReplicas()).isZero();
        RigNamespace.await(RigNamespace.SETTLE, () -> cluster.pod(desktop) == null);
        assertThat(call(aliceToken, "GET", "/api/v1/pods", null).json().get(0).get("phase").asString())
                .isEqualTo("stopped");

        call(aliceToken, "POST", "/api/v1/pods/" + desktop + "/restart", null).assertStatus(200);
        assertThat(cluster.statefulSet(desktop).getSpec().getReplicas()).as("started again").isEqualTo(1);
        awaitRunning();
        assertThat(phase()).isEqualTo("running");
        assertThat(f.auditCount("desktop_restarted", alice)).isEqualTo(2);
        assertThat(f.auditCount("desktop_stopped", alice)).isEqualTo(1);

        PersistentVolumeClaim home = cluster.home(key);
        JsonNode deleted = call(aliceToken, "DELETE", "/api/v1/pods/" + desktop, null).assertStatus(200).json();
        assertThat(deleted.get("status").asString()).isEqualTo("deleted");
        assertThat(cluster.statefulSet(desktop)).isNull();
        RigNamespace.await(RigNamespace.SETTLE, () -> cluster.pod(desktop) == null);
        assertThat(cluster.home(key).getMetadata().getDeletionTimestamp()).as("the home volume is kept").isNull();
        call(aliceToken, "GET", "/api/v1/pods/" + desktop, null).assertStatus(404);

        JsonNode again = call(aliceToken, "POST", "/api/v1/pods", Map.of()).assertStatus(201).json();
        assertThat(again.get("access_info").get("vnc_password").asString()).as("the password it had")
                .isEqualTo(password);
        assertThat(cluster.home(key).getMetadata().getUid()).as("on the same home volume")
                .isEqualTo(home.getMetadata().getUid());
        call(aliceToken, "DELETE", "/api/v1/pods/" + desktop + "?delete_storage=true", null).assertStatus(200);
        // The claim goes once no pod uses it any more.
        RigNamespace.await(RigNamespace.SETTLE, () -> cluster.home(key) == null);
        assertThat(cluster.objects().secrets().inNamespace(cluster.namespace())
                .withName(DesktopNames.of(Username.of(alice)).secret()).get()).isNull();
        assertThat(f.auditCount("desktop_deleted", alice)).isEqualTo(2);
    }

    @Test
    void tokensCannotManageTokensAndAreStoredOnlyAsHashes() {
        JsonNode created = f.signedIn(alice).postJson("/api/v1/tokens", Map.of("name", "laptop", "project", "ml"))
                .assertStatus(201).json();
        String token = created.get("token").asString();
        String key = DesktopNames.of(Username.of(alice)).key();
        assertThat(token).matches("vnc-sk-proj-ml-" + key + "-[0-9A-Za-z]{40}");
        assertThat(token).startsWith(created.get("prefix").asString());
        assertThat(created.get("created_at").isString()).isTrue();

        JsonNode listed = f.signedIn(alice).get("/api/v1/tokens").assertStatus(200).json();
        assertThat(listed).hasSize(2);
        assertThat(listed.toString()).doesNotContain(token).doesNotContain(aliceToken);
        assertThat(f.jdbc().sql("select count(*) from api_tokens where token_hash = ? or prefix = ?")
                .params(token, token).query(Long.class).single()).isZero();

        call(token, "POST", "/api/v1/tokens", Map.of("name", "more")).assertStatus(403);
        call(token, "GET", "/api/v1/tokens", null).assertStatus(403);
    }

    @Test
    void monitorIsForAdmins() {
        call(aliceToken, "POST", "/api/v1/pods", QUOTA).assertStatus(201);
        call(aliceToken, "GET", "/api/v1/monitor/system", null).assertStatus(403);
        call(aliceToken, "GET", "/api/v1/monitor/cluster", null).assertStatus(403);
        awaitRunning();

        String adminToken = token(f.signedIn(f.user("admin", Permissions.ADMINISTRATOR)));
        JsonNode system = call(adminToken, "GET", "/api/v1/monitor/system", null).assertStatus(200).json();
        assertThat(system.get("namespace").asString()).isEqualTo(cluster.namespace());
        assertThat(system.get("desktops").get("total").asInt()).isEqualTo(1);
        assertThat(system.get("desktops").get("by_phase").get("running").asInt()).isEqualTo(1);
        assertThat(system.get("desktops").get("by_phase").get("creating").asInt()).isZero();
        assertThat(system.get("requested").get("cpu").asString()).isEqualTo("2");
        JsonNode clusterView = call(adminToken, "GET", "/api/v1/monitor/cluster", null).assertStatus(200).json();
        assertThat(clusterView.get("cluster").asString()).isEqualTo(cluster.name());
        assertThat(clusterView.get("desktops_requested").get("memory").asString()).isEqualTo("4Gi");
        assertThat(clusterView.get("requested").get("cpu_millicores").asLong()).as("the desktop's pod among all")
                .isGreaterThanOrEqualTo(2000);
    }

    @Test
    void prometheusShowsDesktopMetricsAfterACreate() {
        call(aliceToken, "POST", "/api/v1/pods", QUOTA).assertStatus(201);
        String metrics = f.management().get("/actuator/prometheus").assertStatus(200).body();
        assertThat(metrics)
                .containsPattern("kubedeck_desktop_operations_total\\{operation=\"create\",outcome=\"success\"} [1-9]")
                .contains("kubedeck_desktop_create_seconds_bucket")
                .contains("kubedeck_desktops{phase=\"running\"}")
                .contains("http_server_requests_seconds_count");
    }

    /**
     * Waits until the StatefulSet controller's pod for the desktop runs and is ready in the cluster (without
     * spending the token's requests on polling) and returns it.
     */
    private Pod awaitRunning() {
        return cluster.awaitRunning(desktop);
    }

    private String phase() {
        return call(aliceToken, "GET", "/api/v1/pods/" + desktop, null).assertStatus(200).json().get("phase")
                .asString();
    }

    private boolean podCreatedByStatefulSet(Event event) {
        return desktop.equals(event.getInvolvedObject().getName()) && "SuccessfulCreate".equals(event.getReason());
    }
}
