package org.kubedeck.bootstrap.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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


/** The "API tokens" and "Desktops" pages, driven as a browser without JavaScript would, with desktops on the rig. */
@WebTest
@TestPropertySource(properties = {DesktopCluster.UNIQUE_NAMESPACE, DesktopCluster.HOME_ON_THE_RIG,
        DesktopCluster.SMALL_UPLOADS})
class DesktopPagesWebTest {

    private static final Pattern SHOWN_TOKEN = Pattern.compile("id=\"new-token\"[^>]*>(vnc-sk-proj-[^<]+)<");

    @Autowired
    Fixtures f;
    @Autowired
    ChooseDesktopClusterUseCase desktops;
    @Autowired
    DesktopSettings settings;

    private DesktopCluster cluster;
    private WebSession admin;

    @BeforeEach
    void setUp() {
        // The cluster stamps objects with the real time; other tests may have moved the console's clock.
        f.clock().set(java.time.Instant.now());
        admin = f.signedIn(f.user("root", Permissions.ADMINISTRATOR));
        cluster = new DesktopCluster(admin, desktops, settings.namespace());
    }

    @AfterEach
    void tearDown() {
        cluster.close();
    }

    @AfterAll
    static void deleteTheDesktopNamespace(@Autowired DesktopSettings settings) {
        DesktopCluster.deleteNamespace(settings.namespace());
    }

    @Test
    void aTokenIsShownOnceOnTheTokensPageAndCanBeRevoked() {
        String alice = f.user("alice", Permissions.NONE);
        WebSession page = f.signedIn(alice);
        String created = page.postForm("/tokens", Map.of("name", "laptop", "project", "")).assertStatus(200).body();
        Matcher shown = SHOWN_TOKEN.matcher(created);
        assertThat(shown.find()).as("the new token is on the page").isTrue();
        String token = shown.group(1);
        f.session().withToken(token, "GET", "/api/v1/pods", null).assertStatus(200);

        String listed = page.get("/tokens").assertStatus(200).body();
        assertThat(listed).contains("laptop").doesNotContain(token);
        long id = f.jdbc().sql("select id from api_tokens where owner = ?").param(alice).query(Long.class).single();

        WebSession bob = f.signedIn(f.user("bob", Permissions.NONE));
        bob.postForm("/tokens/" + id + "/delete", Map.of()).assertStatus(404);
        assertThat(bob.get("/tokens?all=true").assertStatus(200).body()).doesNotContain("laptop");
        assertThat(admin.get("/tokens?all=true").assertStatus(200).body()).contains("laptop", alice);

        page.postForm("/tokens/" + id + "/delete", Map.of()).assertStatus(302);
        f.session().withToken(token, "GET", "/api/v1/pods", null).assertStatus(401);
        assertThat(page.postForm("/tokens", Map.of("name", "")).assertStatus(200).body())
                .contains("A token needs a name.");
    }

    @Test
    void theOwnerBacksUpAndRestoresFromThePageAndNobodyElseIsOfferedTo() {
        String alice = f.user("alice", Permissions.NONE);
        String desktop = DesktopNames.of(Username.of(alice)).desktop();
        WebSession page = f.signedIn(alice);
        page.postForm("/desktops", Map.of()).assertStatus(302);
        cluster.awaitRunning(desktop);
        assertThat(page.get("/desktops").body()).contains("id=\"backup-" + desktop + "\"",
                "/api/v1/pods/" + desktop + "/backup", "id=\"restore-" + desktop + "\"");
        assertThat(admin.get("/desktops").body()).contains(desktop).doesNotContain("id=\"restore-" + desktop);

        String restore = "/desktops/" + desktop + "/restore";
        assertThat(page.postFiles(restore, "file", Map.of("home.tar.gz", new Tars().directory("./notes/")
                .file("./notes/hello.txt", "hi\n").gzipped())).location()).isEqualTo("/desktops");
        assertThat(page.get("/desktops").body()).contains("Backup restored into the home directory.");
        page.postFiles(restore, "file", Map.of("evil.tar.gz", new Tars().file("../escaped", "x").gzipped()))
                .assertStatus(302);
        assertThat(page.get("/desktops").body()).contains("goes up with");
        assertThat(page.postFiles(restore, "file", Map.of("huge.tar.gz", new byte[1_500_000])).assertStatus(413)
                .body()).contains("larger than allowed");

        HttpResponse<byte[]> backup = page.bytes("/api/v1/pods/" + desktop + "/backup");
        assertThat(backup.statusCode()).isEqualTo(200);
        assertThat(new String(Tars.gunzip(backup.body()), UTF_8)).contains("./notes/hello.txt")
                .doesNotContain("escaped");
        assertThat(f.auditCount("desktop_restored", alice)).isOne();
    }

