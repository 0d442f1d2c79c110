package org.kubedeck.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kubedeck.bootstrap.web.WebTestSupport.Fixtures;
import org.kubedeck.domain.user.Permissions;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * What every answer tells the browser about itself, HTTPS behind a proxy, redirects that never follow a forged
 * Host, and metrics kept off the public port. (These tests run with {@code server.forward-headers-strategy}
 * {@code native}: the test client on the loopback address stands for a TLS proxy in front of the console.)
 */
@WebTest
class SecurityHeadersWebTest {

    @Autowired
    Fixtures f;

    @Test
    void everyPageForbidsInlineScriptAndStyleAndSaysWhatItSharesWithOthers() {
        WebSession browser = f.signedIn(f.user("headers", Permissions.globalRead()));
        for (String path : List.of("/login", "/", "/clusters", "/audit", "/tokens", "/desktops")) {
            WebSession.Response page = browser.get(path);
            assertThat(page.header("Content-Security-Policy")).as(path)
                    .hasValueSatisfying(policy -> assertThat(policy)
                            .contains("default-src 'self'", "script-src 'self'", "style-src 'self'",
                                    "object-src 'none'", "frame-ancestors 'none'", "form-action 'self'")
                            .doesNotContain("unsafe-inline", "unsafe-eval"));
            assertThat(page.header("Referrer-Policy")).as(path).hasValue("same-origin");
            assertThat(page.header("Permissions-Policy")).as(path)
                    .hasValueSatisfying(policy -> assertThat(policy).contains("camera=()", "microphone=()"));
            assertThat(page.header("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(page.header("X-Frame-Options")).as(path).hasValue("DENY");
            assertThat(page.body()).as(path).doesNotContain("<script>", " onclick=", " style=\"");
        }
        assertThat(f.session().get("/favicon.svg").assertStatus(200).header("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("image/svg+xml"));
    }

    @Test
    void overPlainHttpThereIsNoHstsAndCookiesAreNotMarkedSecure() {
        WebSession browser = f.session();
        WebSession.Response login = browser.formLogin(f.user("plain", Permissions.globalRead()),
                WebTestSupport.PASSWORD);
        assertThat(login.header("Strict-Transport-Security")).isEmpty();
        assertThat(setCookie(login, "SESSION")).doesNotContain("Secure");
    }

    @Test
    void behindAProxyThatSaysHttpsTheSessionCookieIsSecureAndHstsIsSent() {
        WebSession browser = f.session();
        WebSession.Response page = browser.get("/login", "X-Forwarded-Proto", "https");
        assertThat(page.header("Strict-Transport-Security")).hasValueSatisfying(
                hsts -> assertThat(hsts).contains("max-age="));
        assertThat(setCookie(page, "XSRF-TOKEN")).contains("Secure");

        WebSession.Response login = browser.apiLogin(f.user("tls", Permissions.globalRead()),
                WebTestSupport.PASSWORD, "X-Forwarded-Proto", "https");
        login.assertStatus(200);
        assertThat(setCookie(login, "SESSION")).contains("Secure", "HttpOnly", "SameSite=Lax");
    }

    @Test
    void redirectsCarryAPathOnlyWhateverHostTheRequestNames() throws IOException {
        String answer = raw("GET /audit HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 302");
        assertThat(answer).containsIgnoringCase("\r\nLocation: /login\r\n").doesNotContain("evil.example");

        String forwarded = raw("GET /audit HTTP/1.1\r\nHost: localhost\r\nX-Forwarded-Host: evil.example\r\n"
                + "Connection: close\r\n\r\n");
        assertThat(forwarded).containsIgnoringCase("\r\nLocation: /login\r\n").doesNotContain("evil.example");
    }

    @Test
    void thePublicPortAnswersHealthWithItsStatusOnlyAndServesNoMetrics() {
        WebSession outsider = f.session();
        WebSession.Response health = outsider.get("/actuator/health").assertStatus(200);
        assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}");
        assertThat(outsider.get("/actuator/prometheus").status()).isIn(401, 404);
        WebSession signedIn = f.signedIn(f.user("metrics", Permissions.ADMINISTRATOR));
        assertThat(signedIn.get("/actuator/prometheus").status()).isEqualTo(404);

        WebSession management = f.management();
        assertThat(management.get("/actuator/prometheus").assertStatus(200).body())
                .contains("kubedeck_desktops");
        assertThat(management.get("/actuator/health").assertStatus(200).json().get("components").has("db"))
                .isTrue();
        assertThat(management.get("/actuator/health/liveness").assertStatus(200).json().get("status").asString())
                .isEqualTo("UP");
        JsonNode readiness = management.get("/actuator/health/readiness").assertStatus(200).json();
        assertThat(readiness.get("components").has("db")).as("ready only while the database answers").isTrue();
        assertThat(outsider.get("/actuator/health/readiness").status()).as("not on the public port").isIn(401, 404);
    }

    private static String setCookie(WebSession.Response response, String name) {
        return response.raw().headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith(name + "=")).findFirst()
                .orElseThrow(() -> new AssertionError("No " + name + " cookie set"));
    }

    /** A request as written, for headers the HTTP client will not let a caller set. */
    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("localhost", f.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            int end = answer.indexOf("\r\n\r\n");
            return end < 0 ? answer : answer.substring(0, end + 2);
        }
    }
}
