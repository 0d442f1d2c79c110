package org.kubedeck.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kubedeck.bootstrap.browser.Chromium;
import org.kubedeck.domain.user.Permissions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Single sign-on through a real OpenID Connect provider ({@link TestIdentityProvider}, Spring Security's
 * authorization server) in Chromium: the console's button, the provider's own sign-in form, and back in the console
 * with the permissions the person's groups give by the group rules; a person whose groups give nothing is told so
 * and let nowhere; signing out ends the provider's session too. Passwords keep working beside it.
 */
@WebTest
// A context of its own (other settings): closed after, so that its connections go back to PostgreSQL.
@DirtiesContext
class SingleSignOnWebTest extends YamlClusterWebTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry properties) {
        properties.add("kubedeck.oidc.issuer-uri", () -> TestIdentityProvider.shared().issuer());
        properties.add("kubedeck.oidc.client-id", () -> TestIdentityProvider.CLIENT_ID);
        properties.add("kubedeck.oidc.client-secret", () -> TestIdentityProvider.CLIENT_SECRET);
        properties.add("kubedeck.oidc.scopes", () -> "openid,profile,groups");
        properties.add("kubedeck.oidc.name", () -> "Example SSO");
    }

    private final TestIdentityProvider provider = TestIdentityProvider.shared();
    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void browser() throws IOException {
        provider.accept("http://localhost:" + f.port());
        browser = Chromium.start(Files.createTempDirectory("kubedeck-chromium"));
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        wait.ignoring(WebDriverException.class);
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    private String url(String path) {
        return "http://localhost:" + f.port() + path;
    }

    /** The console's sign-in button, then the provider's own form. */
    private void signInThroughTheProvider(String person) {
        browser.get(url("/login"));
        browser.findElement(By.id("sso-sign-in")).click();
        wait.until(ExpectedConditions.urlContains(provider.issuer()));
        browser.findElement(By.name("username")).sendKeys(person);
        browser.findElement(By.name("password")).sendKeys(TestIdentityProvider.PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
    }

    private void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    /** The user as the admin API shows it; null when there is none. */
    private JsonNode user(String name) {
        WebSession.Response answer = admin.get("/api/admin/users/" + name);
        return answer.status() == 404 ? null : answer.assertStatus(200).json();
    }

    @Test
    void aPersonSignsInThroughTheProviderWithThePermissionsTheirGroupsGiveAndSignsOutOfBoth() throws IOException {
        String writers = "shop-writers-" + c;
        admin.putJson("/api/admin/sso/rules", Map.of("group", writers, "cluster", c, "level", "write"))
                .assertStatus(200);
        String person = provider.user("ana", List.of(writers, "unrelated"));

        browser.get(url("/login"));
        assertThat(browser.findElement(By.id("sso-sign-in")).getText()).isEqualTo("Sign in with Example SSO");
        assertThat(browser.findElements(By.name("password"))).as("passwords still work beside it").hasSize(1);
        screenshot("sso-login.png");
        signInThroughTheProvider(person);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Welcome"));
        assertThat(browser.getCurrentUrl()).startsWith(url("/"));
        screenshot("sso-signed-in.png");

        JsonNode made = user(person);
        assertThat(made.get("permissions").get("clusters").get(c).asString()).isEqualTo("write");
        assertThat(made.get("permissions").get("admin").asBoolean()).isFalse();
        assertThat(f.auditCount("user_created", person)).isOne();
        assertThat(f.auditCount("login", person)).isOne();
        browser.get(url("/k8s/" + c + "/" + ns));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains(ns);
        assertThat(f.session().apiLogin(person, "").status()).as("no password to sign in with").isEqualTo(401);

        browser.findElement(By.cssSelector("header form button")).click();
        wait.until(ExpectedConditions.urlToBe(url("/login?logout")));
        browser.get(url("/login"));
        browser.findElement(By.id("sso-sign-in")).click();
        wait.until(ExpectedConditions.urlContains(provider.issuer()));
        assertThat(browser.findElements(By.name("password"))).as("the provider's session ended too").hasSize(1);
    }

    @Test
    void aPersonWhoseGroupsGiveNothingIsToldWhyAndLetNowhere() throws IOException {
        String person = provider.user("outsider", List.of("marketing-" + c));

        signInThroughTheProvider(person);

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sso-refused")));
        assertThat(browser.findElement(By.id("sso-refused")).getText()).contains("No access to Kubedeck",
                "None of your groups gives access to Kubedeck");
        screenshot("sso-refused.png");
        browser.get(url("/clusters"));
        assertThat(browser.getCurrentUrl()).startsWith(url("/login"));
        assertThat(user(person)).as("no user made").isNull();
        assertThat(f.jdbc().sql("select count(*) from audit_log where action = 'login_failed' and actor = ? "
                + "and detail like '%no_group_rule%'").param(person).query(Long.class).single()).isOne();
    }

    @Test
    void theRulesAreTheGlobalAdministratorsAndTheNextSignInFollowsThem() throws IOException {
        String platform = "platform-" + c;
        String person = provider.user("lead", List.of(platform));
        admin.putJson("/api/admin/sso/rules", Map.of("group", platform, "level", "read")).assertStatus(200);
        signInThroughTheProvider(person);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Welcome"));
        assertThat(user(person).get("permissions").get("read").asBoolean()).isTrue();
        assertThat(user(person).get("permissions").get("admin").asBoolean()).isFalse();

        admin.putJson("/api/admin/sso/rules", Map.of("group", platform, "level", "admin")).assertStatus(200);
        assertThat(admin.get("/api/admin/sso/rules").assertStatus(200).json().get("rules").valueStream()
                .filter(rule -> rule.get("group").asString().equals(platform)).toList())
                .singleElement().satisfies(rule -> {
                    assertThat(rule.get("cluster").isNull()).isTrue();
                    assertThat(rule.get("level").asString()).isEqualTo("admin");
                });
        browser.findElement(By.cssSelector("header form button")).click();
        wait.until(ExpectedConditions.urlToBe(url("/login?logout")));
        signInThroughTheProvider(person);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Welcome"));
        assertThat(user(person).get("permissions").get("admin").asBoolean()).as("the next sign-in follows the rules")
                .isTrue();
        assertThat(f.auditCount("group_rule_set", adminName)).isEqualTo(2);

        browser.get(url("/admin/sso"));
        assertThat(browser.findElement(By.id("sso-rules")).getText()).contains(platform, "global administrator");
        assertThat(browser.findElement(By.id("sso-provider")).getText()).contains(provider.issuer());
        screenshot("sso-rules.png");

        int before = admin.get("/api/admin/sso/rules").json().get("rules").size();
        WebSession writer = team.writer();
        writer.putJson("/api/admin/sso/rules", Map.of("group", "mine-" + c, "level", "admin")).assertStatus(403);
        writer.delete("/api/admin/sso/rules?group=" + platform).assertStatus(403);
        assertThat(admin.get("/api/admin/sso/rules").json().get("rules").size()).as("nothing changed")
                .isEqualTo(before);
        assertThat(admin.putJson("/api/admin/sso/rules", Map.of("group", " ", "level", "read")).assertStatus(400)
                .json().get("field").asString()).isEqualTo("group");
        assertThat(admin.putJson("/api/admin/sso/rules", Map.of("group", "x", "level", "owner")).assertStatus(400)
                .json().get("field").asString()).isEqualTo("permissions");
        admin.delete("/api/admin/sso/rules?group=" + platform).assertStatus(204);
        admin.delete("/api/admin/sso/rules?group=" + platform).assertStatus(404);
        assertThat(f.auditCount("group_rule_removed", adminName)).isOne();
    }

    @Test
    void aPasswordAccountIsNeverTakenOverThroughTheProvider() {
        String local = f.user("local", Permissions.globalRead());
        String group = "everyone-" + c;
        admin.putJson("/api/admin/sso/rules", Map.of("group", group, "level", "admin")).assertStatus(200);
        provider.register(local, List.of(group));

        signInThroughTheProvider(local);

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sso-refused")));
        assertThat(browser.findElement(By.id("sso-refused")).getText()).contains("with a password is named");
        assertThat(user(local).get("permissions").get("admin").asBoolean()).as("unchanged").isFalse();
        admin.delete("/api/admin/sso/rules?group=" + group).assertStatus(204);
    }
}
