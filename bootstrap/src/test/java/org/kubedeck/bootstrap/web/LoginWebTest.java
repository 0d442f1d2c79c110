package org.kubedeck.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kubedeck.bootstrap.web.WebTestSupport.Fixtures;
import org.kubedeck.domain.user.Permissions;
import org.kubedeck.domain.user.User;
import org.kubedeck.domain.user.Username;
import org.springframework.beans.factory.annotation.Autowired;

@WebTest
class LoginWebTest {

    @Autowired
    Fixtures f;

    @Test
    void refusedRequestsWithoutASessionCookieStoreNoSession() {
        long before = sessionRows();
        for (int i = 0; i < 10; i++) {
            for (String path : new String[] {"/", "/users", "/audit", "/k8s/prod/shop", "/api/current-user"}) {
                int status = f.session().get(path).status();
                assertThat(status).as(path).isIn(302, 401);
            }
        }
        assertThat(sessionRows()).isEqualTo(before);
        for (int i = 0; i < 10; i++) {
            f.session().get("/login").assertStatus(200);
        }
        assertThat(sessionRows()).as("the sign-in page stores none either").isEqualTo(before);
    }

    @Test
    void aSignedOutVisitorComesBackToThePageAskedForAfterSigningIn() {
        String name = f.user("deep", Permissions.globalRead());
        WebSession browser = f.session();
        assertThat(browser.get("/audit").location()).endsWith("/login");

        WebSession.Response login = browser.formLogin(name, WebTestSupport.PASSWORD);

        assertThat(login.location()).isEqualTo("/audit");
    }

    private long sessionRows() {
        return f.jdbc().sql("select count(*) from spring_session").query(Long.class).single();
    }

    @Test
    void formLoginLeadsHomeAndIsAudited() {
        String name = f.user("form", Permissions.globalRead());
        WebSession browser = f.session();
        WebSession.Response login = browser.formLogin(name, WebTestSupport.PASSWORD);
        assertThat(login.status()).isEqualTo(302);
        assertThat(login.location()).isEqualTo("/");
        assertThat(browser.get("/").assertStatus(200).body()).contains("Welcome, " + name);
        assertThat(f.auditCount("login", name)).isEqualTo(1);
    }

