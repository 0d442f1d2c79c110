package org.kubedeck.adapters.k8s.container;

import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.openapi.ApiException;
import io.kubernetes.client.openapi.Pair;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocket;
import org.kubedeck.adapters.k8s.KubernetesCalls;
import org.kubedeck.application.container.port.out.ContainerExec;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.container.ContainerRef;
import org.springframework.stereotype.Component;

/**
 * Commands run in containers through the API server's exec endpoint, spoken over a WebSocket with the
 * Kubernetes stream protocol ({@link ExecWebSocketAdapter}). The handshake, refusals included, comes within the calls'
 * deadline; the command then runs for as long as it lasts, on a client without a read timeout.
 */
@Component
class ContainerExecKubernetesAdapter implements ContainerExec {

    private final KubernetesCalls calls;

    ContainerExecKubernetesAdapter(KubernetesCalls calls) {
        this.calls = calls;
    }

    @Override
    public Session start(ClusterAccess cluster, ContainerRef container, List<String> command, boolean tty,
            boolean stdin, Output output) {
        return calls.stream(cluster, client -> {
            ExecWebSocketAdapter channels = new ExecWebSocketAdapter(output);
            CompletableFuture<Void> opened = channels.opened();
            WebSocket socket = client.getHttpClient().newWebSocket(request(client, container, command, tty, stdin),
                    channels);
            try {
                opened.get();
            } catch (InterruptedException e) {
                socket.cancel();
                Thread.currentThread().interrupt();
                throw new ApiException(e);
            } catch (ExecutionException e) {
                throw refusal(container, e.getCause());
            }
            return channels;
        });
    }

    private static Request request(ApiClient client, ContainerRef container, List<String> command, boolean tty,
            boolean stdin) throws ApiException {
        String path = "/api/v1/namespaces/" + client.escapeString(container.namespace()) + "/pods/"
                + client.escapeString(container.podName()) + "/exec";
        List<Pair> query = new ArrayList<>();
        query.add(new Pair("container", container.container()));
        query.add(new Pair("stdin", Boolean.toString(stdin)));
        query.add(new Pair("stdout", "true"));
        query.add(new Pair("stderr", Boolean.toString(!tty)));
        query.add(new Pair("tty", Boolean.toString(tty)));
        Map<String, String> headers = new HashMap<>();
        headers.put("Sec-WebSocket-Protocol", String.join(", ", ExecWebSocketAdapter.PROTOCOLS));
        return client.buildRequest(client.getBasePath(), path, "GET", query,
                client.parameterToPairs("multi", "command", command), null, headers, new HashMap<>(),
                new HashMap<>(), new String[] {"BearerToken"}, null);
    }

    /** A failed handshake as the domain's refusal, read from the HTTP answer the API server gave instead. */
    private static ApiException refusal(ContainerRef container, Throwable failure) {
        if (failure instanceof ExecWebSocketAdapter.Refused refused) {
            Response response = refused.response();
            return ContainerRefusals.refusal(container, response.code(), response.headers().toMultimap(),
                    refused.body(), reason -> Message.of("container.cannotExec",
                            "Container {0} cannot run commands: {1}", container.describe(), reason));
        }
        return new ApiException(failure);
    }
}
