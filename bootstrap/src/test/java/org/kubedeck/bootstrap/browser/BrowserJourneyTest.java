package org.kubedeck.bootstrap.browser;

import static org.assertj.core.api.Assertions.assertThat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kubedeck.adapters.k8s.testing.KubeRig;
import org.kubedeck.adapters.k8s.testing.RigNamespace;
import org.kubedeck.application.desktop.DesktopSettings;
import org.kubedeck.application.desktop.port.in.ChooseDesktopClusterUseCase;
import org.kubedeck.bootstrap.web.DesktopCluster;
import org.kubedeck.bootstrap.web.ShopCluster;
import org.kubedeck.bootstrap.web.WebSession;
import org.kubedeck.bootstrap.web.WebTest;
import org.kubedeck.bootstrap.web.WebTestSupport;
import org.kubedeck.bootstrap.web.WebTestSupport.Fixtures;
import org.kubedeck.bootstrap.web.YamlCluster;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.desktop.DesktopNames;
import org.kubedeck.domain.user.AccessLevel;
import org.kubedeck.domain.user.Permissions;
import org.kubedeck.domain.user.User;
import org.kubedeck.domain.user.Username;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;


/** The journeys that matter, in Debian's headless Chromium, against the running console. */
@WebTest
@TestPropertySource(properties = {DesktopCluster.UNIQUE_NAMESPACE, DesktopCluster.HOME_ON_THE_RIG,
        DesktopCluster.SMALL_UPLOADS})
class BrowserJourneyTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @Autowired
    Fixtures f;
    @Autowired
    ChooseDesktopClusterUseCase desktops;
    @Autowired
    DesktopSettings desktopSettings;

    private WebDriver browser;
    private WebDriverWait wait;
    private Path profile;

    @BeforeEach
    void startBrowser() throws IOException {
        profile = Files.createTempDirectory("kubedeck-chromium");
        browser = Chromium.start(profile);
        wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        // Polled tables are swapped every two seconds: an element found a moment ago may be gone; look again.
        wait.ignoring(StaleElementReferenceException.class);
    }

    /** Every page of every journey keeps to the security headers: the console logs no violation of them. */
    @AfterEach
    void stopBrowser() {
        if (browser == null) {
            return;
        }
        try {
            assertThat(Chromium.securityViolations(browser)).as("security header violations in the browser's console")
                    .isEmpty();
        } finally {
            browser.quit();
        }
    }

    @AfterAll
    static void deleteTheDesktopNamespace(@Autowired DesktopSettings desktopSettings) {
        DesktopCluster.deleteNamespace(desktopSettings.namespace());
    }

    private String url(String path) {
        return "http://localhost:" + f.port() + path;
    }

    private void signIn(String username, String password) {
        browser.get(url("/login"));
        browser.findElement(By.name("username")).sendKeys(username);
        browser.findElement(By.name("password")).sendKeys(password);
        browser.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
    }

    /**
     * Signs in with the tests' password and waits for the home page. The login page's heading may be read while the
     * browser leaves it: Chromium then answers that the node left the document, which is no failure of the page.
     */
    private void signedIn(String username) {
        signIn(username, WebTestSupport.PASSWORD);
        new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(WebDriverException.class)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Welcome"));
    }

    private void signOut() {
        browser.findElement(By.cssSelector("header form button")).click();
        wait.until(ExpectedConditions.urlContains("/login?logout"));
    }

    @Test
    void adminCreatesAUserWhoIsThenRefusedTheUsersPage() throws IOException {
        String admin = f.user("chief", Permissions.ADMINISTRATOR);
        String newcomer = "lihua-" + System.nanoTime() % 100_000;
        String prod = f.cluster("prod");
        signedIn(admin);

        browser.findElement(By.linkText("Users")).click();
        browser.findElement(By.linkText("New user")).click();
        browser.findElement(By.name("username")).sendKeys(newcomer);
        browser.findElement(By.name("password")).sendKeys("first-password");
        int rows = browser.findElements(By.cssSelector("#cluster-rows tr")).size();
        browser.findElement(By.id("add-cluster-row")).click();
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#cluster-rows tr"), rows + 1));
        WebElement clusterChoice = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#cluster-rows tr:last-child select[name=clusterNames]")));
        clusterChoice.findElement(By.cssSelector("option[value='" + prod + "']")).click();
        browser.findElement(By.cssSelector("#cluster-rows tr:last-child select[name=clusterLevels] option[value=write]"))
                .click();
        browser.findElement(By.cssSelector("form.stacked button[type=submit]")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("flash"), "User created."));
        assertThat(browser.findElement(By.id("user-" + newcomer)).getText()).contains(newcomer, prod + ": write");
        screenshot("users-page.png");
        User stored = f.users().find(Username.of(newcomer)).orElseThrow();
        assertThat(stored.permissions().levelOn(ClusterName.of(prod))).contains(AccessLevel.WRITE);
        signOut();

        signIn(newcomer, "first-password");
        wait.until(ExpectedConditions.urlContains("/account/password"));
        browser.findElement(By.name("current_password")).sendKeys("first-password");
        browser.findElement(By.name("new_password")).sendKeys("my-own-password");
        browser.findElement(By.name("confirm_password")).sendKeys("my-own-password");
        browser.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("flash"), "password was changed"));
        assertThat(browser.findElements(By.linkText("Users"))).as("no Users link for a non-admin").isEmpty();

        browser.get(url("/users"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Not allowed.");
        screenshot("users-page-refused.png");
        assertThat(f.auditCount("denied", newcomer)).isEqualTo(1);
    }

    @Test
    void adminDeletesAUserAfterConfirmingAndTheRowDisappears() {
        String admin = f.user("chief", Permissions.ADMINISTRATOR);
        String doomed = f.user("doomed", Permissions.globalRead());
        signedIn(admin);
        browser.get(url("/users?q=" + doomed));
        browser.findElement(By.cssSelector("#user-" + doomed + " button.danger")).click();
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        wait.until(ExpectedConditions.numberOfElementsToBe(By.id("user-" + doomed), 0));
        assertThat(f.users().exists(Username.of(doomed))).isFalse();
    }

    @Test
    void adminAddsAClusterAndKicksAndRestoresAPod() throws IOException {
        try (ShopCluster shop = new ShopCluster()) {
            String admin = f.user("chief", Permissions.ADMINISTRATOR);
            String cluster = "shop" + System.nanoTime() % 100_000;
            signedIn(admin);

            browser.findElement(By.linkText("Clusters")).click();
            browser.get(url("/clusters/new"));
            browser.findElement(By.name("name")).sendKeys(cluster);
            browser.findElement(By.name("displayName")).sendKeys("Shop " + cluster);
            browser.findElement(By.name("tags")).sendKeys("eu, test");
            ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];",
                    browser.findElement(By.name("kubeconfig")), shop.kubeconfig());
            browser.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("flash"), "Cluster added."));
            assertThat(browser.findElement(By.id("cluster-" + cluster)).getText()).contains("reachable", "v1.23.0");
            screenshot("clusters-page.png");

            String pod = shop.pods().get(1);
            browser.findElement(By.linkText("Shop " + cluster)).click();
            browser.findElement(By.linkText(shop.namespace())).click();
            browser.findElement(By.linkText("web")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("pod-" + pod)));
            assertThat(browser.findElement(By.id("pod-" + pod)).getText()).contains(shop.nodeIp(pod), "online");

            browser.findElement(By.cssSelector("#pod-" + pod + " button.kick")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#pod-" + pod + " .load"),
                    "done"));
            assertThat(shop.loadOf(pod)).isEqualTo("done");
            screenshot("pod-kicked.png");

            browser.findElement(By.cssSelector("#pod-" + pod + " button.restore")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#pod-" + pod + " .load"),
                    "online"));
            assertThat(shop.loadOf(pod)).isEqualTo("online");

            // Kicking every pod would leave the Service with none: the console warns, and Cancel dismisses it.
            browser.findElement(By.cssSelector("input[data-select-all=pods]")).click();
            browser.findElement(By.cssSelector("#bulk button.danger")).click();
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#kick-warnings button[data-dismiss]")))
                    .click();
            wait.until(ExpectedConditions.numberOfElementsToBe(By.id("kick-warnings"), 0));
            assertThat(shop.pods()).allSatisfy(each -> assertThat(shop.loadOf(each)).isEqualTo("online"));
            assertThat(browser.findElement(By.cssSelector("#bulk-kick .count")).getText())
                    .as("the bulk button counts what it acts on").isEqualTo(String.valueOf(shop.pods().size()));

            // One pod kicked through the bulk bar: the selection is cleared for the next action.
            browser.findElement(By.cssSelector("input[data-select-all=pods]")).click();
            browser.findElement(By.id("select-" + pod)).click();
            assertThat(browser.findElement(By.cssSelector("#bulk-kick .count")).getText()).isEqualTo("1");
            browser.findElement(By.id("bulk-kick")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#pod-" + pod + " .load"),
                    "done"));
            wait.until(driver -> driver.findElements(By.cssSelector("input[type=checkbox]:checked")).isEmpty());
            assertThat(browser.findElement(By.cssSelector("#bulk-kick .count")).isDisplayed()).isFalse();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("serving-count"),
                    (shop.pods().size() - 1) + " serving"));

            // The pod's own page: its workload, its node and its containers.
            browser.findElement(By.linkText(pod)).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("containers")));
            assertThat(browser.findElement(By.tagName("h1")).getText()).contains(pod);
            assertThat(browser.findElement(By.id("pod-owner")).getText()).contains("Deployment", "web");
            assertThat(browser.findElement(By.id("pod-node")).getText()).contains(shop.nodeIp(pod));
            screenshot("pod-page.png");
        }
    }

    @Test
    void aWriterPagesFiltersAndKicksEveryPodOfABigDeploymentOnOneNode() throws IOException {
        try (RigNamespace namespace = RigNamespace.open()) {
            namespace.withWeb(120, RigNamespace.SETTLE);
            String cluster = "big" + System.nanoTime() % 100_000;
            f.signedIn(f.user("chief", Permissions.ADMINISTRATOR)).postJson("/api/admin/clusters",
                    Map.of("name", cluster, "kubeconfig_content", namespace.rig().kubeconfig())).assertStatus(201);
            Map<String, List<String>> byNode = namespace.pods("app=web").stream().collect(Collectors.groupingBy(
                    pod -> pod.getStatus().getHostIP(), Collectors.mapping(pod -> pod.getMetadata().getName(),
                            Collectors.toList())));
            String node = byNode.keySet().stream().max(Comparator.comparing(ip -> byNode.get(ip).size()))
                    .orElseThrow();
            List<String> onNode = byNode.get(node);
            String writer = f.user("writer", Permissions.perCluster(Map.of(ClusterName.of(cluster),
                    AccessLevel.WRITE)));
            signedIn(writer);

            browser.get(url("/k8s/" + cluster + "/" + namespace.name() + "/deployment/web"));
            assertThat(rows()).hasSize(50);
            assertThat(browser.findElement(By.id("pod-range")).getText()).isEqualTo("1–50 of 120 matching (120 pods "
                    + "in all)");
            browser.findElement(By.id("page-next")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("pod-range"), "51–100 of 120"));
            assertThat(browser.getCurrentUrl()).endsWith("?page=2");

            new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("pod-size"))).selectByValue("20");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("pod-range"), "1–20 of 120"));
            browser.findElement(By.id("pod-query")).sendKeys(node);
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("pod-range"),
                    "1–20 of " + onNode.size() + " matching"));
            assertThat(rows()).hasSize(20).allSatisfy(row -> assertThat(row).contains(node));
            screenshot("pod-list-filtered.png");

            browser.findElement(By.id("all-matching")).click();
            browser.findElement(By.cssSelector("#bulk button.danger")).click();
            List<WebElement> confirm = new WebDriverWait(browser, Duration.ofSeconds(3)).until(driver -> {
                List<WebElement> found = driver.findElements(By.id("confirm-kick"));
                return found.isEmpty() && namespace.pods("load=done").isEmpty() ? null : found;
            });
            if (!confirm.isEmpty()) {
                // All 120 pods on one node: the Service would be left without pods, so the console asks first.
                confirm.get(0).click();
            }
            wait.until(driver -> namespace.pods("load=done").size() == onNode.size());
            assertThat(namespace.pods("load=done")).extracting(pod -> pod.getMetadata().getName())
                    .containsExactlyInAnyOrderElementsOf(onNode);

            wait.until(driver -> {
                driver.findElement(By.id("status-kicked")).click();
                return true;
            });
            wait.until(ExpectedConditions.attributeContains(By.id("status-kicked"), "class", "current"));
            wait.until(ExpectedConditions.textToBe(By.id("status-kicked"), "Kicked " + onNode.size()));
            assertThat(browser.getCurrentUrl()).contains("status=kicked");
            assertThat(rows()).isNotEmpty().allSatisfy(row -> assertThat(row).contains("done"));
            screenshot("pod-list-kicked.png");
        }
    }

    @Test
    void aUserMakesATokenAndADesktopThenDeletesTheDesktopAfterConfirming() throws IOException {
        // The cluster stamps objects with the real time; other tests may have moved the console's clock.
        f.clock().set(java.time.Instant.now());
        String alice = f.user("alice", Permissions.NONE);
        try (DesktopCluster cluster = new DesktopCluster(f.signedIn(f.user("chief", Permissions.ADMINISTRATOR)),
                desktops, desktopSettings.namespace())) {
            signedIn(alice);

            browser.findElement(By.linkText("API tokens")).click();
            browser.findElement(By.name("name")).sendKeys("laptop");
            browser.findElement(By.cssSelector("#token-form button[type=submit]")).click();
            String token = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("new-token"))).getText();
            assertThat(token).startsWith("vnc-sk-proj-default-alice-");
            screenshot("tokens-page.png");

            browser.findElement(By.linkText("Desktops")).click();
            browser.findElement(By.name("cpuLimit")).sendKeys("2");
            browser.findElement(By.cssSelector("#create-desktop button[type=submit]")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("flash"), "Desktop created"));
            String desktop = DesktopNames.of(Username.of(alice)).desktop();
            By row = By.id("desktop-" + desktop);
            assertThat(browser.findElement(row).getText()).contains("2 CPU").containsAnyOf("creating", "running");
            // The rig's StatefulSet controller and kubelet start the pod; the page shows where it runs.
            wait.until(driver -> {
                driver.navigate().refresh();
                return driver.findElement(row).getText().contains("running");
            });
            assertThat(browser.findElement(row).getText()).contains(cluster.pod(desktop).getSpec().getNodeName());
            screenshot("desktops-page.png");

            browser.findElement(By.cssSelector("#desktop-" + desktop + " button.danger")).click();
            wait.until(ExpectedConditions.alertIsPresent()).dismiss();
            assertThat(cluster.statefulSets()).as("dismissed: nothing deleted").isEqualTo(1);
            browser.findElement(By.cssSelector("#desktop-" + desktop + " button.danger")).click();
            wait.until(ExpectedConditions.alertIsPresent()).accept();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("flash"), "Desktop deleted."));
            assertThat(cluster.statefulSets()).isZero();
        }
    }

    @Test
    void aWriterEditsADeploymentAndReadsTheChangeSideBySide() throws IOException {
        try (YamlCluster cluster = new YamlCluster(f.signedIn(f.user("chief", Permissions.ADMINISTRATOR)))) {
            String writer = f.user("writer", Permissions.perCluster(Map.of(ClusterName.of(cluster.name()),
                    AccessLevel.WRITE)));
            signedIn(writer);

            browser.get(url("/k8s/" + cluster.name() + "/" + cluster.namespace()));
            browser.findElement(By.id("objects-link")).click();
            browser.findElement(By.linkText("web")).click();
            // The YAML editor (CodeMirror in a shadow root) stands in for the textarea and keeps it in step.
            WebElement editor = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".yaml-editor")));
            assertThat(editor.getShadowRoot().findElements(By.cssSelector(".cm-lineNumbers"))).isNotEmpty();
            assertThat(editor.getShadowRoot().findElements(By.cssSelector(".cm-foldGutter"))).isNotEmpty();
            assertThat(browser.findElement(By.name("yaml")).isDisplayed()).isFalse();
            ((JavascriptExecutor) browser).executeScript("""
                    const view = arguments[0].editorView;
                    for (const [from, to] of [['replicas: 2', 'replicas: 3'], ['nginx:1.27', 'nginx:1.28']]) {
                      const at = view.state.doc.toString().indexOf(from);
                      view.dispatch({changes: {from: at, to: at + from.length, insert: to}});
                    }""", editor);
            assertThat(browser.findElement(By.name("yaml")).getAttribute("value")).contains("replicas: 3");
            browser.findElement(By.name("note")).sendKeys("scale up and patch nginx");

            // Reviewed first: the edit against the object now, nothing applied yet.
            browser.findElement(By.id("review-edit")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("review")));
            assertThat(browser.findElements(By.cssSelector("#review tr.diff-changed"))).hasSize(2);
            assertThat(cluster.web().getSpec().getReplicas()).isEqualTo(2);
            screenshot("yaml-review.png");
            browser.findElement(By.id("apply-edit")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("flash"), "Applied"));
            assertThat(cluster.web().getSpec().getReplicas()).isEqualTo(3);

            browser.findElement(By.cssSelector("#version-2 a")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("side-by-side")));
            assertThat(browser.findElements(By.cssSelector("#side-by-side tr.diff-changed"))).hasSize(2);
            assertThat(browser.findElement(By.id("side-by-side")).getText()).contains("replicas: 2", "replicas: 3",
                    "nginx:1.28");
            screenshot("yaml-diff.png");
        }
    }

    @Test
    void theQuotaPageShowsUsageAsBars() throws IOException {
        try (YamlCluster cluster = new YamlCluster(f.signedIn(f.user("chief", Permissions.ADMINISTRATOR)))) {
            String writer = f.user("writer", Permissions.perCluster(Map.of(ClusterName.of(cluster.name()),
                    AccessLevel.WRITE)));
            // Ten pods, one of them asking for 1500m and 7Gi, before the quota: web's own pods ask for nothing.
            cluster.scaleWebOutsideTheConsole(9);
            cluster.objects().apps().deployments().inNamespace(cluster.namespace()).resource(
                    new io.fabric8.kubernetes.api.model.apps.DeploymentBuilder().withNewMetadata().withName("api")
                            .endMetadata().withNewSpec().withNewSelector().addToMatchLabels("app", "api")
                            .endSelector().withNewTemplate().withNewMetadata().addToLabels("app", "api")
                            .endMetadata().withNewSpec().addNewContainer().withName("api").withImage("api:1")
                            .withNewResources()
                            .addToRequests("cpu", new io.fabric8.kubernetes.api.model.Quantity("1500m"))
                            .addToRequests("memory", new io.fabric8.kubernetes.api.model.Quantity("7Gi"))
                            .endResources().endContainer().endSpec()
                            .endTemplate().endSpec().build()).create();
            cluster.settled(9);
            f.signedIn(writer).postJson("/api/k8s/resourcequota/create", Map.of("cluster", cluster.name(),
                    "namespace", cluster.namespace(), "name", "compute", "hard", Map.of("requests.cpu", "4",
                            "requests.memory", "8Gi", "pods", "10"))).assertStatus(201);
            awaitQuotaUsed(cluster, "compute", "pods", "10");

            signedIn(writer);
            browser.get(url("/k8s/" + cluster.name() + "/" + cluster.namespace()));
            browser.findElement(By.id("quotas-link")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("quota-compute")));
            assertThat(browser.findElements(By.cssSelector("#quota-compute .bar rect"))).hasSize(3);
            assertThat(browser.findElements(By.cssSelector("#quota-compute .bar rect.full"))).hasSize(1);
            assertThat(browser.findElement(By.id("quota-compute")).getText()).contains("38%", "88%", "100%");
            screenshot("quota-usage.png");
        }
    }

    @Test
    void aWriterSeesTheQuotaHeadroomOfAScaleScalesAnywayAndSeesWhereWorkloadsMayRun() throws IOException {
        try (YamlCluster cluster = new YamlCluster(f.signedIn(f.user("chief", Permissions.ADMINISTRATOR)))) {
            String ns = cluster.namespace();
            String writer = f.user("writer", Permissions.perCluster(Map.of(ClusterName.of(cluster.name()),
                    AccessLevel.WRITE)));
            f.signedIn(writer).postJson("/api/k8s/resourcequota/create", Map.of("cluster", cluster.name(),
                    "namespace", ns, "name", "pods", "hard", Map.of("pods", "4"))).assertStatus(201);
            awaitQuotaUsed(cluster, "pods", "pods", "2");
            // Groups named for this test alone: other tests put nodes of their own on the shared rig.
            String gpu = "gpu-" + ns;
            node(cluster, "general-" + ns, "general-" + ns, false);
            node(cluster, gpu, gpu, true);
            cluster.objects().apps().deployments().inNamespace(ns).resource(
                    new io.fabric8.kubernetes.api.model.apps.DeploymentBuilder().withNewMetadata().withName("train")
                            .endMetadata().withNewSpec().withNewSelector().addToMatchLabels("app", "train")
                            .endSelector().withNewTemplate().withNewMetadata().addToLabels("app", "train")
                            .endMetadata().withNewSpec().addToNodeSelector("eks.amazonaws.com/nodegroup", gpu)
                            .addNewToleration().withKey("gpu").withOperator("Exists").withEffect("NoSchedule")
                            .endToleration().addNewContainer().withName("train").withImage("trainer:1")
                            .endContainer().endSpec().endTemplate().endSpec().build()).create();

            signedIn(writer);
            browser.get(url("/k8s/" + cluster.name() + "/" + ns + "/deployment/web"));
            WebElement replicas = wait.until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector("#scale-form input[name=replicas]")));
            replicas.clear();
            replicas.sendKeys("5");
            browser.findElement(By.id("scale-preview")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("scale-headroom")));
            assertThat(browser.findElement(By.id("scale-headroom")).getText()).contains("pods", "+ 3");
            assertThat(browser.findElement(By.id("scale-over-quota")).isDisplayed()).isTrue();
            screenshot("scale-preview.png");
            browser.findElement(By.id("scale-go")).click();
            wait.until(driver -> cluster.web().getSpec().getReplicas() == 5);

            browser.get(url("/nodes/" + cluster.name()));
            browser.findElement(By.cssSelector("a[href$='/placement']")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("unconstrained")));
            assertThat(browser.findElement(By.id("unconstrained")).getText()).contains("repelled gpu=true:NoSchedule");
            assertThat(browser.findElement(By.id("workload-" + ns + "-deployment-train")).getText())
                    .contains("excluded eks.amazonaws.com/nodegroup=" + gpu, "pinned 1/1");
            screenshot("node-placement.png");
        }
    }

    /** A node of this test in the group {@code pool}, tainted gpu=true:NoSchedule or not. */
    /**
     * At 800 px (a small laptop window) and at 390 px (a phone), in both languages, no page scrolls sideways: a
     * wide table scrolls in its own box, and the navigation folds behind the menu switch.
     */
    @Test
    void onNarrowScreensNoPageScrollsSidewaysAndTheNavigationFolds() throws IOException {
        try (ShopCluster shop = new ShopCluster()) {
            String cluster = signedInWith(shop, "narrow");
            String pod = shop.pods().get(0);
            List<String> pages = List.of("/clusters", "/k8s/" + cluster, "/k8s/" + cluster + "/" + shop.namespace()
                    + "/deployment/web", "/k8s/" + cluster + "/" + shop.namespace() + "/pods/" + pod, "/audit",
                    "/users", "/versions/" + cluster + "/" + shop.namespace() + "/deployment/web");
            for (int width : List.of(800, 390)) {
                ((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width",
                        width, "height", 900, "deviceScaleFactor", 1, "mobile", width < 500));
                for (String language : List.of("en", "zh-CN")) {
                    for (String page : pages) {
                        browser.get(url(page + "?lang=" + language));
                        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("main")));
                        Number overflow = (Number) ((JavascriptExecutor) browser).executeScript(
                                "return document.documentElement.scrollWidth - window.innerWidth;");
                        assertThat(overflow.intValue()).as(page + " at " + width + " px in " + language)
                                .isLessThanOrEqualTo(0);
                    }
                }
                browser.get(url("/k8s/" + cluster + "/" + shop.namespace() + "/deployment/web?lang=en"));
                assertThat(browser.findElement(By.cssSelector(".topbar nav")).isDisplayed()).isFalse();
                browser.findElement(By.cssSelector(".menu-button")).click();
                assertThat(browser.findElement(By.cssSelector(".topbar nav")).isDisplayed()).isTrue();
                screenshot("workload-" + width + "px.png");
            }
        }
    }

    /**
     * The small things: the pod table says it is live and pauses, a pod's name has a copy button, times are the
     * browser's (UTC on hover), and a system asking for a dark theme gets one.
     */
    @Test
    void theTableSaysItIsLiveAndPausesTimesAreLocalAndTheThemeFollowsTheSystem() throws IOException {
        try (ShopCluster shop = new ShopCluster()) {
            String cluster = signedInWith(shop, "small");
            JavascriptExecutor page = (JavascriptExecutor) browser;

            browser.get(url("/k8s/" + cluster + "/" + shop.namespace() + "/deployment/web"));
            assertThat(browser.findElement(By.id("live")).getText()).contains("live");
            browser.findElement(By.cssSelector("[data-pause]")).click();
            assertThat(browser.findElement(By.id("live")).getText()).contains("paused", "Resume");
            assertThat((Boolean) page.executeScript("return document.body.classList.contains('paused');")).isTrue();

            browser.get(url("/k8s/" + cluster + "/" + shop.namespace() + "/pods/" + shop.pods().get(0)));
            assertThat(browser.findElement(By.cssSelector("h1 button.copy")).isDisplayed()).isTrue();

            browser.get(url("/audit"));
            WebElement time = browser.findElement(By.cssSelector("#audit time[data-local]"));
            assertThat(time.getAttribute("title")).endsWith(" UTC");
            assertThat(time.getText()).as("the browser's own format").doesNotEndWith(" UTC");

            ((ChromeDriver) browser).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                    List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
            browser.get(url("/k8s/" + cluster));
            String background = (String) page.executeScript(
                    "return getComputedStyle(document.body).backgroundColor;");
            assertThat(background).isEqualTo("rgb(21, 24, 30)");
            screenshot("dark-theme.png");
        }
    }

    /**
     * The console's pages in both languages at 1400 and 800 px, with screenshots to look at: the namespaces, a
     * workload, a pod, the YAML editor, the user form, the audit log, a refused limit range form that keeps what was
     * typed beside its error, and a page that does not exist.
     */
    @Test
    void aTourOfThePagesInBothLanguagesAtBothWidths() throws IOException {
        try (ShopCluster shop = new ShopCluster()) {
            String cluster = signedInWith(shop, "tour");
            String ns = shop.namespace();
            Map<String, String> pages = new java.util.LinkedHashMap<>();
            pages.put("namespaces", "/k8s/" + cluster);
            pages.put("workload", "/k8s/" + cluster + "/" + ns + "/deployment/web");
            pages.put("pod", "/k8s/" + cluster + "/" + ns + "/pods/" + shop.pods().get(0));
            pages.put("yaml", "/versions/" + cluster + "/" + ns + "/deployment/web");
            pages.put("user-form", "/users/new");
            pages.put("audit", "/audit");
            pages.put("missing", "/k8s/" + cluster + "/" + ns + "/pods/ghost");
            for (int width : List.of(1400, 800)) {
                ((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width",
                        width, "height", 1000, "deviceScaleFactor", 1, "mobile", false));
                for (String language : List.of("en", "zh-CN")) {
                    for (Map.Entry<String, String> page : pages.entrySet()) {
                        browser.get(url(page.getValue() + "?lang=" + language));
                        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("main")));
                        assertThat(browser.findElements(By.cssSelector(".topbar"))).as(page.getKey()).hasSize(1);
                        screenshot("tour-" + page.getKey() + "-" + language + "-" + width + ".png");
                    }
                }
            }

            // A refused form comes back with what was typed, the error beside its field.
            browser.get(url("/quotas/" + cluster + "/" + ns + "?lang=en"));
            browser.findElement(By.cssSelector("#new-limit-range input[name=name]")).sendKeys("defaults");
            browser.findElement(By.cssSelector("#new-limit-range input[name=min]")).sendKeys("cpu=lots");
            browser.findElement(By.cssSelector("#new-limit-range button[type=submit]")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("min-error")));
            assertThat(browser.findElement(By.cssSelector("#new-limit-range input[name=min]")).getAttribute("value"))
                    .isEqualTo("cpu=lots");
            assertThat(browser.findElement(By.cssSelector("#new-limit-range input[name=name]")).getAttribute("value"))
                    .isEqualTo("defaults");
            screenshot("limit-range-refused.png");

            // A page that is not there keeps the navigation and says where to go next.
            browser.get(url("/k8s/" + cluster + "/" + ns + "/pods/ghost?lang=en"));
            assertThat(browser.findElement(By.cssSelector(".next-steps")).getText()).contains("Namespace " + ns,
                    "Cluster " + cluster, "All clusters");
        }
    }

    /** A container's log followed live: new lines arrive, pause holds them back, resume shows them. */
    @Test
    void aReaderFollowsAContainersLogPausesAndResumes() throws IOException {
        try (ShopCluster shop = new ShopCluster()) {
            followedFromThePodPage(shop, "follower", "a[id^=logs-]", "log-view");
            JavascriptExecutor page = (JavascriptExecutor) browser;
            long shown = (Long) page.executeScript("return document.getElementById('log-view').innerText"
                    + ".split('\\n').filter(l => l).length;");

            browser.findElement(By.id("follow")).click();
            wait.withTimeout(Duration.ofSeconds(15)).until(driver -> (Long) page.executeScript(
                    "return document.getElementById('log-view').innerText.split('\\n').filter(l => l).length;")
                    > shown);
            browser.findElement(By.id("pause-log")).click();
            long held = (Long) page.executeScript(
                    "return document.getElementById('log-view').innerText.split('\\n').filter(l => l).length;");
            wait.withTimeout(Duration.ofSeconds(15)).until(driver -> Integer.parseInt(
                    driver.findElement(By.id("waiting")).getText()) > 0);
            assertThat((Long) page.executeScript(
                    "return document.getElementById('log-view').innerText.split('\\n').filter(l => l).length;"))
                    .as("nothing appended while paused").isEqualTo(held);
            screenshot("log-followed.png");
            browser.findElement(By.id("pause-log")).click();
            assertThat(browser.findElement(By.id("waiting")).getText()).isEqualTo("0");
            assertThat((Long) page.executeScript(
                    "return document.getElementById('log-view').innerText.split('\\n').filter(l => l).length;"))
                    .isGreaterThan(held);
        }
    }

    /** A shell in a container from the pod page: what is typed runs, and its output shows in the terminal. */
    @Test
    void aWriterOpensATerminalTypesACommandAndSeesItsOutput() throws IOException {
        try (ShopCluster shop = new ShopCluster()) {
            String cluster = signedInWith(shop, "typist");
            String pod = shop.pods().get(0);
            browser.get(url("/clusters/" + cluster + "/containers"));
            browser.findElement(By.cssSelector("input[name=record_transcripts]")).click();
            WebElement save = browser.findElement(By.cssSelector("#policy-form button[type=submit]"));
            save.click();
            // The saved page comes back with the box ticked; the old page must be gone first.
            wait.until(ExpectedConditions.stalenessOf(save));
            wait.until(ExpectedConditions.elementToBeSelected(By.cssSelector("input[name=record_transcripts]")));
            browser.get(url("/k8s/" + cluster + "/" + shop.namespace() + "/pods/" + pod));
            browser.findElement(By.cssSelector("a[id^=terminal-]")).click();
            wait.until(ExpectedConditions.attributeToBe(By.id("terminal-status"), "data-state", "open"));
            JavascriptExecutor page = (JavascriptExecutor) browser;
            wait.until(driver -> ((String) page.executeScript(
                    "return document.querySelector('.xterm-rows').innerText")).contains("#"));

            browser.findElement(By.cssSelector(".xterm-helper-textarea")).sendKeys("echo h''i; hostname\n");

            wait.withTimeout(Duration.ofSeconds(15)).until(driver -> ((String) page.executeScript(
                    "return document.querySelector('.xterm-rows').innerText")).replace('\u00a0', ' ')
                    .contains("\nhi\n" + pod));
            screenshot("terminal.png");
            browser.findElement(By.cssSelector(".xterm-helper-textarea")).sendKeys("exit 3\n");
            wait.until(ExpectedConditions.attributeToBe(By.id("terminal-status"), "data-state", "closed"));
            assertThat(browser.findElement(By.id("terminal-status")).getText()).contains("3");
            assertThat(browser.findElement(By.id("reconnect")).isDisplayed()).isTrue();

            // The session was recorded: its replay shows what the terminal showed.
            browser.get(url("/clusters/" + cluster + "/terminals"));
            browser.findElement(By.linkText("Replay")).click();
            wait.until(ExpectedConditions.attributeToBe(By.id("terminal-status"), "data-state", "open"));
            browser.findElement(By.id("replay-all")).click();
            wait.until(driver -> ((String) page.executeScript(
                    "return document.querySelector('.xterm-rows').innerText")).replace('\u00a0', ' ')
                    .contains("\nhi\n" + pod));
            screenshot("terminal-replay.png");
        }
    }

    /** A container's files in the browser: upload, list, open, edit, save, download and compare. */
    @Test
    void aWriterUploadsAFileEditsItAndDownloadsWhatWasSaved() throws IOException {
        try (ShopCluster shop = new ShopCluster()) {
            followedFromThePodPage(shop, "filer", "a[id^=files-]", "files");
            browser.findElement(By.linkText("tmp/")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("upload-form")));

            Path local = Files.createTempFile("journey", ".txt");
            Files.writeString(local, "first line\n");
            browser.findElement(By.cssSelector("#upload-form input[type=file]")).sendKeys(local.toString());
            browser.findElement(By.cssSelector("#upload-form button[type=submit]")).click();
            By row = By.cssSelector("tr[data-name='" + local.getFileName() + "']");
            wait.until(ExpectedConditions.presenceOfElementLocated(row));
            screenshot("files.png");

            browser.findElement(row).findElement(By.linkText("edit")).click();
            WebElement content = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("content")));
            assertThat(content.getAttribute("value")).isEqualTo("first line\n");
            content.clear();
            content.sendKeys("edited in the browser\n");
            screenshot("file-edit.png");
            browser.findElement(By.cssSelector("#edit-form button[type=submit]")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(row));

            String href = browser.findElement(row).findElement(By.cssSelector("a.download")).getAttribute("href");
            Object downloaded = ((JavascriptExecutor) browser).executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                            + "fetch(arguments[0]).then(r => r.text()).then(done);", href);
            assertThat(downloaded).isEqualTo("edited in the browser\n");
            Files.delete(local);
        }
    }

    /**
     * A custom resource in the browser: its kind listed a few seconds after its definition, an object made from the
     * schema's template (checked by the cluster first), its page, and an edit in the YAML editor saved as a version.
     */
    @Test
    void anOperatorMakesOpensAndEditsACustomResource() throws IOException {
        try (YamlCluster cluster = new YamlCluster(f.signedIn(f.user("chief", Permissions.ADMINISTRATOR)))) {
            String c = cluster.name();
            String ns = cluster.namespace();
            String group = cluster.widgets();
            try {
                String writer = f.user("maker", Permissions.perCluster(Map.of(ClusterName.of(c),
                        AccessLevel.WRITE)));
                signedIn(writer);
                wait.withTimeout(Duration.ofSeconds(15)).until(driver -> {
                    driver.get(url("/resources/" + c + "?q=widget"));
                    return !driver.findElements(By.id("kind-widgets." + group)).isEmpty();
                });
                browser.findElement(By.id("kind-widgets." + group)).findElement(By.tagName("a")).click();
                browser.findElement(By.id("schema-link")).click();
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("schema")));
                screenshot("crd-schema.png");

                browser.get(url("/resources/" + c + "/widgets." + group + "/new?namespace=" + ns));
                WebElement yaml = browser.findElement(By.name("yaml"));
                assertThat(yaml.getAttribute("value")).contains("kind: Widget", "size: 0");
                ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[0].value"
                        + ".replace('name: \"\"', 'name: toaster').replace('size: 0', 'size: 2')", yaml);
                browser.findElement(By.cssSelector("button[value=check]")).click();
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("new-checked")));
                browser.findElement(By.cssSelector("button[value=create]")).click();
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("object-yaml")));
                assertThat(browser.findElement(By.id("object-yaml")).getText()).contains("size: 2");
                screenshot("crd-object.png");

                browser.findElement(By.id("versions-link")).click();
                WebElement editor = wait.until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector(".yaml-editor")));
                ((JavascriptExecutor) browser).executeScript("""
                        const view = arguments[0].editorView;
                        const at = view.state.doc.toString().indexOf('size: 2');
                        view.dispatch({changes: {from: at, to: at + 7, insert: 'size: 7'}});""", editor);
                browser.findElement(By.name("note")).sendKeys("more parts");
                browser.findElement(By.id("apply-edit")).click();
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("flash"), "Applied"));
                screenshot("crd-edited.png");

                WebElement again = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".yaml-editor")));
                ((JavascriptExecutor) browser).executeScript("""
                        const view = arguments[0].editorView;
                        const at = view.state.doc.toString().indexOf('size: 7');
                        view.dispatch({changes: {from: at, to: at + 7, insert: 'size: big'}});""", again);
                browser.findElement(By.id("apply-edit")).click();
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("yaml-error-line")));
                Object selected = ((JavascriptExecutor) browser).executeScript("""
                        const view = document.querySelector('.yaml-editor').editorView;
                        const range = view.state.selection.main;
                        return view.state.sliceDoc(range.from, range.to);""");
                assertThat(selected).as("the refused line is selected in the editor").asString().contains("size: big");
                screenshot("crd-refused-line.png");
                browser.get(url("/resources/" + c + "/widgets." + group + "?namespace=" + ns));
                assertThat(browser.findElement(By.cssSelector("tr[data-name=toaster]")).getText()).contains("7");
                screenshot("crd-list.png");
            } finally {
                cluster.deleteWidgets(group);
            }
        }
    }

    @Test
    void aClusterAdminRollsBackRevealsASecretAndPreviewsADrain() throws IOException {
        try (YamlCluster cluster = new YamlCluster(f.signedIn(f.user("chief", Permissions.ADMINISTRATOR)))) {
            String c = cluster.name();
            String ns = cluster.namespace();
            cluster.editWebOutsideTheConsole(web -> {
                web.getSpec().getTemplate().getSpec().getContainers().get(0).setImage("nginx:1.28");
                return web;
            });
            String boss = f.user("boss", Permissions.perCluster(Map.of(ClusterName.of(c), AccessLevel.ADMIN)));
            signedIn(boss);
            wait.withTimeout(Duration.ofSeconds(30)).until(driver -> {
                driver.get(url("/rollouts/" + c + "/" + ns + "/deployment/web"));
                return !driver.findElements(By.id("undo-1")).isEmpty();
            });
            screenshot("rollout-history.png");
            browser.findElement(By.id("undo-1")).click();
            wait.until(ExpectedConditions.alertIsPresent()).accept();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("flash"), "Rolled back"));
            assertThat(cluster.web().getSpec().getTemplate().getSpec().getContainers().get(0).getImage())
                    .isEqualTo("nginx:1.27");

            browser.get(url("/resources/" + c + "/secrets/tokens?namespace=" + ns));
            browser.findElement(By.id("keys-link")).click();
            browser.findElement(By.id("reveal-password")).click();
            assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("revealed-password"))).getText())
                    .isEqualTo(YamlCluster.PASSWORD);
            screenshot("secret-revealed.png");

            browser.get(url("/resources/" + c + "/services/web?namespace=" + ns));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("backends")));
            screenshot("service-backends.png");

            browser.get(url("/nodes/" + c));
            browser.findElement(By.id("drain-node-a")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("drain-form")));
            assertThat(browser.findElement(By.id("to-evict")).getText()).contains(ns + "/web-");
            screenshot("drain-preview.png");

            browser.get(url("/events/" + c + "?namespace=" + ns));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("events")));
            screenshot("events.png");
            browser.get(url("/api-docs"));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("openapi-link")));
            screenshot("api-docs.png");

            browser.get(url("/scans/" + c + "?namespace=" + ns));
            browser.findElement(By.id("scan-now")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("score")));
            assertThat(browser.findElement(By.id("check-no-requests")).getText()).contains(ns + "/web");
            screenshot("scan-page.png");
            WebElement check = browser.findElement(By.id("check-no-limits"));
            check.findElement(By.tagName("summary")).click();
            check.findElement(By.name("reason")).sendKeys("limits come from the namespace's LimitRange");
            check.findElement(By.cssSelector("button[type=submit]")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("silences")));
            browser.findElement(By.id("scan-now")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("scan-silenced"), "1"));
            assertThat(browser.findElements(By.id("check-no-limits"))).as("silenced, and rescanned").isEmpty();
            assertThat(browser.findElements(By.id("scan-fixed"))).as("left out is not fixed").isEmpty();
            screenshot("scan-silenced.png");

            browser.get(url("/k8s/" + c + "/" + ns));
            browser.findElement(By.id("capacity-link")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("prices-form")));
            assertThat(browser.findElement(By.id("metrics")).getText()).contains("metrics.k8s.io");
            WebElement prices = browser.findElement(By.id("prices-form"));
            prices.findElement(By.name("cpuCoreHour")).clear();
            prices.findElement(By.name("cpuCoreHour")).sendKeys("0.05");
            prices.findElement(By.name("currency")).sendKeys("USD");
            prices.findElement(By.cssSelector("button[type=submit]")).click();
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("no-prices")));
            screenshot("capacity.png");

            browser.get(url("/labels/" + c));
            WebElement policy = browser.findElement(By.id("policy-form"));
            policy.findElement(By.name("key")).sendKeys("team");
            new Select(policy.findElement(By.name("kinds"))).selectByValue("deployment");
            policy.findElement(By.name("allowed")).sendKeys("shop, ml");
            policy.findElement(By.cssSelector("button[type=submit]")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("policy-team")));
            browser.get(url("/scans/" + c + "?namespace=" + ns));
            browser.findElement(By.id("scan-now")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("check-label-policy")));
            screenshot("scan-label-policy.png");
            browser.findElement(By.cssSelector("#policy-fixes a")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.name("add")));
            assertThat(browser.findElement(By.name("add")).getAttribute("value")).isEqualTo("team=shop");
            browser.findElement(By.cssSelector("button[name=preview]")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("diff-web")));
            screenshot("label-policy-fix-preview.png");
        }
    }

    /** Two clusters on two control planes: the rig, and another with the web Deployment on an older image. */
    @Test
    void anOperatorSearchesComparesAndChangesTwoClustersAtOnce() throws IOException {
        WebSession setup = f.signedIn(f.user("fleet", Permissions.ADMINISTRATOR));
        KubeRig another = KubeRig.another();
        try (YamlCluster cluster = new YamlCluster(setup);
                RigNamespace there = RigNamespace.open(another, cluster.namespace())) {
            String c = cluster.name();
            String ns = cluster.namespace();
            String far = "far-" + c;
            there.create(RigNamespace.webYaml(2).replace("image: nginx", "image: \"nginx:1.25\""));
            RigNamespace.await(RigNamespace.SETTLE, () -> there.pods("app=web").stream()
                    .filter(pod -> "Running".equals(pod.getStatus().getPhase())).count() == 2);
            setup.postJson("/api/admin/clusters", Map.of("name", far, "kubeconfig_content", another.kubeconfig(),
                    "tags", Map.of("env", "prod"))).assertStatus(201);
            try {
                String operator = f.user("operator", Permissions.ADMINISTRATOR);
                signedIn(operator);
                browser.get(url("/clusters"));
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("clusters-total")));
                screenshot("clusters-overview.png");

                WebElement box = browser.findElement(By.cssSelector(".search-box input"));
                box.sendKeys("web");
                box.submit();
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("found-" + far)));
                assertThat(browser.findElement(By.id("found-" + c)).getText()).contains("web");
                screenshot("search.png");

                browser.get(url("/compare?resource=deployments.apps&namespace=" + ns + "&name=web&clusters=" + c
                        + "," + far));
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("compare-diff")));
                assertThat(browser.findElement(By.id("compare-diff")).getText()).contains("nginx:1.27", "nginx:1.25");
                screenshot("compare.png");

                browser.get(url("/batch"));
                WebElement form = browser.findElement(By.id("batch-form"));
                form.findElement(By.name("clusters")).sendKeys(c + ", " + far);
                form.findElement(By.name("namespace")).sendKeys(ns);
                form.findElement(By.name("selector")).sendKeys("app=web");
                browser.findElement(By.id("batch-preview")).click();
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("batch-changes")));
                assertThat(browser.findElement(By.id("batch-changes")).getText()).contains("load (none) → done",
                        "load online → done");
                assertThat(browser.findElement(By.id("batch-warnings")).getText()).contains(far
                        + ": Service 'web' would be left without a ready pod");
                screenshot("batch-preview.png");
                browser.findElement(By.id("batch-apply")).click();
                wait.until(ExpectedConditions.alertIsPresent()).accept();
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), "Changed"));
                screenshot("batch-applied.png");
                assertThat(cluster.objects().pods().inNamespace(ns).withLabel("app", "web").list().getItems())
                        .allSatisfy(pod -> assertThat(pod.getMetadata().getLabels()).containsEntry("load", "done"));
                assertThat(there.pods("app=web")).hasSize(2).allSatisfy(pod ->
                        assertThat(pod.getMetadata().getLabels()).containsEntry("load", "done"));
            } finally {
                setup.delete("/api/admin/clusters/" + far);
            }
        }
    }

    /** Signs a new administrator of the shop in, opens its first pod's page and follows a link to the next page. */
    private void followedFromThePodPage(ShopCluster shop, String prefix, String link, String arrivedAt) {
        String cluster = signedInWith(shop, prefix);
        browser.get(url("/k8s/" + cluster + "/" + shop.namespace() + "/pods/" + shop.pods().get(0)));
        browser.findElement(By.cssSelector(link)).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id(arrivedAt)));
    }

    /** Registers the shop as a cluster of a new administrator, signed in in the browser; answers its name. */
    private String signedInWith(ShopCluster shop, String prefix) {
        String admin = f.user(prefix, Permissions.ADMINISTRATOR);
        String cluster = shop.register(f.signedIn(admin));
        signedIn(admin);
        return cluster;
    }

    /** The pod table's rows as text, read at once: the table is swapped as it polls. */
    @SuppressWarnings("unchecked")
    private List<String> rows() {
        return (List<String>) ((JavascriptExecutor) browser).executeScript("return Array.from(document"
                + ".querySelectorAll('#pods tbody tr')).map(row => row.innerText);");
    }

    private static void node(YamlCluster cluster, String name, String pool, boolean gpu) {
        cluster.node(new io.fabric8.kubernetes.api.model.NodeBuilder().withNewMetadata()
                .withName(name).addToLabels("eks.amazonaws.com/nodegroup", pool)
                .addToLabels("kubernetes.io/hostname", name).endMetadata().withNewSpec()
                .withTaints(gpu ? java.util.List.of(new io.fabric8.kubernetes.api.model.TaintBuilder().withKey("gpu")
                        .withValue("true").withEffect("NoSchedule").build()) : java.util.List.of())
                .endSpec().build());
    }

    /** Waits until the quota controller has counted {@code used} of {@code resource}. */
    private static void awaitQuotaUsed(YamlCluster cluster, String quota, String resource, String used) {
        org.kubedeck.adapters.k8s.testing.RigNamespace.await(
                org.kubedeck.adapters.k8s.testing.RigNamespace.SETTLE, () -> {
                    var status = cluster.objects().resourceQuotas().inNamespace(cluster.namespace()).withName(quota)
                            .get().getStatus();
                    var counted = status == null || status.getUsed() == null ? null : status.getUsed().get(resource);
                    return counted != null && counted.getNumericalAmount().compareTo(
                            new io.fabric8.kubernetes.api.model.Quantity(used).getNumericalAmount()) == 0;
                });
    }

    private void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Files.write(SCREENSHOTS.resolve(name), png);
    }
}