    @Test
    void wrongPasswordShowsAnErrorAndIsAuditedWithoutThePassword() {
        String name = f.user("wrong", Permissions.globalRead());
        WebSession browser = f.session();
        WebSession.Response login = browser.formLogin(name, "not-the-password");
        assertThat(login.location()).isEqualTo("/login?error");
        assertThat(browser.get("/login?error").body()).contains("Wrong username or password.");
        assertThat(f.auditCount("login_failed", name)).isEqualTo(1);
        assertThat(f.jdbc().sql("select count(*) from audit_log where detail like '%not-the-password%'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void apiLoginAnswersWithPermissionsAndASessionCookie() {
        String name = f.user("api", Permissions.globalWrite());
        WebSession client = f.session();
        var json = client.apiLogin(name, WebTestSupport.PASSWORD).assertStatus(200).json();
        assertThat(json.get("username").asString()).isEqualTo(name);
        assertThat(json.at("/permissions/admin").asBoolean()).isFalse();
        assertThat(json.at("/permissions/read").asBoolean()).isTrue();
        assertThat(json.at("/permissions/write").asBoolean()).isTrue();
        assertThat(json.at("/permissions/clusters").isObject()).isTrue();
        assertThat(client.cookie("SESSION")).isPresent();
        assertThat(client.get("/api/current-user").assertStatus(200).json().get("username").asString())
                .isEqualTo(name);
    }

    @Test
    void apiLoginWithWrongPasswordIs401() {
        var response = f.session().apiLogin("nobody-at-all", "whatever-password").assertStatus(401);
        assertThat(response.json().get("error").asString()).isEqualTo("invalid_credentials");
    }

    @Test
    void fiveFailuresThrottleWith429AndTheSameAnswerForAnUnknownUser() {
        String known = f.user("victim", Permissions.globalRead());
        for (int i = 0; i < 4; i++) {
            f.session().apiLogin(known, "bad-password").assertStatus(401);
            f.session().apiLogin("ghost-user-x", "bad-password").assertStatus(401);
        }
        WebSession.Response knownFifth = f.session().apiLogin(known, "bad-password").assertStatus(429);
        WebSession.Response unknownFifth = f.session().apiLogin("ghost-user-x", "bad-password").assertStatus(429);
        assertThat(knownFifth.header("Retry-After")).contains("60");
        assertThat(knownFifth.body()).isEqualTo(unknownFifth.body());
        f.session().apiLogin(known, WebTestSupport.PASSWORD).assertStatus(429);
    }

    @Test
    void pagesRedirectToLoginAndTheApiAnswers401WhenSignedOut() {
        WebSession anonymous = f.session();
        assertThat(anonymous.get("/users").location()).isEqualTo("/login");
        var api = anonymous.get("/api/admin/users").assertStatus(401).json();
        assertThat(api.get("error").asString()).isEqualTo("unauthorized");
        assertThat(anonymous.get("/users", "HX-Request", "true").header("HX-Redirect")).contains("/login");
    }

    @Test
    void formLogoutEndsTheSessionAndIsAudited() {
        String name = f.user("leaver", Permissions.globalRead());
        WebSession browser = f.session();
        browser.formLogin(name, WebTestSupport.PASSWORD);
        WebSession.Response logout = browser.postForm("/logout", Map.of());
        assertThat(logout.location()).isEqualTo("/login?logout");
        assertThat(browser.get("/").status()).isEqualTo(302);
        assertThat(f.jdbc().sql("select detail from audit_log where action = 'logout' and actor = ?")
                .param(name).query(String.class).single()).isEqualTo("{\"reason\":\"user\"}");
    }

    @Test
    void apiLogoutEndsTheSession() {
        WebSession client = f.signedIn(f.user("apileaver", Permissions.globalRead()));
        client.postJson("/api/logout", Map.of()).assertStatus(200);
        client.get("/api/current-user").assertStatus(401);
    }

    @Test
    void stateChangingCallWithoutCsrfTokenIsRefusedAndChangesNothing() {
        String admin = f.user("csrf-admin", Permissions.ADMINISTRATOR);
        WebSession client = f.signedIn(admin);
        client.postJsonWithoutCsrf("/api/admin/users", Map.of("username", "forged-user", "password",
                "forged-password", "permissions", Map.of("admin", true))).assertStatus(403);
        assertThat(f.users().exists(Username.of("forged-user"))).isFalse();
    }

    @Test
    void userWithAPasswordSetByAnAdminMustChangeItFirst() {
        String name = f.user("invited", Permissions.globalRead());
        User user = f.users().find(Username.of(name)).orElseThrow();
        f.users().save(user.withPasswordSetByAdmin(user.passwordHash()));
        WebSession browser = f.session();
        browser.formLogin(name, WebTestSupport.PASSWORD);
        assertThat(browser.get("/audit").location()).isEqualTo("/account/password");
        var api = browser.get("/api/admin/logs").assertStatus(403).json();
        assertThat(api.get("error").asString()).isEqualTo("password_change_required");

        browser.postForm("/account/password", Map.of("current_password", WebTestSupport.PASSWORD,
                "new_password", "my-own-password", "confirm_password", "my-own-password"));
        browser.get("/audit").assertStatus(200);
        assertThat(f.users().find(Username.of(name)).orElseThrow().mustChangePassword()).isFalse();
    }

    @Test
    void passwordChangeWithAWrongCurrentPasswordShowsTheReason() {
        WebSession browser = f.session();
        browser.formLogin(f.user("changer", Permissions.globalRead()), WebTestSupport.PASSWORD);
        String page = browser.postForm("/account/password", Map.of("current_password", "wrong-one",
                "new_password", "my-own-password", "confirm_password", "my-own-password")).assertStatus(200).body();
        assertThat(page).contains("The current password is not correct.");
    }

    @Test
    void disablingAUserEndsTheirOpenSessionAtOnce() {
        String name = f.user("soon-disabled", Permissions.globalRead());
        WebSession browser = f.session();
        browser.formLogin(name, WebTestSupport.PASSWORD);
        browser.get("/").assertStatus(200);
        User user = f.users().find(Username.of(name)).orElseThrow();
        f.users().save(user.withEnabled(false));

        assertThat(browser.get("/").location()).isEqualTo("/login?disabled");
        assertThat(f.jdbc().sql("select detail from audit_log where action = 'logout' and actor = ?")
                .param(name).query(String.class).single()).isEqualTo("{\"reason\":\"disabled\"}");
    }

    @Test
    void changingThePasswordEndsTheUsersOtherSessions() {
        String name = f.user("twice", Permissions.globalRead());
        WebSession laptop = f.signedIn(name);
        WebSession phone = f.signedIn(name);
        laptop.postJson("/api/account/password", Map.of("current_password", WebTestSupport.PASSWORD,
                "new_password", "a-new-password")).assertStatus(200);
        laptop.get("/api/current-user").assertStatus(200);
        phone.get("/api/current-user").assertStatus(401);
    }

    @Test
    void anAdminResettingAPasswordEndsThatUsersSessions() {
        String name = f.user("reset", Permissions.globalRead());
        WebSession user = f.signedIn(name);
        WebSession admin = f.signedIn(f.user("resetter", Permissions.ADMINISTRATOR));
        admin.putJson("/api/admin/users/" + name, Map.of("password", "set-by-admin")).assertStatus(200);
        user.get("/api/current-user").assertStatus(401);
        admin.get("/api/current-user").assertStatus(200);
    }

    @Test
    void theFirstAdminExistsAndMustChangeTheConfiguredPassword() {
        var json = f.session().apiLogin("admin", "initial-admin-password").assertStatus(200).json();
        assertThat(json.at("/permissions/admin").asBoolean()).isTrue();
        assertThat(json.get("must_change_password").asBoolean()).isTrue();
    }

    @Test
    void pagesSpeakChineseOnRequest() {
        String page = f.session().get("/login?lang=zh-CN").assertStatus(200).body();
        assertThat(page).contains("登录 Kubedeck", "用户名");
    }
}
