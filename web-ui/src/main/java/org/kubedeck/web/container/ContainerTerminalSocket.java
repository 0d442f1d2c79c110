package org.kubedeck.web.container;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.kubedeck.application.container.port.in.ContainerTerminalUseCase;
import org.kubedeck.application.container.port.in.ContainerTerminalUseCase.Terminal;
import org.kubedeck.domain.DomainException;
import org.kubedeck.domain.container.ContainerRef;
import org.kubedeck.domain.container.ExecExit;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.web.support.ErrorText;
import org.springframework.web.socket.BinaryMessage;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.AbstractWebSocketHandler;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The web terminal's WebSocket: a shell in the container, its output sent as binary messages as it comes; the
 * browser sends {@code {"type": "input", "data": "..."}} and {@code {"type": "resize", "cols": 80, "rows": 24}}.
 * When the shell ends (or could not start, or the pod went away) the browser gets
 * {@code {"type": "exit", "exit_code": 0, "message": "..."}} and the socket closes; when the browser goes, the
 * shell is stopped.
 */
class ContainerTerminalSocket extends AbstractWebSocketHandler {

    static final String ACTOR = ContainerTerminalSocket.class.getName() + ".actor";
    static final String CONTAINER = ContainerTerminalSocket.class.getName() + ".container";
    /** A browser that reads slower than the shell writes is let go rather than buffered without end. */
    private static final int SEND_TIME_LIMIT_MS = 10_000;
    private static final int BUFFER_LIMIT = 1024 * 1024;
    private static final int MOST_COLUMNS = 1_000;
    /** A close frame's reason has at most 123 bytes: 40 characters of any script fit. */
    private static final int MOST_REASON_CHARS = 40;

    private final ContainerTerminalUseCase terminals;
    private final JsonMapper json;
    private final Map<String, Terminal> open = new ConcurrentHashMap<>();

    ContainerTerminalSocket(ContainerTerminalUseCase terminals, JsonMapper json) {
        this.terminals = terminals;
        this.json = json;
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) throws IOException {
        WebSocketSession browser = new ConcurrentWebSocketSessionDecorator(session, SEND_TIME_LIMIT_MS,
                BUFFER_LIMIT);
        try {
            open.put(session.getId(), terminals.open((Actor) session.getAttributes().get(ACTOR),
                    (ContainerRef) session.getAttributes().get(CONTAINER), new Screen(browser)));
        } catch (DomainException e) {
            ended(browser, ExecExit.failed(ErrorText.of(e)));
        }
    }

    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage message) {
        Terminal terminal = open.get(session.getId());
        if (terminal == null) {
            return;
        }
        JsonNode sent = json.readTree(message.getPayload());
        switch (sent.path("type").asString("")) {
            case "input" -> terminal.type(sent.path("data").asString("").getBytes(StandardCharsets.UTF_8));
            case "resize" -> terminal.resize(cells(sent.path("cols").asInt(80)), cells(sent.path("rows").asInt(24)));
            default -> {
                // Nothing else is sent by the page; anything else is ignored.
            }
        }
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        Terminal terminal = open.remove(session.getId());
        if (terminal != null) {
            terminal.close();
        }
    }

    private static int cells(int asked) {
        return Math.max(1, Math.min(MOST_COLUMNS, asked));
    }

    /** Tells the browser how the shell ended, then closes the socket. */
    private void ended(WebSocketSession browser, ExecExit exit) {
        try {
            Map<String, Object> told = new LinkedHashMap<>();
            told.put("type", "exit");
            told.put("exit_code", exit.exitCode());
            told.put("message", exit.failureMessage().orElse(""));
            browser.sendMessage(new TextMessage(json.writeValueAsString(told)));
            browser.close(exit.failureMessage().map(reason -> CloseStatus.NORMAL.withReason(
                    reason.length() > MOST_REASON_CHARS ? reason.substring(0, MOST_REASON_CHARS) : reason))
                    .orElse(CloseStatus.NORMAL));
        } catch (IOException | RuntimeException e) {
            // The browser has gone already.
        }
    }

    /** The shell's output and end, on their way to the browser. */
    private final class Screen implements ContainerTerminalUseCase.Screen {

        private final WebSocketSession browser;

        Screen(WebSocketSession browser) {
            this.browser = browser;
        }

        @Override
        public void output(byte[] bytes) {
            try {
                browser.sendMessage(new BinaryMessage(bytes));
            } catch (IOException | RuntimeException e) {
                // Gone, or too slow to keep up: the socket closes, and with it the shell.
                afterConnectionClosed(browser, CloseStatus.SESSION_NOT_RELIABLE);
            }
        }

        @Override
        public void ended(ExecExit exit) {
            ContainerTerminalSocket.this.ended(browser, exit);
        }
    }
}
