package org.kubedeck.adapters.k8s.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.vertx.core.net.SelfSignedCertificate;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kubedeck.adapters.k8s.KubernetesCalls;
import org.kubedeck.adapters.k8s.KubernetesClients;
import org.kubedeck.adapters.k8s.testing.FakeCluster;
import org.kubedeck.adapters.k8s.testing.KubeconfigYaml;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.cluster.ClusterInfo;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.cluster.ClusterUnavailableException;
import org.kubedeck.domain.cluster.Kubeconfig;

class ClusterKubernetesAdapterTest {

    /** The probe's deadline plus room for a slow test machine; the cluster itself is told to wait longer. */
    private static final Duration ANSWER_BOUND = Duration.ofSeconds(6);

    private final KubernetesClients clients = new KubernetesClients();
    private final KubernetesCalls calls = new KubernetesCalls(clients);
    private final ClusterKubernetesAdapter adapter = new ClusterKubernetesAdapter(calls);

    @AfterEach
    void closeClients() {
        calls.close();
        clients.close();
    }

    @Test
    void probeReadsTheVersionAndCountsTheNodes() {
        try (FakeCluster cluster = FakeCluster.withCannedAnswers()) {
            cluster.answeringVersion("v1.31.2");
            for (String node : new String[] {"node-a", "node-b", "node-c"}) {
                cluster.objects().nodes().resource(new NodeBuilder().withNewMetadata().withName(node).endMetadata()
                        .build()).create();
            }

            assertThat(adapter.probe(cluster.access())).isEqualTo(new ClusterInfo("v1.31.2", 3));
        }
    }

    @Test
    void contextsAreListedInTheOrderOfTheFile() {
        Kubeconfig kubeconfig = KubeconfigYaml.forServer("https://one.example:6443")
                .context("staging", "https://two.example:6443")
                .context("production", "https://three.example:6443")
                .kubeconfig();

        assertThat(adapter.contexts(kubeconfig)).containsExactly("fake", "staging", "production");
    }

    @Test
    void probeUsesTheChosenContextRatherThanTheCurrentOne() {
        try (FakeCluster cluster = FakeCluster.withCannedAnswers()) {
            cluster.answeringVersion("v1.31.2");
            KubeconfigYaml kubeconfig = KubeconfigYaml.forServer(FakeCluster.unreachableUrl())
                    .context("working", cluster.url())
                    .currentContext("fake");

            assertThat(adapter.probe(kubeconfig.access("working")).version()).isEqualTo("v1.31.2");
            assertThatThrownBy(() -> adapter.probe(kubeconfig.access(null)))
                    .isInstanceOf(ClusterUnavailableException.class);
        }
    }

    @Test
    void anEditedKubeconfigReachesTheNewServer() {
        try (FakeCluster first = FakeCluster.withCannedAnswers();
                FakeCluster second = FakeCluster.withCannedAnswers()) {
            first.answeringVersion("v1.31.2");
            second.answeringVersion("v1.32.0");
            ClusterName name = ClusterName.of("edited");

            assertThat(adapter.probe(new ClusterAccess(name, first.kubeconfig().kubeconfig(), null)).version())
                    .isEqualTo("v1.31.2");
            assertThat(adapter.probe(new ClusterAccess(name, second.kubeconfig().kubeconfig(), null)).version())
                    .isEqualTo("v1.32.0");
        }
    }