    @Test
    void aUserMakesOpensAndDeletesTheirDesktopFromThePage() {
        String alice = f.user("alice", Permissions.NONE);
        String desktop = DesktopNames.of(Username.of(alice)).desktop();
        WebSession page = f.signedIn(alice);
        assertThat(page.get("/desktops").assertStatus(200).body()).contains("Create my desktop", "No desktops yet.")
                .doesNotContain("id=\"headroom\"");
        // 3.5 of the namespace's 4 CPUs are taken, as the quota controller counts them.
        cluster.create("""
                apiVersion: v1
                kind: Pod
                metadata: {name: batch}
                spec: {containers: [{name: main, image: busybox, resources: {requests: {cpu: 3500m}}}]}
                ---
                apiVersion: v1
                kind: ResourceQuota
                metadata: {name: desktops}
                spec: {hard: {requests.cpu: "4"}}
                """);
        RigNamespace.await(RigNamespace.SETTLE, () -> {
            var quota = cluster.objects().resourceQuotas().inNamespace(cluster.namespace()).withName("desktops")
                    .get();
            return quota.getStatus() != null && quota.getStatus().getUsed() != null
                    && "3500m".equals(String.valueOf(quota.getStatus().getUsed().get("requests.cpu")));
        });
        assertThat(page.get("/desktops").body()).contains("id=\"headroom\"", "requests.cpu", "3500m", "+ 1",
                "over the quota");

        assertThat(page.postForm("/desktops", Map.of("cpuLimit", "8")).location()).isEqualTo("/desktops");
        assertThat(page.get("/desktops").body()).contains("must be between 500m and 2");
        page.postForm("/desktops", Map.of("cpuLimit", "2", "memoryLimit", "", "storage", "")).assertStatus(302);
        String listed = page.get("/desktops").assertStatus(200).body();
        // The quota the page warned about keeps its pod out, so it stays "creating".
        assertThat(listed).contains("Desktop created", desktop, "creating", "2 CPU · 2Gi · 10Gi",
                "/user/" + DesktopNames.of(Username.of(alice)).key() + "/vnc.html")
                .doesNotContain("Create my desktop");
        assertThat(cluster.statefulSet(desktop).getSpec().getTemplate().getSpec().getContainers().get(0)
                .getResources().getLimits().get("cpu").toString()).isEqualTo("2");

        String bob = f.user("bob", Permissions.NONE);
        assertThat(f.signedIn(bob).get("/desktops").body()).doesNotContain(desktop);
        assertThat(admin.get("/desktops").body()).contains(desktop, alice, "1 of at most 100 desktops");
        assertThat(page.get("/desktops/table", "HX-Request", "true").assertStatus(200).body())
                .as("the table the page swaps in as it polls").startsWith("<div id=\"desktops-table\"")
                .contains(desktop).doesNotContain("<html");

        page.postForm("/desktops/" + desktop + "/stop", Map.of()).assertStatus(302);
        assertThat(page.get("/desktops").body()).contains("Desktop stopped.", "stopped", ">Start<")
                .doesNotContain("vnc.html");
        assertThat(cluster.statefulSet(desktop).getSpec().getReplicas()).isZero();
        page.postForm("/desktops/" + desktop + "/restart", Map.of()).assertStatus(302);
        assertThat(cluster.statefulSet(desktop).getSpec().getReplicas()).isEqualTo(1);
        assertThat(page.get("/desktops").body()).contains("Desktop restarting.");

        page.postForm("/desktops/" + desktop + "/delete", Map.of("deleteStorage", "true")).assertStatus(302);
        assertThat(page.get("/desktops").body()).contains("Desktop deleted.").doesNotContain("vnc.html");
        assertThat(cluster.statefulSet(desktop)).isNull();
        RigNamespace.await(RigNamespace.SETTLE,
                () -> cluster.home(DesktopNames.of(Username.of(alice)).key()) == null);
        assertThat(f.auditCount("desktop_deleted", alice)).isEqualTo(1);
    }

    @Test
    void onlyAdminsChooseTheDesktopCluster() {
        String carol = f.user("carol", Permissions.NONE);
        WebSession user = f.signedIn(carol);
        assertThat(user.get("/desktops").body()).doesNotContain("Desktop cluster");
        user.postForm("/desktops/cluster", Map.of("cluster", "")).assertStatus(403);
        assertThat(admin.get("/desktops").body()).contains("Desktop cluster", cluster.name());
        assertThat(f.auditCount("denied", carol)).isEqualTo(1);
    }
}
