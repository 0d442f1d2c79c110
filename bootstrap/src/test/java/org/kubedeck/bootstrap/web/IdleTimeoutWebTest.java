package org.kubedeck.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.kubedeck.bootstrap.web.WebTestSupport.Fixtures;
import org.kubedeck.domain.user.Permissions;
import org.springframework.beans.factory.annotation.Autowired;

@WebTest
class IdleTimeoutWebTest {

    @Autowired
    Fixtures f;

    @Test
    void tenMinutesWithoutActivityEndTheSessionAndThePageSaysWhy() {
        String name = f.user("idle", Permissions.globalRead());
        WebSession browser = f.session();
        browser.formLogin(name, WebTestSupport.PASSWORD);
        browser.get("/").assertStatus(200);

        f.clock().advance(Duration.ofMinutes(9));
        browser.get("/audit").assertStatus(200);
        f.clock().advance(Duration.ofMinutes(10).plusSeconds(1));

        assertThat(browser.get("/audit").location()).isEqualTo("/login?expired");
        assertThat(browser.get("/login?expired").body()).contains("signed out after a period without activity");
        assertThat(f.jdbc().sql("select detail from audit_log where action = 'logout' and actor = ?")
                .param(name).query(String.class).single()).isEqualTo("{\"reason\":\"idle\"}");
        assertThat(browser.get("/").location()).startsWith("/login");
    }

    @Test
    void backgroundPollingDoesNotKeepASessionAlive() {
        WebSession browser = f.session();
        browser.formLogin(f.user("poller", Permissions.globalRead()), WebTestSupport.PASSWORD);
        browser.get("/").assertStatus(200);
        for (int minute = 0; minute < 10; minute++) {
            f.clock().advance(Duration.ofMinutes(1));
            browser.get("/", "X-Kubedeck-Background", "true", "HX-Request", "true").assertStatus(200);
        }
        f.clock().advance(Duration.ofSeconds(2));
        WebSession.Response poll = browser.get("/", "X-Kubedeck-Background", "true", "HX-Request", "true");
        assertThat(poll.status()).isEqualTo(401);
        assertThat(poll.header("HX-Redirect")).contains("/login?expired");
    }

    @Test
    void anIdleApiSessionAnswers401SessionExpired() {
        WebSession client = f.signedIn(f.user("idle-api", Permissions.globalRead()));
        client.get("/api/current-user").assertStatus(200);
        f.clock().advance(Duration.ofMinutes(11));
        var json = client.get("/api/current-user").assertStatus(401).json();
        assertThat(json.get("error").asString()).isEqualTo("session_expired");
    }
}
