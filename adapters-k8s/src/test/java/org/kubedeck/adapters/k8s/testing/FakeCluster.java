package org.kubedeck.adapters.k8s.testing;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMixedDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.ServerRequest;
import io.fabric8.mockwebserver.ServerResponse;
import io.fabric8.mockwebserver.dsl.MockServerExpectation;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;
import java.util.Queue;
import org.kubedeck.adapters.k8s.KubernetesCalls;
import org.kubedeck.adapters.k8s.KubernetesClients;
import org.kubedeck.domain.cluster.ClusterAccess;

/**
 * fabric8's in-process Kubernetes API over real HTTP. It stores what it is sent (CRUD) but runs no controllers,
 * so tests seed status fields themselves; answers it cannot compute ({@code /version}) are canned.
 */
public final class FakeCluster implements AutoCloseable {

    /** client-java asks for "/version/"; canned answers match the exact path. */
    public static final String VERSION_PATH = "/version/";

    private final KubernetesMockServer server;
    private final KubernetesClient objects;
    private final KubernetesClients clients = new KubernetesClients();
    private final KubernetesCalls calls = new KubernetesCalls(clients);

    private FakeCluster(KubernetesMockServer server) {
        this.server = server;
        server.init();
        this.objects = server.createClient();
    }

    /** Stores and serves objects; knows nothing else. */
    public static FakeCluster crud() {
        return new FakeCluster(new KubernetesMockServer(new Context(), new MockWebServer(), new HashMap<>(),
                new KubernetesCrudDispatcher(), false));
    }

    /** Like {@link #crud()}, and answers what {@link #expect()} sets up first. */
    public static FakeCluster withCannedAnswers() {
        Map<ServerRequest, Queue<ServerResponse>> answers = new HashMap<>();
        return new FakeCluster(new KubernetesMockServer(new Context(), new MockWebServer(), answers,
                new KubernetesMixedDispatcher(answers), false));
    }

    /** Serves HTTPS with a self-signed certificate for localhost. */
    public static FakeCluster overHttps() {
        return new FakeCluster(new KubernetesMockServer(new Context(), new MockWebServer(), new HashMap<>(),
                new KubernetesCrudDispatcher(), true));
    }

    /** An address on this machine where nothing listens: connections to it are refused at once. */
    public static String unreachableUrl() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fabric8 client to seed objects and read them back, independent of the code under test. */
    public KubernetesClient objects() {
        return objects;
    }

    public MockServerExpectation expect() {
        return server.expect();
    }

    /** How many requests the fake has answered so far, from any client (seeding with {@link #objects()} too). */
    public int requestCount() {
        return server.getRequestCount();
    }

    /** The request answered last, to check what a client sent: method, path and query, headers, body. */
    public RecordedRequest lastRequest() {
        try {
            return server.getLastRequest();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Answers {@code /version} as a cluster of that version would (needs {@link #withCannedAnswers()}). client-java
     * refuses an answer that lacks any of these fields.
     */
    public FakeCluster answeringVersion(String gitVersion) {
        server.expect().get().withPath(VERSION_PATH).andReturn(200, """
                {"major":"1","minor":"31","gitVersion":"%s","gitCommit":"abc123","gitTreeState":"clean",
                "buildDate":"2026-01-01T00:00:00Z","goVersion":"go1.24","compiler":"gc","platform":"linux/amd64"}"""
                .formatted(gitVersion)).always();
        return this;
    }

    /** The PEM file of the server's self-signed certificate (HTTPS only). */
    public String certificatePath() {
        return server.getSelfSignedCertificate().certificatePath();
    }

    /** The API server's address, without the trailing slash client-java would double. */
    public String url() {
        String url = server.url("/");
        return url.substring(0, url.length() - 1);
    }

    public KubeconfigYaml kubeconfig() {
        return KubeconfigYaml.forServer(url());
    }

    public ClusterAccess access() {
        return kubeconfig().access();
    }

    /**
     * Calls for the adapter under test, closed with this fake. They serve any cluster, so one adapter can also
     * be pointed at a second fake.
     */
    public KubernetesCalls calls() {
        return calls;
    }

    @Override
    public void close() {
        calls.close();
        clients.close();
        objects.close();
        server.destroy();
    }
}
