package org.kubedeck.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.kubedeck.bootstrap.web.WebTestSupport.Fixtures;
import org.kubedeck.domain.user.Permissions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A browser with several tabs, or a script firing requests in parallel, uses one session from many threads at
 * once: each request may write the same new session attribute, and none may fail for it.
 */
@WebTest
class SessionConcurrencyWebTest {

    private static final int PARALLEL = 24;
    private static final ExecutorService clients = Executors.newFixedThreadPool(PARALLEL);

    @Autowired
    Fixtures f;

    @AfterAll
    static void stopClients() {
        clients.shutdownNow();
    }

    @Test
    void parallelPagesOnOneFreshSessionAreAllAnswered() throws Exception {
        List<Integer> statuses = new ArrayList<>();
        for (int round = 0; round < 5; round++) {
            WebSession browser = f.session();
            browser.formLogin(f.user("tabs", Permissions.globalRead()), WebTestSupport.PASSWORD);
            statuses.addAll(all(() -> browser.get("/").status()));
        }
        assertThat(statuses).hasSize(5 * PARALLEL).containsOnly(200);
    }

    @Test
    void parallelTokenRequestsStoreExactlyTheTokensWhoseSecretReachedTheClient() throws Exception {
        String owner = f.user("tokens", Permissions.globalRead());
        WebSession script = f.session();
        script.formLogin(owner, WebTestSupport.PASSWORD);
        List<WebSession.Response> answers = all(() -> script.postJson("/api/v1/tokens", Map.of("name", "ci")));

        assertThat(answers).extracting(WebSession.Response::status).containsOnly(201);
        long stored = f.jdbc().sql("select count(*) from api_tokens where owner = ?")
                .param(owner).query(Long.class).single();
        assertThat(stored).isEqualTo(PARALLEL);
        for (WebSession.Response answer : answers) {
            String token = answer.json().get("token").asString();
            assertThat(script.withToken(token, "GET", "/api/v1/pods", null).status()).isEqualTo(200);
        }
    }

    private static <T> List<T> all(Callable<T> request) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (int i = 0; i < PARALLEL; i++) {
            futures.add(clients.submit(() -> {
                start.await();
                return request.call();
            }));
        }
        start.countDown();
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            results.add(future.get());
        }
        return results;
    }
}
