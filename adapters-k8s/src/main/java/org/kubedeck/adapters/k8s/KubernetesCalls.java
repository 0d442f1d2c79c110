package org.kubedeck.adapters.k8s;

import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.openapi.ApiException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.kubedeck.domain.DomainException;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.cluster.Identity;
import org.kubedeck.domain.cluster.ClusterUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs requests against a cluster under one overall deadline and turns every failure into a domain exception.
 * The per-request timeouts of {@link KubernetesClients} bound each request; the deadline bounds all requests of
 * one answer together, so a page that needs two requests still answers within a few seconds.
 */
@Component
public class KubernetesCalls implements AutoCloseable {

    public static final Duration DEADLINE = Duration.ofSeconds(5);
    private static final Logger log = LoggerFactory.getLogger(KubernetesCalls.class);

    /** What to do with a cluster's client; may send several requests. */
    @FunctionalInterface
    public interface Request<T> {
        T send(ApiClient client) throws ApiException;
    }

    private final KubernetesClients clients;
    private final KubernetesErrorTranslator translator = new KubernetesErrorTranslator();
    private final ExecutorService executor = Executors.newCachedThreadPool(daemonThreads());

    public KubernetesCalls(KubernetesClients clients) {
        this.clients = clients;
    }

    /**
     * The request's answer within {@link #DEADLINE}. Throws ClusterUnavailableException when the cluster is
     * unreachable, slow or refuses the credentials, NotFoundException on a 404, InvalidInputException for a
     * kubeconfig a server cannot use.
     */
    public <T> T call(ClusterAccess cluster, Request<T> request) {
        return call(clients.forCluster(cluster), request, cluster.actingAs());
    }

    /**
     * Like {@link #call}, with the client for long-running streams (no read timeout): the request's answer (a
     * stream's head) within {@link #DEADLINE}, its body then read for as long as the stream lasts.
     */
    public <T> T stream(ClusterAccess cluster, Request<T> request) {
        return call(clients.forWatching(cluster), request, cluster.actingAs());
    }

    /** {@code person}: whom the client acts as, for the words of a refusal; null: the kubeconfig's identity. */
    private <T> T call(ApiClient client, Request<T> request, Identity person) {
        String server = client.getBasePath();
        Future<T> answer = executor.submit(() -> request.send(client));
        try {
            return answer.get(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // Interrupting stops OkHttp at its next read; the read timeout ends it otherwise.
            answer.cancel(true);
            throw translator.timedOut(server);
        } catch (ExecutionException e) {
            throw translator.translate(e.getCause(), server, person);
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            throw new ClusterUnavailableException(Message.of("k8s.requestWasInterrupted",
                    "The request to {0} was interrupted.", server));
        }
    }

    /**
     * Like {@link #call}, for a server not yet known to be a Kubernetes API server (a kubeconfig being added or
     * tested): every way of failing to reach it (refused, timed out, TLS, an HTTP answer of another kind) gives
     * the same message, so that nobody can map the console's network by naming servers; the reason is logged.
     * A kubeconfig that cannot be used at all is still refused with its reason (InvalidInputException).
     */
    public <T> T probe(ClusterAccess cluster, Request<T> request) {
        try {
            return call(cluster, request);
        } catch (InvalidInputException e) {
            throw e;
        } catch (DomainException e) {
            String server = clients.forCluster(cluster).getBasePath();
            log.info("Could not reach the API server at {} for cluster {}: {}", server, cluster.name(),
                    e.getMessage());
            throw new ClusterUnavailableException(Message.of("k8s.couldNotReachApi",
                    "Could not reach the API server at {0} (the console's log says why).", server));
        }
    }

    /** Like {@link #call} for one named object: empty when the cluster answers 404. */
    public <T> Optional<T> find(ClusterAccess cluster, Request<T> request) {
        return call(cluster, client -> {
            try {
                return Optional.ofNullable(request.send(client));
            } catch (ApiException e) {
                if (e.getCode() == 404) {
                    return Optional.empty();
                }
                throw e;
            }
        });
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "kubernetes-call-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
