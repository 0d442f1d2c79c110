package org.kubedeck.adapters.k8s.container;

import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.openapi.ApiException;
import io.kubernetes.client.openapi.apis.CoreV1Api;
import java.io.Closeable;
import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import okhttp3.Call;
import okhttp3.Response;
import okio.BufferedSource;
import org.kubedeck.adapters.k8s.KubernetesCalls;
import org.kubedeck.application.container.port.out.ContainerLogs;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.container.ContainerRef;
import org.kubedeck.domain.container.LogQuery;
import org.springframework.stereotype.Component;

/**
 * Containers' logs from the API server's pod log endpoint, read line by line as the answer streams in: a log of
 * any size passes through without being held whole. Reads and follows both stream, on the client without a read
 * timeout: a long log is read for as long as it takes, and closing cancels the request.
 */
@Component
class ContainerKubernetesAdapter implements ContainerLogs {

    /** The threads that read followed logs: one a follow, ended when it is closed. */
    private final ExecutorService followers = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "log-follow");
        thread.setDaemon(true);
        return thread;
    });

    private final KubernetesCalls calls;

    ContainerKubernetesAdapter(KubernetesCalls calls) {
        this.calls = calls;
    }

    @Override
    public LogReader open(ClusterAccess cluster, ContainerRef container, LogQuery query) {
        return opened(cluster, container, query, false);
    }

    /**
     * The answer's head comes within the calls' deadline, refusals with it; its lines are then read on a thread
     * of their own for as long as the log is followed. Closing cancels the request, which ends that thread's read.
     */
    @Override
    public Closeable follow(ClusterAccess cluster, ContainerRef container, LogQuery query, Consumer<String> line,
            Runnable ended) {
        LogReader reader = opened(cluster, container, query, true);
        followers.execute(() -> {
            try (reader) {
                for (String text = reader.next(); text != null; text = reader.next()) {
                    line.accept(text);
                }
            } finally {
                ended.run();
            }
        });
        return reader::close;
    }

    /** A log whose answer has begun: refusals have been thrown, the lines are read from the body as it comes. */
    private LogReader opened(ClusterAccess cluster, ContainerRef container, LogQuery query, boolean follow) {
        AtomicReference<Call> request = new AtomicReference<>();
        Response response = calls.stream(cluster, client -> {
            Call call = logCall(client, container, query, follow);
            request.set(call);
            try {
                return answered(call, container);
            } catch (IOException e) {
                throw new ApiException(e);
            }
        });
        BufferedSource source = response.body().source();
        return new LogReader() {
            @Override
            public String next() {
                try {
                    return source.readUtf8Line();
                } catch (IOException e) {
                    // Cancelled, or the connection ended: either way the log is over.
                    return null;
                }
            }

            @Override
            public void close() {
                request.get().cancel();
                response.close();
            }
        };
    }

    private static Call logCall(ApiClient client, ContainerRef container, LogQuery query, boolean follow)
            throws ApiException {
        return new CoreV1Api(client).readNamespacedPodLog(container.podName(), container.namespace())
                .container(container.container()).tailLines(query.tailLines()).sinceSeconds(query.sinceSeconds())
                .timestamps(query.timestamps()).previous(query.previous()).follow(follow).buildCall(null);
    }

    /** The response of a request the server accepted; its refusals as the domain's. */
    private static Response answered(Call call, ContainerRef container) throws IOException, ApiException {
        Response response = call.execute();
        if (!response.isSuccessful()) {
            try (response) {
                refused(container, response);
            }
        }
        return response;
    }

    private static void refused(ContainerRef container, Response response) throws IOException, ApiException {
        String body = response.body() == null ? "" : response.body().string();
        throw ContainerRefusals.refusal(container, response.code(), response.headers().toMultimap(), body,
                reason -> Message.of("container.noSuchLog", "Container {0} has no such log: {1}",
                        container.describe(), reason));
    }
}
