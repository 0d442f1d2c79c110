package org.kubedeck.adapters.k8s.container;

import io.kubernetes.client.openapi.JSON;
import io.kubernetes.client.openapi.models.V1Status;
import io.kubernetes.client.openapi.models.V1StatusCause;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import okio.ByteString;
import org.kubedeck.application.container.port.out.ContainerExec;
import org.kubedeck.domain.container.ExecExit;

/**
 * The Kubernetes stream protocol of one exec, both ways: each binary message carries a channel number, then its
 * bytes (0 stdin, 1 stdout, 2 stderr, 3 the command's status, 4 the terminal's size); {@code v5} adds the closing
 * of stdin (channel 255). Output goes to the port's {@link ContainerExec.Output} on OkHttp's reading thread, so a
 * slow receiver slows the reading rather than filling memory.
 */
final class ExecWebSocketAdapter extends WebSocketListener implements ContainerExec.Session {

    static final String V5 = "v5.channel.k8s.io";
    static final List<String> PROTOCOLS = List.of(V5, "v4.channel.k8s.io");

    private static final int STDIN = 0;
    private static final int STDOUT = 1;
    private static final int STDERR = 2;
    private static final int STATUS = 3;
    private static final int RESIZE = 4;
    private static final int CLOSE = 255;
    /** What one message carries at most, well below OkHttp's queue of 16 MiB. */
    private static final int MOST_PER_MESSAGE = 32 * 1024;
    private static final int NORMAL_CLOSURE = 1000;
    private static final long MOST_QUEUED = 1024 * 1024;
    private static final long QUEUE_POLL_NANOS = 1_000_000;

    /** The API server answered the handshake with something else than 101: a refusal. */
    static final class Refused extends IOException {
        private final transient Response response;
        private final String body;

        Refused(Response response, String body) {
            super("HTTP " + response.code());
            this.response = response;
            this.body = body;
        }

        Response response() {
            return response;
        }

        String body() {
            return body;
        }
    }

    private final ContainerExec.Output output;
    private final CompletableFuture<Void> opened = new CompletableFuture<>();
    private final AtomicBoolean exited = new AtomicBoolean();
    private volatile WebSocket socket;
    private volatile boolean closesInput;
    private volatile ExecExit status;

    ExecWebSocketAdapter(ContainerExec.Output output) {
        this.output = output;
    }

    CompletableFuture<Void> opened() {
        return opened;
    }

    @Override
    public void onOpen(WebSocket webSocket, Response response) {
        socket = webSocket;
        closesInput = V5.equals(response.header("Sec-WebSocket-Protocol"));
        opened.complete(null);
    }

    @Override
    public void onMessage(WebSocket webSocket, ByteString bytes) {
        if (bytes.size() < 2) {
            return;
        }
        byte[] data = bytes.substring(1).toByteArray();
        switch (bytes.getByte(0)) {
            case STDOUT -> output.stdout(data);
            case STDERR -> output.stderr(data);
            case STATUS -> status = exit(new String(data, StandardCharsets.UTF_8));
            default -> {
                // Nothing else comes from the server.
            }
        }
    }

    @Override
    public void onClosing(WebSocket webSocket, int code, String reason) {
        webSocket.close(NORMAL_CLOSURE, null);
    }

    @Override
    public void onClosed(WebSocket webSocket, int code, String reason) {
        exited(status != null ? status : ExecExit.failed("The command ended without a status."));
    }

    @Override
    public void onFailure(WebSocket webSocket, Throwable failure, Response response) {
        if (!opened.isDone()) {
            opened.completeExceptionally(response == null ? failure : refused(response));
            return;
        }
        exited(status != null ? status : ExecExit.failed("The connection to the container was lost: "
                + failure.getMessage()));
    }

    /**
     * Waits while more than {@link #MOST_QUEUED} bytes wait to be sent: OkHttp closes a WebSocket whose queue
     * passes 16 MiB, and a fast reader (a file from disk) would fill it faster than the network drains it.
     */
    @Override
    public void input(byte[] bytes) {
        while (socket.queueSize() > MOST_QUEUED && !exited.get() && !Thread.currentThread().isInterrupted()) {
            LockSupport.parkNanos(QUEUE_POLL_NANOS);
        }
        for (int from = 0; from < bytes.length; from += MOST_PER_MESSAGE) {
            int to = Math.min(bytes.length, from + MOST_PER_MESSAGE);
            byte[] message = new byte[to - from + 1];
            message[0] = STDIN;
            System.arraycopy(bytes, from, message, 1, to - from);
            socket.send(ByteString.of(message));
        }
    }

    @Override
    public void endInput() {
        if (closesInput) {
            socket.send(ByteString.of((byte) CLOSE, (byte) STDIN));
        }
    }

    @Override
    public void resize(int columns, int rows) {
        byte[] size = ("{\"Width\":" + columns + ",\"Height\":" + rows + "}").getBytes(StandardCharsets.UTF_8);
        byte[] message = new byte[size.length + 1];
        message[0] = RESIZE;
        System.arraycopy(size, 0, message, 1, size.length);
        socket.send(ByteString.of(message));
    }

    /** The API server's kubelet kills the command's process group when the connection goes. */
    @Override
    public void close() {
        socket.cancel();
        exited(status != null ? status : ExecExit.failed("The command was stopped."));
    }

    private void exited(ExecExit exit) {
        if (exited.compareAndSet(false, true)) {
            output.exited(exit);
        }
    }

    /** {@code Success}, a {@code NonZeroExitCode} with its {@code ExitCode} cause, or why it could not run. */
    static ExecExit exit(String json) {
        V1Status parsed;
        try {
            parsed = new JSON().deserialize(json, V1Status.class);
        } catch (RuntimeException e) {
            return ExecExit.failed(json);
        }
        if ("Success".equals(parsed.getStatus())) {
            return ExecExit.code(0);
        }
        if ("NonZeroExitCode".equals(parsed.getReason()) && parsed.getDetails() != null
                && parsed.getDetails().getCauses() != null) {
            for (V1StatusCause cause : parsed.getDetails().getCauses()) {
                if ("ExitCode".equals(cause.getReason())) {
                    try {
                        return ExecExit.code(Integer.parseInt(cause.getMessage().trim()));
                    } catch (NumberFormatException e) {
                        break;
                    }
                }
            }
        }
        return ExecExit.failed(parsed.getMessage() == null ? json : parsed.getMessage());
    }

    private static Refused refused(Response response) {
        String body;
        try (response) {
            body = response.body() == null ? "" : response.body().string();
        } catch (IOException e) {
            body = "";
        }
        return new Refused(response, body);
    }
}
