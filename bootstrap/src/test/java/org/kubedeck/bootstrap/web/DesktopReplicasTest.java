package org.kubedeck.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kubedeck.adapters.k8s.testing.RigNamespace;
import org.kubedeck.adapters.persistence.testing.TestDatabaseInitializer;
import org.kubedeck.application.desktop.port.in.ChooseDesktopClusterUseCase;
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
 * Two consoles on one PostgreSQL database, standing for two replicas behind a load balancer: racing creates for
 * one user, spread over both, make exactly one desktop on the rig.
 */
class DesktopReplicasTest {

    private static final int REQUESTS = 50;
    /** The desktop namespace of both replicas, a new one on the shared rig each run. */
    private static final String NAMESPACE = "t-desktops-" + UUID.randomUUID().toString().substring(0, 8);
    private static final String MANAGED_BY = "app.kubernetes.io/managed-by";
    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    @BeforeAll
    static void startTwoReplicas() {
        first = replica();
        second = replica();
    }

    @AfterAll
    static void stopReplicas() {
        second.close();
        first.close();
        DesktopCluster.deleteNamespace(NAMESPACE);
    }

    private static ConfigurableApplicationContext replica() {
        // Arguments, not default properties: they must win over application.yml.
        return new SpringApplicationBuilder(KubedeckApplication.class)
                .initializers(new TestDatabaseInitializer())
                .run("--kubedeck.test.database=kubedeck_it_replicas", "--server.port=0", "--management.server.port=0",
                        "--kubedeck.admin.password=initial-admin-password", "--kubedeck.clusters.health-check=false",
                        "--kubedeck.api.rate-limit=1000", "--kubedeck.desktops.namespace=" + NAMESPACE,
                        "--logging.level.org.kubedeck=WARN");
    }

    private static int port(ConfigurableApplicationContext context) {
        return context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    private static User user(String name, Permissions permissions) {
        UserStore users = first.getBean(UserStore.class);
        User user = User.create(Username.of(name), first.getBean(PasswordHasher.class)
                .hash(new NewPassword(WebTestSupport.PASSWORD)), permissions, Instant.now());
        users.save(user);
        return user;
    }

    @Test
    void fiftyRacingCreatesOverTwoReplicasMakeOneDesktop() throws Exception {
        user("root", Permissions.ADMINISTRATOR);
        WebSession admin = new WebSession("http://localhost:" + port(first));
        admin.apiLogin("root", WebTestSupport.PASSWORD).assertStatus(200);
        User alice = user("alice", Permissions.NONE);
        String token = first.getBean(ManageApiTokensUseCase.class).create(Actor.of(alice, ""), new CreateTokenCommand("race", null)).secret();

        try (DesktopCluster cluster = new DesktopCluster(admin, second.getBean(ChooseDesktopClusterUseCase.class),
                NAMESPACE)) {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(REQUESTS);
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                int port = port(i % 2 == 0 ? first : second);
                HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/pods"))
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
}
