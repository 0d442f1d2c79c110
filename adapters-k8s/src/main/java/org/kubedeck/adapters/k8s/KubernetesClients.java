package org.kubedeck.adapters.k8s;

import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.util.ClientBuilder;
import io.kubernetes.client.util.KubeConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.cluster.Identity;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * One API client per cluster, built from that cluster's kubeconfig, never client-java's global default, plus a
 * second one per cluster for watches. A client is reused while the kubeconfig and context stay the same; an
 * edited kubeconfig gets a new one. Access that acts as a person ({@link ClusterAccess#actingAs}) gets a client of
 * its own per person, whose every request, streams and WebSockets included, carries {@code Impersonate-User} and
 * one {@code Impersonate-Group} per group; no other request carries any {@code Impersonate-*} header.
 */
@Component
public class KubernetesClients implements AutoCloseable {

    /** Connect, read and write timeout of every request: a console must not hang on a dead cluster. */
    public static final Duration TIMEOUT = Duration.ofSeconds(5);

    /** No read timeout: a watch waits for the next event as long as the cluster keeps the stream open. */
    private static final Duration NO_READ_TIMEOUT = Duration.ZERO;

    private final ConcurrentMap<ClientKey, CachedClient> clients = new ConcurrentHashMap<>();
    private final ConcurrentMap<ClientKey, CachedClient> watchClients = new ConcurrentHashMap<>();
    private final List<Interceptor> observers;
    private final AllowedNetworks networks;

    public KubernetesClients() {
        this(List.of());
    }

    /** With the interceptors the application context holds (none in production; a test may count requests). */
    @Autowired
    public KubernetesClients(KubernetesSettings settings, ObjectProvider<Interceptor> observers) {
        this(observers.orderedStream().toList(), settings.allowedNetworks());
    }

    /** Every request of every client passes {@code observers} first, in order: to count or log what is sent. */
    public KubernetesClients(List<Interceptor> observers) {
        this(observers, AllowedNetworks.ANY);
    }

    public KubernetesClients(List<Interceptor> observers, AllowedNetworks networks) {
        this.observers = List.copyOf(observers);
        this.networks = networks;
    }

    /**
     * Throws InvalidInputException (field {@code kubeconfig_content}) for a kubeconfig a server cannot use or
     * whose server lies outside the allowed networks.
     */
    public ApiClient forCluster(ClusterAccess cluster) {
        return cached(clients, cluster, TIMEOUT);
    }

    /**
     * The client for long-running watches of the cluster: built like {@link #forCluster} (same connect and write
     * timeouts, same caching by kubeconfig) but without a read timeout. A new kubeconfig gets a new instance, so
     * whoever holds watches can tell by identity that its client is outdated.
     */
    public ApiClient forWatching(ClusterAccess cluster) {
        return cached(watchClients, cluster, NO_READ_TIMEOUT);
    }

    @Override
    public void close() {
        clients.values().forEach(CachedClient::release);
        clients.clear();
        watchClients.values().forEach(CachedClient::release);
        watchClients.clear();
    }

    private ApiClient cached(ConcurrentMap<ClientKey, CachedClient> cache, ClusterAccess cluster,
            Duration readTimeout) {
        String fingerprint = fingerprint(cluster);
        // Keyed by name (and person) alone, so the client of an outdated kubeconfig is dropped, not kept forever.
        return cache.compute(new ClientKey(cluster.name(), cluster.actingAs()), (key, cached) -> {
            if (cached != null && cached.fingerprint().equals(fingerprint)) {
                return cached;
            }
            CachedClient fresh = new CachedClient(fingerprint, build(cluster, readTimeout));
            if (cached != null) {
                cached.release();
            }
            return fresh;
        }).client();
    }

    private ApiClient build(ClusterAccess cluster, Duration readTimeout) {
        KubeConfig config = ServerKubeconfig.parse(cluster.kubeconfig()).select(cluster.context());
        networks.requireAllowed(config.getServer());
        ApiClient client;
        try {
            client = ClientBuilder.kubeconfig(config).build();
        } catch (IOException | RuntimeException e) {
            // Malformed base64 or PEM in a *-data field surfaces here, deep inside client-java.
            throw new InvalidInputException(ServerKubeconfig.FIELD,
                    Message.of("k8s.certificatesKeysKubeconfigCannot",
                            "The certificates or keys in the kubeconfig cannot be read ({0}).",
                            rootCause(e).getMessage()));
        }
        OkHttpClient.Builder http = client.getHttpClient().newBuilder();
        if (cluster.impersonates()) {
            http.addInterceptor(impersonating(cluster.actingAs()));
        }
        observers.forEach(http::addInterceptor);
        client.setHttpClient(http
                .dns(networks.dns())
                .connectTimeout(TIMEOUT)
                .readTimeout(readTimeout)
                .writeTimeout(TIMEOUT)
                .build());
        return client;
    }

    /** Every request made as the person: their name, and each of their groups. */
    private static Interceptor impersonating(Identity identity) {
        return chain -> {
            Request.Builder request = chain.request().newBuilder()
                    .removeHeader("Impersonate-User").removeHeader("Impersonate-Group")
                    .removeHeader("Impersonate-Uid").header("Impersonate-User", identity.user());
            identity.groups().forEach(group -> request.addHeader("Impersonate-Group", group));
            return chain.proceed(request.build());
        };
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static String fingerprint(ClusterAccess cluster) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(cluster.kubeconfig().content().getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0);
            sha256.update(Objects.toString(cluster.context(), "").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** A cluster, and the person its requests act as (null: the kubeconfig's own identity). */
    private record ClientKey(ClusterName cluster, Identity person) {
    }

    private record CachedClient(String fingerprint, ApiClient client) {

        /** Closes idle connections; requests still running on this client finish normally. */
        void release() {
            client.getHttpClient().connectionPool().evictAll();
        }
    }
}
