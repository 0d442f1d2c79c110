package org.kubedeck.adapters.k8s.container;

import io.kubernetes.client.openapi.ApiException;
import io.kubernetes.client.openapi.JSON;
import io.kubernetes.client.openapi.apis.CoreV1Api;
import io.kubernetes.client.openapi.models.V1Status;
import java.io.IOException;
import java.util.function.Consumer;
import okhttp3.Call;
import okhttp3.Response;
import okio.BufferedSource;
import org.kubedeck.adapters.k8s.KubernetesCalls;
import org.kubedeck.application.container.port.out.ContainerLogs;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.NotFoundException;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.container.ContainerRef;
import org.kubedeck.domain.container.LogQuery;
import org.springframework.stereotype.Component;

/**
 * Containers' logs from the API server's pod log endpoint, read line by line as the answer streams in: a log of
 * any size passes through without being held whole.
 */
@Component
class ContainerKubernetesAdapter implements ContainerLogs {

    private static final int BAD_REQUEST = 400;
    private static final int NOT_FOUND = 404;
    /** Of a refusal's body, what a message quotes at most. */
    private static final int MOST_QUOTED = 300;

    private final KubernetesCalls calls;

    ContainerKubernetesAdapter(KubernetesCalls calls) {
        this.calls = calls;
    }

    @Override
    public void read(ClusterAccess cluster, ContainerRef container, LogQuery query, Consumer<String> line) {
        calls.call(cluster, client -> {
            Call call = new CoreV1Api(client).readNamespacedPodLog(container.podName(), container.namespace())
                    .container(container.container()).tailLines(query.tailLines())
                    .sinceSeconds(query.sinceSeconds()).timestamps(query.timestamps()).previous(query.previous())
                    .buildCall(null);
            try (Response response = call.execute()) {
                if (!response.isSuccessful()) {
                    refused(container, response);
                }
                BufferedSource source = response.body().source();
                for (String text = source.readUtf8Line(); text != null; text = source.readUtf8Line()) {
                    line.accept(text);
                }
            } catch (IOException e) {
                throw new ApiException(e);
            }
            return null;
        });
    }

    /** 404: no such pod; 400: the container is not the pod's, or has no such log (no previous instance yet). */
    private static void refused(ContainerRef container, Response response) throws IOException, ApiException {
        String body = response.body() == null ? "" : response.body().string();
        if (response.code() == NOT_FOUND) {
            throw new NotFoundException(Message.of("workload.podDoesNotExist",
                    "Pod {0}/{1} does not exist in cluster '{2}'.", container.namespace(), container.podName(),
                    container.cluster()));
        }
        if (response.code() == BAD_REQUEST) {
            throw new InvalidInputException("container", Message.of("container.noSuchLog",
                    "Container {0} has no such log: {1}", container.describe(), quoted(body)));
        }
        throw new ApiException(response.code(), response.headers().toMultimap(), body);
    }

    /** The server's own words, from the {@code message} of its Status when it sent one. */
    private static String quoted(String body) {
        String text = body;
        try {
            V1Status status = new JSON().deserialize(body, V1Status.class);
            if (status != null && status.getMessage() != null) {
                text = status.getMessage();
            }
        } catch (RuntimeException e) {
            // Not a Status: the body as it came.
        }
        return text.length() > MOST_QUOTED ? text.substring(0, MOST_QUOTED) : text;
    }
}
