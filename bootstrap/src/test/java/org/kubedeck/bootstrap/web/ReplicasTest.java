package org.kubedeck.bootstrap.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceQuotaBuilder;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.kubedeck.adapters.k8s.testing.RigNamespace;
import org.kubedeck.adapters.persistence.testing.TestDatabaseInitializer;
import org.kubedeck.application.desktop.port.in.ChooseDesktopClusterUseCase;
import org.kubedeck.application.testing.MutableClock;
import org.kubedeck.application.token.port.in.ManageApiTokensUseCase;
import org.kubedeck.application.token.port.in.ManageApiTokensUseCase.CreateTokenCommand;
import org.kubedeck.application.user.port.out.PasswordHasher;
import org.kubedeck.application.user.port.out.UserStore;
import org.kubedeck.bootstrap.KubedeckApplication;
import org.kubedeck.domain.desktop.DesktopNames;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.NewPassword;
import org.kubedeck.domain.user.Permissions;
import org.kubedeck.domain.user.User;
import org.kubedeck.domain.user.Username;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;


/**
 * Three consoles on one PostgreSQL database behind a round-robin proxy ({@link PrefixProxy}), as replicas behind a
 * load balancer: each HTTP request may reach another one. A session serves on every replica, ends when idle
 * whichever replica sees it next, and outlives the replica that made it; a log stream and a terminal keep going while
 * other replicas serve the next requests; an automatic restore, a scheduled backup and a round of quota sampling,
 * due on all three at once, each run once; racing creates for one user make exactly one desktop on the rig. (The replicas find the tests'
 * movable clock by scanning, as every test context does; the idle end moves it on all three alike.)
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplicasTest {

    private static final int REQUESTS = 50;
    /** The desktop namespace of the replicas, a new one on the shared rig each run. */
    private static final String NAMESPACE = "t-desktops-" + UUID.randomUUID().toString().substring(0, 8);
    private static final String MANAGED_BY = "app.kubernetes.io/managed-by";
    private static final List<ConfigurableApplicationContext> replicas = new ArrayList<>();
    private static ConfigurableApplicationContext first;
    private static PrefixProxy proxy;

    @BeforeAll
    static void startThreeReplicas() {
        for (int i = 0; i < 3; i++) {
            replicas.add(replica());
        }
        first = replicas.get(0);
        proxy = new PrefixProxy("", replicas.stream().map(ReplicasTest::port).toList());
    }

    @AfterAll
    static void stopReplicas() {
        proxy.close();
        replicas.forEach(ConfigurableApplicationContext::close);
        DesktopCluster.deleteNamespace(NAMESPACE);
    }

    private static ConfigurableApplicationContext replica() {
        // Arguments, not default properties: they must win over application.yml.
        return new SpringApplicationBuilder(KubedeckApplication.class)
                .initializers(new TestDatabaseInitializer())
                .run("--kubedeck.test.database=kubedeck_it_replicas", "--server.port=0", "--management.server.port=0",
                        "--kubedeck.admin.password=initial-admin-password", "--kubedeck.clusters.health-check=false",
                        "--kubedeck.api.rate-limit=1000", "--kubedeck.desktops.namespace=" + NAMESPACE,
                        "--kubedeck.scans.interval=0s", "--kubedeck.load.restore-check-interval=1s",
                        "--kubedeck.backups.check-interval=1s", "--kubedeck.quotas.check-interval=1s",

                        "--server.forward-headers-strategy=native", "--logging.level.org.kubedeck=WARN");
    }

    private static int port(ConfigurableApplicationContext context) {
        return context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    /** A new global administrator, signed in through the load balancer. */
    private static WebSession signedInAdministrator() {
        String root = user("root-" + UUID.randomUUID().toString().substring(0, 8), Permissions.ADMINISTRATOR)
                .username().value();
        WebSession admin = throughTheProxy();
        admin.apiLogin(root, WebTestSupport.PASSWORD).assertStatus(200);
        return admin;
    }

    /** A browser's session through the load balancer. */
    private static WebSession throughTheProxy() {
        return new WebSession("http://localhost:" + proxy.port());
    }

    /** The replicas that served the requests since {@code from} (an index into the proxy's log). */
    private static Set<Integer> servedSince(int from) {
        List<Integer> served = proxy.served();
        return new HashSet<>(served.subList(from, served.size()));
    }

    private static User user(String name, Permissions permissions) {
        UserStore users = first.getBean(UserStore.class);
        User user = User.create(Username.of(name), first.getBean(PasswordHasher.class)
                .hash(new NewPassword(WebTestSupport.PASSWORD)), permissions, Instant.now());
        users.save(user);
        return user;
    }

    @Test
    @Order(1)
    void aSessionIsServedByEveryReplicaAndEndsWhenIdleWhicheverServesNext() {
        String name = user("ana-" + UUID.randomUUID().toString().substring(0, 8), Permissions.globalRead())
                .username().value();
        WebSession browser = throughTheProxy();
        int from = proxy.served().size();
        browser.apiLogin(name, WebTestSupport.PASSWORD).assertStatus(200);
        for (int i = 0; i < 6; i++) {
            assertThat(browser.get("/api/current-user").assertStatus(200).json().get("username").asString())
                    .isEqualTo(name);
        }
        assertThat(servedSince(from)).as("every replica served the session").hasSize(3);

        // The replicas' clocks (the tests' movable ones) past the idle timeout, on every replica alike.
        replicas.forEach(replica -> replica.getBean(MutableClock.class).advance(Duration.ofMinutes(10)
                .plusSeconds(30)));
        assertThat(browser.get("/api/current-user").status()).as("ended for being idle").isEqualTo(401);
        assertThat(browser.get("/api/current-user").status()).isEqualTo(401);
        assertThat(first.getBean(JdbcClient.class).sql("select count(*) from audit_log where action = 'logout' "
                + "and actor = ? and detail like '%idle%'").param(name).query(Long.class).single())
                .as("audited once, by whichever replica saw it first").isOne();
    }

    @Test
    @Order(2)
    void aLogStreamAndATerminalKeepGoingWhileOtherReplicasServeTheNextRequests() throws Exception {
        WebSession admin = signedInAdministrator();
        try (YamlCluster cluster = new YamlCluster(admin)) {
            cluster.runningPod("box", Map.of("kube-rig/log-rate", "5"));
            String container = "/api/k8s/containers/" + cluster.name() + "/" + cluster.namespace() + "/box/main/";

            int from = proxy.served().size();
            HttpResponse<InputStream> stream = admin.stream(container + "logs/stream?tail_lines=1");
            assertThat(stream.statusCode()).isEqualTo(200);
            TerminalScreen screen = new TerminalScreen();
            WebSocket terminal = admin.webSocket(container + "exec/ws", screen).get(10, TimeUnit.SECONDS);
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream.body(), UTF_8))) {
                assertThat(nextData(lines)).isNotNull();
                for (int i = 0; i < 6; i++) {
                    admin.get("/api/current-user").assertStatus(200);
                }
                assertThat(servedSince(from)).as("the requests between went to every replica").hasSize(3);
                for (int i = 0; i < 5; i++) {
                    assertThat(nextData(lines)).as("the stream kept going").isNotNull();
                }
                TerminalScreen.type(terminal, "echo still-$((40+2))\r");
                RigNamespace.await(RigNamespace.SETTLE, () -> screen.shown.toString().contains("still-42"));
                TerminalScreen.type(terminal, "exit\r");
                assertThat(screen.closed.get(10, TimeUnit.SECONDS)).isEqualTo(1000);
            }
        }
    }

    @Test
    @Order(3)
    void anAutomaticRestoreAScheduledBackupAndAQuotaRoundDueOnEveryReplicaRunOnExactlyOne() throws Exception {
        WebSession admin = signedInAdministrator();
        JdbcClient jdbc = first.getBean(JdbcClient.class);
        try (YamlCluster cluster = new YamlCluster(admin)) {
            String c = cluster.name();
            String ns = cluster.namespace();
            String pod = cluster.objects().pods().inNamespace(ns).withLabel("app", "web").list().getItems().get(0)
                    .getMetadata().getName();
            admin.postJson("/api/" + c + "/" + ns + "/pods/" + pod + "/remove-load?confirm=true"
                    + "&restore_after_minutes=1", Map.of()).assertStatus(200);
            admin.putJson("/api/k8s/yaml/backup/schedules", Map.of("cluster", c, "namespace", ns,
                    "cron", "0 0 2 * * *")).assertStatus(200);
            // Both long due, on all three replicas at once.
            jdbc.sql("update planned_restores set due_at = to_timestamp(0) where cluster = ?").param(c).update();
            jdbc.sql("update backup_schedules set next_run = to_timestamp(0) where cluster = ?").param(c).update();

            RigNamespace.await(RigNamespace.SETTLE, () -> "online".equals(cluster.objects().pods().inNamespace(ns)
                    .withName(pod).get().getMetadata().getLabels().get("load")));
            RigNamespace.await(RigNamespace.SETTLE, () -> count(jdbc, "select count(*) from backups where cluster = ?",
                    c) > 0);
            // Several more rounds of every replica's checks.
            Thread.sleep(4_000);

            assertThat(count(jdbc, "select count(*) from audit_log where action = 'pod_restored' and cluster = ?", c))
                    .as("the restore ran once").isOne();
            assertThat(count(jdbc, "select count(*) from planned_restores where cluster = ?", c)).isZero();
            assertThat(count(jdbc, "select count(*) from backups where cluster = ?", c)).as("the backup ran once")
                    .isOne();

            // Quotas: a round is due once per interval (5 minutes), whichever replica looks first.
            cluster.objects().resourceQuotas().inNamespace(ns).resource(new ResourceQuotaBuilder()
                    .withNewMetadata().withName("compute").endMetadata().withNewSpec()
                    .addToHard("pods", new Quantity("10")).endSpec().build()).create();
            String rounds = "select count(distinct sampled_at) from quota_samples where cluster = ?";
            for (int round = 1; round <= 2; round++) {
                replicas.forEach(replica -> replica.getBean(MutableClock.class).advance(Duration.ofMinutes(5)
                        .plusSeconds(5)));
                long expected = round;
                RigNamespace.await(RigNamespace.SETTLE, () -> count(jdbc, rounds, c) >= expected);
                Thread.sleep(3_000);
                assertThat(count(jdbc, rounds, c)).as("round %d sampled once, by one replica", round)
                        .isEqualTo(expected);
            }
        }
    }

    private static long count(JdbcClient jdbc, String sql, String cluster) {
        return jdbc.sql(sql).param(cluster).query(Long.class).single();
    }

    /** The next {@code data:} line of a server-sent event stream, or null at its end. */
    private static String nextData(BufferedReader events) throws IOException {
        for (String line = events.readLine(); line != null; line = events.readLine()) {
            if (line.startsWith("data:")) {
                return line;
            }
        }
        return null;
    }

    @Test
    @Order(4)
    void fiftyRacingCreatesOverThreeReplicasMakeOneDesktop() throws Exception {
        WebSession admin = signedInAdministrator();
        User alice = user("alice", Permissions.NONE);
        String token = first.getBean(ManageApiTokensUseCase.class).create(Actor.of(alice, ""),
                new CreateTokenCommand("race", null)).secret();

        try (DesktopCluster cluster = new DesktopCluster(admin, replicas.get(1).getBean(
                ChooseDesktopClusterUseCase.class), NAMESPACE)) {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(REQUESTS);
            List<Future<Integer>> answers = new ArrayList<>();
            int from = proxy.served().size();
            for (int i = 0; i < REQUESTS; i++) {
                HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + proxy.port()
                        + "/api/v1/pods"))
                        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                        .timeout(Duration.ofSeconds(30))
                        .POST(HttpRequest.BodyPublishers.ofString("{}")).build();
                answers.add(pool.submit(() -> {
                    start.await();
                    return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                }));
            }
            start.countDown();
            Map<Integer, Long> byStatus = new java.util.TreeMap<>();
            for (Future<Integer> answer : answers) {
                byStatus.merge(answer.get(), 1L, Long::sum);
            }
            pool.shutdown();

            assertThat(byStatus).isEqualTo(Map.of(201, 1L, 409, (long) REQUESTS - 1));
            assertThat(servedSince(from)).as("the creates went to every replica").hasSize(3);
            String desktop = DesktopNames.of(alice.username()).desktop();
            assertThat(cluster.statefulSets()).isEqualTo(1);
            assertThat(cluster.statefulSet(desktop)).isNotNull();
            var objects = cluster.objects();
            assertThat(objects.persistentVolumeClaims().inNamespace(NAMESPACE).list().getItems()).hasSize(1);
            // The namespace also holds the token Secret of its default service account.
            assertThat(objects.secrets().inNamespace(NAMESPACE).withLabel(MANAGED_BY, "kubedeck").list().getItems())
                    .hasSize(1);
            assertThat(objects.services().inNamespace(NAMESPACE).list().getItems()).hasSize(1);
            RigNamespace.await(RigNamespace.SETTLE, () -> objects.pods().inNamespace(NAMESPACE).list().getItems()
                    .stream().filter(pod -> "Running".equals(pod.getStatus().getPhase())).count() == 1);
            assertThat(objects.pods().inNamespace(NAMESPACE).list().getItems()).singleElement()
                    .satisfies(pod -> assertThat(pod.getMetadata().getName()).isEqualTo(desktop + "-0"));
            JdbcClient jdbc = first.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select count(*) from desktop_claims").query(Long.class).single()).isEqualTo(1);
            assertThat(jdbc.sql("select count(*) from audit_log where action = 'desktop_created'")
                    .query(Long.class).single()).isEqualTo(1);
        }
    }

    @Test
    @Order(5)
    void aSessionOutlivesTheReplicaThatMadeIt() {
        String name = user("ben-" + UUID.randomUUID().toString().substring(0, 8), Permissions.globalRead())
                .username().value();
        WebSession browser = throughTheProxy();
        browser.apiLogin(name, WebTestSupport.PASSWORD).assertStatus(200);
        int made = proxy.served().get(proxy.served().size() - 1);
        ConfigurableApplicationContext gone = replicas.stream().filter(replica -> port(replica) == made).findFirst()
                .orElseThrow();
        gone.close();

        int from = proxy.served().size();
        for (int i = 0; i < 4; i++) {
            assertThat(browser.get("/api/current-user").assertStatus(200).json().get("username").asString())
                    .isEqualTo(name);
        }
        assertThat(servedSince(from)).as("the two replicas left").hasSize(2).doesNotContain(made);
    }
}