    static Stream<Arguments> kubeconfigsAServerCannotUse() {
        String server = "https://cluster.example:6443";
        Function<String, String> withUser = user -> KubeconfigYaml.forServer(server).user(user).text();
        return Stream.of(
                Arguments.of("garbage", "this is: [not yaml", "not valid YAML"),
                Arguments.of("plain text", "hello, cluster", "not a kubeconfig"),
                Arguments.of("no clusters", "apiVersion: v1\nkind: Config\ncontexts: []\n", "no clusters"),
                Arguments.of("exec plugin", withUser.apply("""
                        exec:
                          apiVersion: client.authentication.k8s.io/v1
                          command: gke-gcloud-auth-plugin"""), "cannot run local plugins"),
                Arguments.of("auth-provider plugin", withUser.apply("""
                        auth-provider:
                          name: oidc
                          config:
                            idp-issuer-url: https://issuer.example"""), "cannot run local plugins"),
                Arguments.of("certificate authority file", KubeconfigYaml.forServer(server)
                        .clusterAlso("certificate-authority: /etc/kubernetes/ca.crt").text(), "local file"),
                Arguments.of("client certificate files", withUser.apply("""
                        client-certificate: /home/me/.kube/me.crt
                        client-key: /home/me/.kube/me.key"""), "local file"),
                Arguments.of("token file", withUser.apply("tokenFile: /var/run/token"), "local file"),
                Arguments.of("context without user", KubeconfigYaml.forServer(server).text()
                        .replace("    user: fake", "    user: nobody"), "does not define"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kubeconfigsAServerCannotUse")
    void kubeconfigsAServerCannotUseAreRefusedWhenListingContexts(String problem, String text, String message) {
        assertThatThrownBy(() -> adapter.contexts(new Kubeconfig(text)))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> {
                    assertThat(refused.field()).isEqualTo("kubeconfig_content");
                    assertThat(refused.getMessage()).contains(message);
                });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kubeconfigsAServerCannotUse")
    void kubeconfigsAServerCannotUseAreRefusedWhenProbing(String problem, String text, String message) {
        ClusterAccess access = new ClusterAccess(ClusterName.of("refused"), new Kubeconfig(text), null);

        assertThatThrownBy(() -> adapter.probe(access))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(refused.field()).isEqualTo("kubeconfig_content"));
    }

    @Test
    void anExecPluginIsNeverRun(@TempDir Path dir) {
        Path marker = dir.resolve("plugin-ran");
        ClusterAccess access = KubeconfigYaml.forServer("https://cluster.example:6443").user("""
                exec:
                  apiVersion: client.authentication.k8s.io/v1
                  command: touch
                  args: ["%s"]""".formatted(marker)).access();

        assertThatThrownBy(() -> adapter.probe(access)).isInstanceOf(InvalidInputException.class);
        assertThat(marker).doesNotExist();
    }

    @Test
    void anUnknownContextIsRefused() {
        ClusterAccess access = KubeconfigYaml.forServer("https://cluster.example:6443").access("elsewhere");

        assertThatThrownBy(() -> adapter.probe(access))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> {
                    assertThat(refused.field()).isEqualTo("kubeconfig_content");
                    assertThat(refused.getMessage()).isEqualTo("The kubeconfig has no context named 'elsewhere'.");
                });
    }

    @Test
    void aClosedPortIsReportedAsUnreachableAtOnce() {
        String server = FakeCluster.unreachableUrl();

        assertFailsWithin(ANSWER_BOUND, KubeconfigYaml.forServer(server).access(), "Cannot reach " + server);
    }

    @Test
    void aServerThatNeverAnswersTimesOutWithinTheDeadline() throws IOException {
        // The kernel accepts connections into the backlog; nobody ever reads the request or answers it.
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String server = "http://127.0.0.1:" + silent.getLocalPort();

            assertFailsWithin(ANSWER_BOUND, KubeconfigYaml.forServer(server).access(), "did not answer in time");
        }
    }

    @Test
    void aServerThatAnswersTooLateTimesOutWithinTheDeadline() {
        try (FakeCluster cluster = FakeCluster.withCannedAnswers()) {
            cluster.expect().get().delay(8, TimeUnit.SECONDS).withPath(FakeCluster.VERSION_PATH).andReturn(200, "{}")
                    .always();

            assertFailsWithin(ANSWER_BOUND, cluster.access(), "did not answer in time");
        }
    }

    @Test
    void rejectedCredentialsAreReportedAsSuch() {
        try (FakeCluster cluster = FakeCluster.withCannedAnswers()) {
            cluster.expect().get().withPath(FakeCluster.VERSION_PATH).andReturn(401, """
                    {"kind":"Status","apiVersion":"v1","status":"Failure","message":"Unauthorized","code":401}""")
                    .always();

            assertFailsWithin(ANSWER_BOUND, cluster.access(), "rejected the credentials");
        }
    }

    @Test
    void aCertificateTheKubeconfigDoesNotTrustIsReported() throws IOException {
        try (FakeCluster cluster = FakeCluster.overHttps()) {
            String strangerCa = Files.readString(Path.of(SelfSignedCertificate.create("localhost").certificatePath()));
            ClusterAccess access = cluster.kubeconfig()
                    .clusterAlso("certificate-authority-data: " + base64(strangerCa)).access();

            assertFailsWithin(ANSWER_BOUND, access, "does not verify");
        }
    }

    @Test
    void aTrustedCertificateForAnotherHostNameIsReported() throws IOException {
        // The fake's self-signed certificate names localhost only in its CN, which OkHttp ignores: trusting it
        // gets past the certificate authority check and fails on the host name.
        try (FakeCluster cluster = FakeCluster.overHttps()) {
            String ownCertificate = Files.readString(Path.of(cluster.certificatePath()));
            ClusterAccess access = cluster.kubeconfig()
                    .clusterAlso("certificate-authority-data: " + base64(ownCertificate)).access();

            assertFailsWithin(ANSWER_BOUND, access, "not issued for this host name");
        }
    }

    private void assertFailsWithin(Duration bound, ClusterAccess access, String message) {
        Instant start = Instant.now();
        assertThatThrownBy(() -> adapter.probe(access))
                .isInstanceOf(ClusterUnavailableException.class)
                .hasMessageContaining(message);
        assertThat(Duration.between(start, Instant.now())).isLessThan(bound);
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
