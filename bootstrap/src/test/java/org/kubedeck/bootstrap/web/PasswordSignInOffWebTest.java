package org.kubedeck.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kubedeck.application.token.port.in.ManageApiTokensUseCase;
import org.kubedeck.application.token.port.in.ManageApiTokensUseCase.CreateTokenCommand;
import org.kubedeck.application.user.port.in.UserQuery;
import org.kubedeck.bootstrap.web.WebTestSupport.Fixtures;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.Permissions;
import org.kubedeck.domain.user.Username;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Password sign-in switched off ({@code kubedeck.login.password=false}) beside single sign-on: the sign-in page
 * offers the provider alone, and neither the form nor the JSON API takes a password, even the right one; API
 * tokens keep working.
 */
@WebTest
// A context of its own (other settings): closed after, so that its connections go back to PostgreSQL.
@DirtiesContext
class PasswordSignInOffWebTest {

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry properties) {
        properties.add("kubedeck.oidc.issuer-uri", () -> TestIdentityProvider.shared().issuer());
        properties.add("kubedeck.oidc.client-id", () -> TestIdentityProvider.CLIENT_ID);
        properties.add("kubedeck.login.password", () -> "false");
    }

    @Autowired
    Fixtures f;

    @Autowired
    ManageApiTokensUseCase tokens;

    @Autowired
    UserQuery users;

    @Test
    void onlyTheProviderSignsInAndTokensStillWork() {
        String name = f.user("pat", Permissions.globalRead());
        WebSession browser = f.session();

        String page = browser.get("/login").assertStatus(200).body();
        assertThat(page).contains("id=\"sso-sign-in\"").doesNotContain("name=\"password\"");
        assertThat(browser.apiLogin(name, WebTestSupport.PASSWORD).assertStatus(403).json().get("error").asString())
                .isEqualTo("password_sign_in_off");
        assertThat(browser.formLogin(name, WebTestSupport.PASSWORD).location()).isEqualTo("/login?password_off");
        assertThat(browser.get("/api/current-user").status()).as("not signed in").isEqualTo(401);
        assertThat(f.auditCount("login", name)).isZero();

        String token = tokens.create(Actor.of(users.currentUser(Username.of(name)).orElseThrow(), ""),
                new CreateTokenCommand("script", null)).secret();
        assertThat(f.session().withToken(token, "GET", "/api/v1/pods", null).status()).as("a script's token")
                .isEqualTo(200);
    }
}
