package org.kubedeck.web.container;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.kubedeck.application.container.port.in.ContainerExecUseCase;
import org.kubedeck.application.container.port.in.ContainerLogsQuery;
import org.kubedeck.application.container.port.in.LogFollow;
import org.kubedeck.domain.container.ExecCommand;
import org.kubedeck.domain.container.ExecResult;
import org.kubedeck.domain.container.LogLines;
import org.kubedeck.domain.user.Actor;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * A container's log as JSON or plain text (by the request's {@code Accept}) or followed as server-sent events, and
 * commands run once in it.
 */
@RestController
@RequestMapping("/api/k8s/containers/{cluster}/{namespace}/{pod}/{container}")
class ContainerApiController {

    /** How long one client may follow a log before it must ask again. */
    static final Duration STREAM_LIMIT = Duration.ofMinutes(30);

    private final ContainerLogsQuery logs;
    private final ContainerExecUseCase exec;

    ContainerApiController(ContainerLogsQuery logs, ContainerExecUseCase exec) {
        this.logs = logs;
        this.exec = exec;
    }

    record ExecRequest(List<String> command, String stdin, Integer timeoutSeconds) {

        ExecCommand toCommand() {
            return new ExecCommand(command, stdin, timeoutSeconds == null ? null
                    : Duration.ofSeconds(timeoutSeconds));
        }
    }

    record ExecJson(String stdout, String stderr, Integer exitCode, boolean truncated, boolean timedOut) {

        static ExecJson of(ExecResult result) {
            return new ExecJson(result.stdout(), result.stderr(), result.exitCode(), result.truncated(),
                    result.timedOut());
        }
    }

    /** Runs the command once and answers its output and exit code (write on the cluster). */
    @PostMapping("/exec")
    ExecJson exec(Actor actor, @PathVariable Map<String, String> path, @RequestBody ExecRequest request) {
        return ExecJson.of(exec.exec(actor, ContainerPath.of(path), request.toCommand()));
    }

    record LogsJson(List<String> lines, int scanned) {
    }

    @GetMapping(value = "/logs", produces = MediaType.APPLICATION_JSON_VALUE)
    LogsJson logs(Actor actor, @PathVariable Map<String, String> path, LogParams params) {
        LogLines read = logs.logs(actor, ContainerPath.of(path), params.query());
        return new LogsJson(read.lines(), read.scanned());
    }

    /**
     * Follows the log as server-sent events, one line an event: the lines the parameters select, then each new one.
     * The request to the API server ends when the client goes away (the next line cannot be sent), when the log
     * ends, or after {@link #STREAM_LIMIT}.
     */
    @GetMapping(value = "/logs/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(Actor actor, @PathVariable Map<String, String> path, LogParams params) {
        SseEmitter emitter = new SseEmitter(STREAM_LIMIT.toMillis());
        AtomicReference<LogFollow> follow = new AtomicReference<>();
        LogFollow started = logs.follow(actor, ContainerPath.of(path), params.following(),
                line -> {
                    try {
                        emitter.send(SseEmitter.event().data(line, MediaType.TEXT_PLAIN));
                    } catch (IOException | IllegalStateException e) {
                        // The client went away: stop reading from the API server.
                        Optional.ofNullable(follow.get()).ifPresent(LogFollow::close);
                    }
                }, emitter::complete);
        follow.set(started);
        emitter.onCompletion(started::close);
        emitter.onTimeout(started::close);
        emitter.onError(error -> started.close());
        return emitter;
    }

    /** The lines as they are, one a line. */
    @GetMapping(value = "/logs", produces = MediaType.TEXT_PLAIN_VALUE)
    String text(Actor actor, @PathVariable Map<String, String> path, LogParams params) {
        List<String> lines = logs(actor, path, params).lines();
        return lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
    }
}
