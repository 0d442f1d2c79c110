package org.kubedeck.adapters.k8s.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.net.SelfSignedCertificate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kubedeck.adapters.k8s.AllowedNetworks;
import org.kubedeck.adapters.k8s.KubernetesCalls;
import org.kubedeck.adapters.k8s.KubernetesClients;
import org.kubedeck.adapters.k8s.testing.CapturedLog;
import org.kubedeck.adapters.k8s.testing.FakeCluster;
import org.kubedeck.adapters.k8s.testing.KubeRig;
import org.kubedeck.adapters.k8s.testing.KubeconfigYaml;
import org.kubedeck.adapters.k8s.testing.RequestLog;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.cluster.ClusterInfo;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.cluster.ClusterUnavailableException;
import org.kubedeck.domain.cluster.Kubeconfig;

/**
 * Checking a pasted kubeconfig against the real API server of the {@link KubeRig}: its version and nodes, the
 * chosen context, wrong credentials (a real 401) and certificates that do not verify. Only servers that are too
 * slow stay faked, because a real API server cannot be made slow on request.
 */
class ClusterKubernetesAdapterTest {

    /** The rig's version, as its API server reports it. */
    private static final String RIG_VERSION = "v1.23.0";

    /** Past the adapter's deadline with room for a busy machine, and still before the late server would answer. */
    private static final Duration WITHIN_THE_DEADLINE = KubernetesCalls.DEADLINE.plusSeconds(2);

    private static final Pattern TOKEN = Pattern.compile("(?m)^([ \\t]*token:[ \\t]*)(\\S+)[ \\t]*$");
    private static final Pattern CERTIFICATE_AUTHORITY =
            Pattern.compile("(?m)^([ \\t]*)certificate-authority-data:[ \\t]*(\\S+)[ \\t]*$");

    private final KubeRig rig = KubeRig.shared();
    private final RequestLog requests = new RequestLog();
    private final KubernetesClients clients = new KubernetesClients(List.of(requests));
    private final KubernetesCalls calls = new KubernetesCalls(clients);
    private final ClusterKubernetesAdapter adapter = new ClusterKubernetesAdapter(calls);
    private final CapturedLog log = CapturedLog.of(KubernetesCalls.class);

    @AfterEach
    void closeClients() {
        calls.close();
        clients.close();
        log.close();
    }

