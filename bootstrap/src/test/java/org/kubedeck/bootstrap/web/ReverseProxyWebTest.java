package org.kubedeck.bootstrap.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kubedeck.adapters.k8s.testing.RigNamespace;
import org.kubedeck.bootstrap.browser.Chromium;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The console under a path prefix ({@code server.servlet.context-path=/ops}) behind a reverse proxy that routes only
 * that prefix to it ({@link PrefixProxy}): every link, form, redirect and htmx call of the pages stays under the
 * prefix, and a log stream (server-sent events) and a terminal (WebSocket) work through the proxy. Embedding is
 * allowed here for one origin ({@code kubedeck.web.frame-ancestors}).
 */
@WebTest
// A context of its own (other settings): closed after, so that its connections go back to PostgreSQL.
@DirtiesContext
@TestPropertySource(properties = {"server.servlet.context-path=" + ReverseProxyWebTest.PREFIX,
        "kubedeck.web.frame-ancestors=https://portal.example.com"})
class ReverseProxyWebTest extends YamlClusterWebTest {

    static final String PREFIX = "/ops";

    /** The attributes of a page that name an address the browser asks for. */
    private static final Pattern ADDRESS = Pattern.compile(
            "\\s(href|src|action|formaction|hx-get|hx-post|hx-put|hx-delete|data-socket|data-stream)=\"([^\"]*)\"");
    private static final int MOST_PAGES = 150;
    private static final Pattern OTHER_TESTS_NAMESPACE = Pattern.compile("t-[0-9a-f]{8}");

    private PrefixProxy proxy;
    private WebSession through;

    @BeforeEach
    void behindTheProxy() {
        proxy = new PrefixProxy(PREFIX, f.port());
        through = new WebSession("http://localhost:" + proxy.port() + PREFIX);
    }

    @AfterEach
    void closeProxy() {
        proxy.close();
    }

    @Test
    void signingInRedirectsAndEveryAddressOfThePagesStayUnderThePrefix() {
        WebSession.Response signedOut = through.get("/");
        assertThat(signedOut.status()).isEqualTo(302);
        assertThat(signedOut.location()).isEqualTo(PREFIX + "/login");
        WebSession.Response signedIn = through.formLogin(adminName, WebTestSupport.PASSWORD);
        assertThat(signedIn.location()).startsWith(PREFIX + "/").doesNotContain("login");
        cluster.runningPod("box", Map.of());

        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Deque<String> pages = new ArrayDeque<>(List.of("/", "/clusters", "/k8s/" + c, "/k8s/" + c + "/" + ns,
                "/k8s/" + c + "/" + ns + "/deployment/web", "/k8s/" + c + "/" + ns + "/pods/box",
                "/resources/" + c + "/configmaps?namespace=" + ns, "/versions/" + c + "/" + ns + "/deployment/web",
                "/search?q=web", "/compare", "/batch", "/scans/" + c, "/capacity/" + c, "/labels/" + c));
        while (!pages.isEmpty() && seen.size() < MOST_PAGES) {
            String page = pages.poll();
            if (!seen.add(page)) {
                continue;
            }
            WebSession.Response answer = through.get(page, "HX-Request", "true");
            if (answer.status() == 404 || answer.status() >= 500) {
                problems.add(answer.status() + " " + page);
            }
            if (answer.status() / 100 == 3 && !answer.location().startsWith(PREFIX + "/")) {
                problems.add("redirect to " + answer.location() + " from " + page);
            }
            if (!answer.header("Content-Type").orElse("").startsWith("text/html")) {
                continue;
            }
            Matcher address = ADDRESS.matcher(answer.body());
            while (address.find()) {
                String url = address.group(2).replace("&amp;", "&");
                if (!url.startsWith("/")) {
                    continue;
                }
                if (!url.startsWith(PREFIX + "/")) {
                    problems.add(address.group(1) + "=\"" + url + "\" on " + page);
                } else if (followed(address.group(1), url)) {
                    pages.add(url.substring(PREFIX.length()).replaceFirst("#.*", ""));
                }
            }
        }

        assertThat(problems).isEmpty();
        assertThat(seen).as("pages read through the proxy").hasSizeGreaterThan(60);
        assertThat(proxy.outsidePrefix()).as("requests that missed the prefix").isZero();
    }

    /**
     * Pages and htmx fragments of this test's own cluster and namespace, or of none (the cluster is the whole rig,
     * where other tests' namespaces come and go); not downloads, sign-out or streams.
     */
    private boolean followed(String attribute, String url) {
        if (!List.of("href", "hx-get").contains(attribute) || url.contains("logout") || url.contains("/download")
                || url.contains("/stream") || url.contains("/v3/api-docs")) {
            return false;
        }
        String path = url.substring(PREFIX.length()).replaceFirst("#.*", "");
        Matcher namespaces = OTHER_TESTS_NAMESPACE.matcher(path);
        while (namespaces.find()) {
            if (!namespaces.group().equals(ns)) {
                return false;
            }
        }
        String[] segments = path.replaceFirst("\\?.*", "").split("/");
        return segments.length <= 2 || path.contains("/" + c + "/") || path.endsWith("/" + c);
    }

