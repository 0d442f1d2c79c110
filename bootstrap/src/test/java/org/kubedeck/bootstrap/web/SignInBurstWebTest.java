package org.kubedeck.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.kubedeck.bootstrap.web.WebTestSupport.Fixtures;
import org.kubedeck.domain.user.Permissions;
import org.kubedeck.domain.user.Username;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Many sign-ins at once, more than the database pool has connections: each writes an audit entry in a
 * transaction of its own, which must never wait for a connection another sign-in holds.
 */
@WebTest
class SignInBurstWebTest {

    private static final int SIGN_INS = 50;

    @Autowired
    Fixtures f;

    /** A sign-in's answer: its status and how long it took. */
    private record Answer(int status, Duration took) {
    }

    @Test
    void fiftySignInsAtOnceAreAllAnsweredInSecondsWhileHealthStaysQuick() throws Exception {
        List<String> users = new ArrayList<>();
        for (int i = 0; i < SIGN_INS / 2; i++) {
            users.add(f.user("burst", Permissions.globalRead()));
        }
        List<WebSession> sessions = new ArrayList<>();
        for (int i = 0; i < SIGN_INS; i++) {
            WebSession session = f.session();
            session.get("/login").assertStatus(200);
            sessions.add(session);
        }
        long auditBefore = f.jdbc().sql("select count(*) from audit_log where action in ('login', 'login_failed')")
                .query(Long.class).single();
        ExecutorService clients = Executors.newFixedThreadPool(SIGN_INS + 1);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Answer>> answers = new ArrayList<>();
            for (int i = 0; i < SIGN_INS; i++) {
                WebSession session = sessions.get(i);
                String user = users.get(i / 2);
                // Every user signs in once with the right password and once with a wrong one.
                String password = i % 2 == 0 ? WebTestSupport.PASSWORD : "not-the-password";
                answers.add(clients.submit(() -> {
                    start.await();
                    long began = System.nanoTime();
                    int status = session.apiLogin(user, password).status();
                    return new Answer(status, Duration.ofNanos(System.nanoTime() - began));
                }));
            }
            Future<Answer> health = clients.submit(() -> {
                start.await();
                Thread.sleep(200);
                long began = System.nanoTime();
                int status = f.session().get("/actuator/health").status();
                return new Answer(status, Duration.ofNanos(System.nanoTime() - began));
            });
            start.countDown();

            List<Answer> all = new ArrayList<>();
            for (Future<Answer> answer : answers) {
                all.add(answer.get());
            }
            Duration slowest = all.stream().map(Answer::took).max(Duration::compareTo).orElseThrow();
            System.out.printf("%d sign-ins at once: slowest answered in %d ms; health in %d ms%n", SIGN_INS,
                    slowest.toMillis(), health.get().took().toMillis());
            assertThat(all).extracting(Answer::status).containsOnly(200, 401)
                    .filteredOn(status -> status == 200).hasSize(SIGN_INS / 2);
            assertThat(slowest).isLessThan(Duration.ofSeconds(5));
            assertThat(health.get().status()).isEqualTo(200);
            assertThat(health.get().took()).isLessThan(Duration.ofSeconds(1));
            assertThat(f.jdbc().sql("select count(*) from audit_log where action in ('login', 'login_failed')")
                    .query(Long.class).single()).as("every sign-in audited").isEqualTo(auditBefore + SIGN_INS);
        } finally {
            clients.shutdownNow();
            // The web tests share one database: leave the users list as short as it was.
            users.forEach(user -> f.users().delete(Username.of(user)));
        }
    }
}