    @Test
    void probeReadsTheVersionAndCountsTheNodes() {
        int nodes = rig.objects().nodes().list().getItems().size();

        ClusterInfo info = adapter.probe(rig.access("rig"));

        assertThat(info).isEqualTo(new ClusterInfo(RIG_VERSION, nodes));
        assertThat(info.nodeCount()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void probeCountsNodesFromOnePageOfOneNode() {
        adapter.probe(rig.access("rig"));

        assertThat(requests.sent()).filteredOn(request -> request.target().startsWith("/api/v1/nodes"))
                .as("the server reports how many remain, so no full list is needed")
                .extracting(RequestLog.Sent::target)
                .containsExactly("/api/v1/nodes?limit=1");
    }

    @Test
    void theReaderKubeconfigValidatesToo() {
        ClusterAccess reader = new ClusterAccess(ClusterName.of("reader"), new Kubeconfig(rig.readerKubeconfig()),
                null);

        assertThat(adapter.probe(reader))
                .isEqualTo(new ClusterInfo(RIG_VERSION, rig.objects().nodes().list().getItems().size()));
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
        String closed = closedPortUrl();
        KubeconfigYaml kubeconfig = KubeconfigYaml.forServer(closed)
                .context("working", rig.url())
                .clusterAlso("certificate-authority-data: " + certificateAuthority(rig.kubeconfig()))
                .user("token: " + token(rig.kubeconfig()))
                .currentContext("fake");

        assertThat(adapter.contexts(kubeconfig.kubeconfig())).containsExactly("fake", "working");
        assertThat(adapter.probe(kubeconfig.access("working")).version()).isEqualTo(RIG_VERSION);
        assertThatThrownBy(() -> adapter.probe(kubeconfig.access(null)))
                .isInstanceOf(ClusterUnavailableException.class)
                .hasMessage(unreachable(closed));
    }

    @Test
    void anEditedKubeconfigReachesTheNewServer() {
        ClusterName name = ClusterName.of("edited");
        String closed = closedPortUrl();
        Kubeconfig before = new Kubeconfig(rig.kubeconfig().replace(rig.url(), closed));

        assertThatThrownBy(() -> adapter.probe(new ClusterAccess(name, before, null)))
                .hasMessage(unreachable(closed));
        assertThat(adapter.probe(new ClusterAccess(name, new Kubeconfig(rig.kubeconfig()), null)).version())
                .isEqualTo(RIG_VERSION);
    }

    @Test
    void anEditedTokenIsUsedAtOnce() {
        ClusterName name = ClusterName.of("edited");
        Kubeconfig wrong = new Kubeconfig(withToken(rig.kubeconfig(), "0123456789abcdef0123456789abcdef"));

        assertThat(adapter.probe(new ClusterAccess(name, new Kubeconfig(rig.kubeconfig()), null)).version())
                .isEqualTo(RIG_VERSION);
        assertThatThrownBy(() -> adapter.probe(new ClusterAccess(name, wrong, null)))
                .hasMessage(unreachable(rig.url()));
        assertThat(log.messages()).anySatisfy(line -> assertThat(line).contains("rejected the credentials"));
    }

    static Stream<Arguments> kubeconfigsAServerCannotUse() {
        // The rig's address: were any of these used, a real server would be there to answer.
        String server = KubeRig.shared().url();
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
        assertThat(requests.sent()).as("refused before anything is sent").isEmpty();
    }

    @Test
    void anExecPluginIsNeverRun(@TempDir Path dir) {
        Path marker = dir.resolve("plugin-ran");
        ClusterAccess access = KubeconfigYaml.forServer(rig.url()).user("""
                exec:
                  apiVersion: client.authentication.k8s.io/v1
                  command: touch
                  args: ["%s"]""".formatted(marker)).access();

        assertThatThrownBy(() -> adapter.probe(access)).isInstanceOf(InvalidInputException.class);
        assertThat(marker).doesNotExist();
        assertThat(requests.sent()).isEmpty();
    }

    @Test
    void anUnknownContextIsRefused() {
        ClusterAccess access = new ClusterAccess(ClusterName.of("rig"), new Kubeconfig(rig.kubeconfig()),
                "elsewhere");

        assertThatThrownBy(() -> adapter.probe(access))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> {
                    assertThat(refused.field()).isEqualTo("kubeconfig_content");
                    assertThat(refused.getMessage()).isEqualTo("The kubeconfig has no context named 'elsewhere'.");
                });
    }

    /**
     * Closed port, rejected credentials, a certificate of another authority or none, a certificate for another
     * host name: the cluster admin reads one message for all of them, and only the log tells them apart.
     */
    static Stream<Arguments> waysOfNotReachingAServer() {
        KubeRig rig = KubeRig.shared();
        String strangerCa = base64(read(Path.of(SelfSignedCertificate.create("localhost").certificatePath())));
        String closed = closedPortUrl();
        return Stream.of(
                Arguments.of("closed port", closed, rig.kubeconfig().replace(rig.url(), closed),
                        "the connection was refused or no route leads there"),
                Arguments.of("wrong token", rig.url(), withToken(rig.kubeconfig(), "0123456789abcdef0123456789abcdef"),
                        "rejected the credentials (HTTP 401)"),
                Arguments.of("another authority", rig.url(), withCertificateAuthority(rig.kubeconfig(), strangerCa),
                        "does not verify against the certificate authority in the kubeconfig"),
                Arguments.of("no authority", rig.url(), withoutCertificateAuthority(rig.kubeconfig(), ""),
                        "does not verify against the certificate authority"),
                // The rig's certificate names 127.0.0.1, localhost and kubernetes(.default…); tls-server-name
                // makes the client check it against another name, as connecting under an unlisted name would.
                Arguments.of("another host name", rig.url(),
                        withClusterLine(rig.kubeconfig(), "tls-server-name: other.example"),
                        "it was not issued for this host name"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("waysOfNotReachingAServer")
    void everyWayOfNotReachingTheServerGivesOneMessageAndTheReasonIsLogged(String way, String server,
            String kubeconfig, String reason) {
        ClusterAccess access = new ClusterAccess(ClusterName.of("probed"), new Kubeconfig(kubeconfig), null);

        assertThatThrownBy(() -> adapter.probe(access))
                .isInstanceOf(ClusterUnavailableException.class)
                .hasMessage(unreachable(server));
        assertThat(log.messages()).anySatisfy(line -> assertThat(line).contains(server, reason));
    }

    @Test
    void aServerOutsideTheAllowedNetworksIsRefusedBeforeAnythingIsSent() {
        KubernetesClients guarded = new KubernetesClients(List.of(requests),
                AllowedNetworks.of(List.of("10.0.0.0/8", "fd00::/8")));
        try (KubernetesCalls guardedCalls = new KubernetesCalls(guarded)) {
            ClusterKubernetesAdapter strict = new ClusterKubernetesAdapter(guardedCalls);
            for (String server : List.of(rig.url(), rig.url().replace("127.0.0.1", "localhost"))) {
                ClusterAccess access = new ClusterAccess(ClusterName.of("outside"),
                        new Kubeconfig(rig.kubeconfig().replace(rig.url(), server)), null);
                assertThatThrownBy(() -> strict.probe(access))
                        .isInstanceOf(InvalidInputException.class)
                        .hasMessage("The API server " + server + " is outside the networks this console may "
                                + "connect to (kubedeck.clusters.allowed-networks).");
            }
            assertThat(requests.sent()).isEmpty();
        } finally {
            guarded.close();
        }

        KubernetesClients loopback = new KubernetesClients(List.of(), AllowedNetworks.of(List.of("127.0.0.0/8")));
        try (KubernetesCalls loopbackCalls = new KubernetesCalls(loopback)) {
            assertThat(new ClusterKubernetesAdapter(loopbackCalls).probe(rig.access("rig")).version())
                    .isEqualTo(RIG_VERSION);
        } finally {
            loopback.close();
        }
    }

    @Test
    void insecureSkipTlsVerifyConnectsWithoutTheCertificateAuthority() {
        ClusterAccess access = new ClusterAccess(ClusterName.of("rig"),
                new Kubeconfig(withoutCertificateAuthority(rig.kubeconfig(), "insecure-skip-tls-verify: true")),
                null);

        assertThat(adapter.probe(access).version()).isEqualTo(RIG_VERSION);
    }

    @Test
    void aTlsServerNameTheCertificateListsIsAccepted() {
        ClusterAccess access = new ClusterAccess(ClusterName.of("rig"),
                new Kubeconfig(withClusterLine(rig.kubeconfig(), "tls-server-name: kubernetes")), null);

        assertThat(adapter.probe(access).version()).isEqualTo(RIG_VERSION);
    }

    @Test
    void aServerThatNeverAnswersTimesOutWithinTheDeadline() throws IOException {
        // Faked: a real API server always answers. The kernel accepts connections into the backlog; nobody ever
        // reads the request or answers it.
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String server = "https://127.0.0.1:" + silent.getLocalPort();
            ClusterAccess access = new ClusterAccess(ClusterName.of("silent"),
                    new Kubeconfig(rig.kubeconfig().replace(rig.url(), server)), null);

            assertTimesOutWithinTheDeadline(access, server);
        }
    }

    @Test
    void aServerThatAnswersTooLateTimesOutWithinTheDeadline() {
        // Faked: the real API server cannot be made to answer late on request.
        try (FakeCluster cluster = FakeCluster.withCannedAnswers()) {
            cluster.expect().get().delay(8, TimeUnit.SECONDS).withPath(FakeCluster.VERSION_PATH).andReturn(200, "{}")
                    .always();

            assertTimesOutWithinTheDeadline(cluster.access(), cluster.url());
        }
    }

    private void assertTimesOutWithinTheDeadline(ClusterAccess access, String server) {
        Instant start = Instant.now();
        assertThatThrownBy(() -> adapter.probe(access))
                .isInstanceOf(ClusterUnavailableException.class)
                .hasMessage(unreachable(server));
        assertThat(log.messages()).anySatisfy(line -> assertThat(line).contains(server + " did not answer in time"));
        assertThat(Duration.between(start, Instant.now())).isLessThan(WITHIN_THE_DEADLINE);
    }

    private static String unreachable(String server) {
        return "Could not reach the API server at " + server + " (the console's log says why).";
    }

    /** An address on this machine where nothing listens: connections to it are refused at once. */
    private static String closedPortUrl() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "https://127.0.0.1:" + socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String token(String kubeconfig) {
        return only(TOKEN, kubeconfig).group(2);
    }

    private static String certificateAuthority(String kubeconfig) {
        return only(CERTIFICATE_AUTHORITY, kubeconfig).group(2);
    }

    private static String withToken(String kubeconfig, String token) {
        only(TOKEN, kubeconfig);
        return TOKEN.matcher(kubeconfig).replaceFirst("$1" + token);
    }

    private static String withCertificateAuthority(String kubeconfig, String base64Pem) {
        only(CERTIFICATE_AUTHORITY, kubeconfig);
        return CERTIFICATE_AUTHORITY.matcher(kubeconfig).replaceFirst("$1certificate-authority-data: " + base64Pem);
    }

    /** The cluster section without its certificate authority, and {@code instead} in its place (may be empty). */
    private static String withoutCertificateAuthority(String kubeconfig, String instead) {
        only(CERTIFICATE_AUTHORITY, kubeconfig);
        return CERTIFICATE_AUTHORITY.matcher(kubeconfig).replaceFirst(instead.isEmpty() ? "" : "$1" + instead);
    }

    /** Adds a line to the cluster section, beside its certificate authority. */
    private static String withClusterLine(String kubeconfig, String line) {
        Matcher authority = only(CERTIFICATE_AUTHORITY, kubeconfig);
        return kubeconfig.substring(0, authority.end()) + "\n" + authority.group(1) + line
                + kubeconfig.substring(authority.end());
    }

    /** The one match in the rig's kubeconfig: one cluster, one user. */
    private static Matcher only(Pattern pattern, String kubeconfig) {
        assertThat(pattern.matcher(kubeconfig).results().count()).as("matches of " + pattern).isOne();
        Matcher matcher = pattern.matcher(kubeconfig);
        matcher.find();
        return matcher;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
