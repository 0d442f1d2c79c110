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
    void theIdleTimeCountsFromSignInWhenThePageOnlyPolls() {
        WebSession browser = f.session();
        browser.formLogin(f.user("only-polls", Permissions.globalRead()), WebTestSupport.PASSWORD);
        f.clock().advance(Duration.ofMinutes(9));
        poll(browser).assertStatus(200);
        f.clock().advance(Duration.ofMinutes(1).plusSeconds(2));

        assertThat(poll(browser).status()).isEqualTo(401);
    }

    @Test
    void anApiSessionThatNeverCalledAnythingEndsTenMinutesAfterSignIn() {
        WebSession client = f.session();
        client.apiLogin(f.user("silent-api", Permissions.globalRead()), WebTestSupport.PASSWORD).assertStatus(200);
        f.clock().advance(Duration.ofMinutes(10).plusSeconds(1));

        assertThat(client.get("/api/current-user").status()).isEqualTo(401);
    }

    @Test
    void theStoredSessionIsGivenOnlyTheIdleTimeThatIsLeftSoPollsNeverRenewIt() {
        String name = f.user("stored", Permissions.globalRead());
        WebSession browser = f.session();
        browser.formLogin(name, WebTestSupport.PASSWORD);
        assertThat(storedLifetimeSeconds(name)).isEqualTo(11 * 60L);

        f.clock().advance(Duration.ofMinutes(4));
        poll(browser).assertStatus(200);
        assertThat(storedLifetimeSeconds(name)).isBetween(7 * 60 - 1L, 7 * 60L);
        f.clock().advance(Duration.ofMinutes(4));
        poll(browser).assertStatus(200);
        assertThat(storedLifetimeSeconds(name)).isBetween(3 * 60 - 1L, 3 * 60L);

        browser.get("/audit").assertStatus(200);
        assertThat(storedLifetimeSeconds(name)).isEqualTo(11 * 60L);
    }

    private static WebSession.Response poll(WebSession browser) {
        return browser.get("/", "X-Kubedeck-Background", "true", "HX-Request", "true");
    }

    /** How long the session store keeps the user's session after its last request. */
    private long storedLifetimeSeconds(String username) {
        return f.jdbc().sql("select max_inactive_interval from spring_session where principal_name = ?")
                .param(username).query(Long.class).single();
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
