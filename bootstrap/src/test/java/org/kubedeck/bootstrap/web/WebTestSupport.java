package org.kubedeck.bootstrap.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.kubedeck.application.cluster.port.out.ClusterStore;
import org.kubedeck.application.secret.port.out.SecretBox;
import org.kubedeck.application.testing.MutableClock;
import org.kubedeck.application.user.port.out.PasswordHasher;
import org.kubedeck.application.user.port.out.UserStore;
import org.kubedeck.domain.cluster.Cluster;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.user.NewPassword;
import org.kubedeck.domain.user.Permissions;
import org.kubedeck.domain.user.User;
import org.kubedeck.domain.user.Username;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Shared by the web tests: the movable clock, users made directly in the store, and HTTP sessions. */
@TestConfiguration(proxyBeanMethods = false)
public class WebTestSupport {

    public static final String PASSWORD = "test-password-1";

    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock(Instant.now());
    }

    @Bean
    Fixtures fixtures(UserStore users, ClusterStore clusters, SecretBox secrets, PasswordHasher hasher,
            MutableClock clock, JdbcClient jdbc, Environment environment) {
        return new Fixtures(users, clusters, secrets, hasher, clock, jdbc, environment);
    }

    private static final String CLOSED_PORT_KUBECONFIG = """
            apiVersion: v1
            kind: Config
            clusters: [{name: c, cluster: {server: "https://127.0.0.1:9"}}]
            users: [{name: u, user: {token: none}}]
            contexts: [{name: c, context: {cluster: c, user: u}}]
            current-context: c
            """;

    public record Fixtures(UserStore users, ClusterStore clusters, SecretBox secrets, PasswordHasher hasher,
            MutableClock clock, JdbcClient jdbc, Environment environment) {

        /** Known only once the server has started, after this bean was made. */
        public int port() {
            return environment.getRequiredProperty("local.server.port", Integer.class);
        }

        /** A user who may sign in at once with {@link #PASSWORD}, under a unique name. */
        public String user(String prefix, Permissions permissions) {
            String name = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
            users.save(User.create(Username.of(name), hasher.hash(new NewPassword(PASSWORD)), permissions,
                    clock.instant()));
            return name;
        }

        /**
         * A registered cluster, under a unique name, for what only needs it to exist (a user's grant): its
         * kubeconfig names a closed port on this machine, so the health round finds it unreachable at once.
         */
        public String cluster(String prefix) {
            String name = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
            clusters.add(new Cluster(ClusterName.of(name), null, List.of(), null, clock.instant(), null),
                    secrets.seal(CLOSED_PORT_KUBECONFIG));
            return name;
        }

        /** The management port: metrics and health details. */
        public WebSession management() {
            return new WebSession("http://localhost:"
                    + environment.getRequiredProperty("local.management.port", Integer.class));
        }

        /** A session straight to the console, under its path prefix when it has one. */
        public WebSession session() {
            return new WebSession("http://localhost:" + port() + contextPath());
        }

        /** {@code server.servlet.context-path}: empty, or a prefix such as {@code /ops}. */
        public String contextPath() {
            return environment.getProperty("server.servlet.context-path", "");
        }

        public WebSession signedIn(String username) {
            WebSession session = session();
            session.apiLogin(username, PASSWORD).assertStatus(200);
            return session;
        }

        public long auditCount(String action, String actor) {
            return jdbc.sql("select count(*) from audit_log where action = ? and actor = ?")
                    .params(action, actor).query(Long.class).single();
        }
    }
}
