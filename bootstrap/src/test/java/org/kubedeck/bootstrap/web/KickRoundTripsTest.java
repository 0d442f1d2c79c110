package org.kubedeck.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Interceptor;
import org.junit.jupiter.api.Test;
import org.kubedeck.adapters.k8s.testing.RigNamespace;
import org.kubedeck.bootstrap.web.WebTestSupport.Fixtures;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.user.AccessLevel;
import org.kubedeck.domain.user.Permissions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * How many requests a kick costs: to the API server (counted by an interceptor on every client the console
 * makes) and to the database (statements on the main pool; audit entries, written on their own pool, are
 * counted as rows). Printed for one pod and for 200 at once, with upper bounds that hold the gain.
 */
@WebTest
@Import(KickRoundTripsTest.Counting.class)
class KickRoundTripsTest {

    private static final AtomicInteger API_REQUESTS = new AtomicInteger();
    private static final AtomicInteger STATEMENTS = new AtomicInteger();

    @Autowired
    Fixtures f;

    @TestConfiguration(proxyBeanMethods = false)
    static class Counting {

        @Bean
        Interceptor countingApiRequests() {
            return chain -> {
                if (!"true".equals(chain.request().url().queryParameter("watch"))) {
                    API_REQUESTS.incrementAndGet();
                }
                return chain.proceed(chain.request());
            };
        }

        /** The same pool, handing out connections that count the statements prepared on them. */
        @Bean
        static BeanPostProcessor countingStatements() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof HikariDataSource pool && !(bean instanceof CountingPool)
                            ? new CountingPool(pool) : bean;
                }
            };
        }
    }

    static final class CountingPool extends HikariDataSource {

        CountingPool(HikariDataSource settings) {
            super(settings);
        }

        @Override
        public Connection getConnection() throws SQLException {
            Connection connection = super.getConnection();
            InvocationHandler counting = (proxy, method, args) -> {
                if (method.getName().startsWith("prepare") || method.getName().equals("createStatement")) {
                    STATEMENTS.incrementAndGet();
                }
                try {
                    return method.invoke(connection, args);
                } catch (java.lang.reflect.InvocationTargetException e) {
                    throw e.getCause();
                }
            };
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, counting);
        }
    }

    /** What one kick cost. */
    private record Cost(int apiRequests, int statements, long auditEntries) {
    }

    @Test
    void aKickOfOnePodAndOfTwoHundredCostsFewRequests() {
        try (RigNamespace namespace = RigNamespace.open()) {
            namespace.withWeb(201, RigNamespace.SETTLE);
            WebSession admin = f.signedIn(f.user("root", Permissions.ADMINISTRATOR));
            String cluster = "kick" + System.nanoTime() % 100_000;
            admin.postJson("/api/admin/clusters", Map.of("name", cluster, "kubeconfig_content",
                    namespace.rig().kubeconfig())).assertStatus(201);
            WebSession writer = f.signedIn(f.user("writer", Permissions.perCluster(Map.of(ClusterName.of(cluster),
                    AccessLevel.WRITE))));
            String api = "/api/" + cluster + "/" + namespace.name() + "/pods";
            List<String> pods = namespace.pods("app=web").stream().map(pod -> pod.getMetadata().getName())
                    .sorted().toList();
            // The page a user kicks from has been looked at: its namespace is watched and cached.
            writer.get("/api/" + cluster + "/" + namespace.name() + "/deployment/web/pods").assertStatus(200);
            pause();

            Cost one = cost(cluster, () -> writer.postJson(api + "/" + pods.get(0) + "/remove-load?confirm=true",
                    Map.of()).assertStatus(200));
            Cost many = cost(cluster, () -> writer.postJson(api + "/remove-load", Map.of("pods",
                    pods.subList(1, 201), "confirm", true)).assertStatus(200));

            System.out.printf("Kick of 1 pod: %d API requests, %d statements on the main pool, %d audit entries%n",
                    one.apiRequests(), one.statements(), one.auditEntries());
            System.out.printf("Kick of 200 pods: %d API requests (%.1f per pod), %d statements (%.1f per pod), "
                    + "%d audit entries%n", many.apiRequests(), many.apiRequests() / 200.0, many.statements(),
                    many.statements() / 200.0, many.auditEntries());
            assertThat(namespace.pods("load=done")).hasSize(201);
            // Per pod: the state before (GET) and the patch, whose answer is the state after; one lock, one look
            // at the latest version and at most two versions in the database. (Before: 4 and 8 per pod.)
            assertThat(one.apiRequests()).isLessThanOrEqualTo(2);
            assertThat(many.apiRequests()).isLessThanOrEqualTo(2 * 200);
            assertThat(many.statements()).isLessThanOrEqualTo(4 * 200 + 20);
            assertThat(many.auditEntries()).isEqualTo(200);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Cost cost(String cluster, Runnable kick) {
        long auditBefore = auditEntries(cluster);
        int apiBefore = API_REQUESTS.get();
        int statementsBefore = STATEMENTS.get();
        kick.run();
        return new Cost(API_REQUESTS.get() - apiBefore, STATEMENTS.get() - statementsBefore,
                auditEntries(cluster) - auditBefore);
    }

    private long auditEntries(String cluster) {
        return f.jdbc().sql("select count(*) from audit_log where cluster = ?").param(cluster).query(Long.class)
                .single();
    }
}