    @Test
    void aLogStreamAndATerminalWorkThroughTheProxy() throws Exception {
        cluster.runningPod("box", Map.of());
        through.apiLogin(adminName, WebTestSupport.PASSWORD).assertStatus(200);
        String pod = "/k8s/" + c + "/" + ns + "/pods/box";

        String stream = attribute(through.get(pod + "/logs?container=main").assertStatus(200).body(), "data-stream");
        HttpResponse<InputStream> events = through.stream(stream.substring(PREFIX.length()));
        assertThat(events.statusCode()).isEqualTo(200);
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(events.body(), UTF_8))) {
            for (String line = reader.readLine(); line != null && lines.size() < 2; line = reader.readLine()) {
                if (line.startsWith("data:")) {
                    lines.add(line);
                }
            }
        }
        assertThat(lines).hasSize(2);

        String socket = attribute(through.get(pod + "/terminal?container=main").assertStatus(200).body(),
                "data-socket");
        TerminalScreen screen = new TerminalScreen();
        WebSocket terminal = through.webSocket(socket.substring(PREFIX.length()), screen).get(10, TimeUnit.SECONDS);
        TerminalScreen.type(terminal, "echo through-$((40+2))\r");
        RigNamespace.await(RigNamespace.SETTLE, () -> screen.shown.toString().contains("through-42"));
        TerminalScreen.type(terminal, "exit\r");
        assertThat(screen.closed.get(10, TimeUnit.SECONDS)).isEqualTo(1000);
        assertThat(proxy.outsidePrefix()).isZero();
    }

    /**
     * A person's browser through the proxy: the sign-in form, the pod console's polled table, a followed log and a
     * terminal; every request it makes (pages, scripts, styles, htmx, the stream, the socket) stays under the prefix.
     */
    @Test
    void aBrowserThroughTheProxySignsInFollowsALogAndTypesInATerminal() throws Exception {
        cluster.runningPod("box", Map.of());
        Path profile = Files.createTempDirectory("kubedeck-chromium");
        WebDriver browser = Chromium.start(profile);
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
            wait.ignoring(StaleElementReferenceException.class);
            JavascriptExecutor page = (JavascriptExecutor) browser;
            String base = "http://localhost:" + proxy.port() + PREFIX;
            browser.get(base + "/k8s/" + c + "/" + ns + "/pods/box");
            browser.findElement(By.name("username")).sendKeys(adminName);
            browser.findElement(By.name("password")).sendKeys(WebTestSupport.PASSWORD);
            browser.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
            wait.until(ExpectedConditions.urlToBe(base + "/k8s/" + c + "/" + ns + "/pods/box"));

            String workload = PREFIX + "/k8s/" + c + "/" + ns + "/deployment/web";
            browser.get("http://localhost:" + proxy.port() + workload);
            wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#pods tbody tr"), 2));
            wait.until(driver -> proxy.targets().stream().filter(target -> target.startsWith(workload)).count() > 1);

            browser.get(base + "/k8s/" + c + "/" + ns + "/pods/box/logs?container=main");
            browser.findElement(By.id("follow")).click();
            wait.until(driver -> (Long) page.executeScript("return document.getElementById('log-view').innerText"
                    + ".split('\\n').filter(l => l).length;") > 0);

            browser.get(base + "/k8s/" + c + "/" + ns + "/pods/box/terminal?container=main");
            wait.until(ExpectedConditions.attributeToBe(By.id("terminal-status"), "data-state", "open"));
            browser.findElement(By.cssSelector(".xterm-helper-textarea")).sendKeys("echo prox''ied-$((6*7))\n");
            wait.until(driver -> ((String) page.executeScript(
                    "return document.querySelector('.xterm-rows').innerText")).contains("proxied-42"));

            assertThat(proxy.outsidePrefix()).as("requests that missed the prefix").isZero();
            assertThat(Chromium.securityViolations(browser)).isEmpty();
        } finally {
            browser.quit();
        }
    }

    @Test
    void thePagesMayBeFramedByTheConfiguredOriginOnly() {
        WebSession.Response login = through.get("/login").assertStatus(200);

        assertThat(login.header("Content-Security-Policy")).hasValueSatisfying(policy -> assertThat(policy)
                .endsWith("frame-ancestors https://portal.example.com"));
        assertThat(login.header("X-Frame-Options")).as("it cannot name an origin: left out").isEmpty();
    }

    private static String attribute(String page, String name) {
        Matcher value = Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(page);
        assertThat(value.find()).as(name).isTrue();
        return value.group(1).replace("&amp;", "&");
    }
}
