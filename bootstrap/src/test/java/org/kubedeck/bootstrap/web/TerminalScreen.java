package org.kubedeck.bootstrap.web;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The browser's side of a terminal's WebSocket: what it was shown, what it was told, and how it closed. */
final class TerminalScreen implements WebSocket.Listener {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    final StringBuffer shown = new StringBuffer();
    final List<JsonNode> told = new CopyOnWriteArrayList<>();
    final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final StringBuilder text = new StringBuilder();

    /** Keys typed into the terminal, as the page sends them. */
    static void type(WebSocket socket, String keys) {
        socket.sendText(JSON.writeValueAsString(Map.of("type", "input", "data", keys)), true).join();
    }

    @Override
    public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
        byte[] bytes = new byte[data.remaining()];
        data.get(bytes);
        shown.append(new String(bytes, UTF_8));
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        text.append(data);
        if (last) {
            told.add(JSON.readTree(text.toString()));
            text.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed.complete(statusCode);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed.completeExceptionally(error);
    }
}
