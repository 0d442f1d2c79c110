package org.kubedeck.web.container;

import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.kubedeck.application.container.port.in.ContainerExecUseCase;
import org.kubedeck.application.container.port.in.ContainerLogsQuery;
import org.kubedeck.application.container.port.in.LogDownload;
import org.kubedeck.application.container.port.in.LogFollow;
import org.kubedeck.domain.container.ContainerRef;
import org.kubedeck.domain.container.ExecCommand;
import org.kubedeck.domain.container.ExecResult;
import org.kubedeck.domain.container.LogLines;
import org.kubedeck.domain.user.Actor;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
    private static final int DOWNLOAD_BUFFER = 64 * 1024;

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

    /**
     * The log as a file, {@code <pod>-<container>.log}: without {@code tail_lines} the whole log, filtered like the
     * call above, written out as it is read from the API server (memory does not grow with the log). A client
     * that goes away ends the request to the API server.
     */
    @GetMapping("/logs/download")
    void download(Actor actor, @PathVariable Map<String, String> path, LogParams params,
            HttpServletResponse response) throws IOException {
        ContainerRef container = ContainerPath.of(path);
        try (LogDownload log = logs.download(actor, container, params.whole())) {
            response.setContentType("text/plain;charset=UTF-8");
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                    .filename(container.podName() + "-" + container.container() + ".log").build().toString());
            Writer out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(),
                    StandardCharsets.UTF_8), DOWNLOAD_BUFFER);
            log.each(line -> {
                try {
                    out.write(line);
                    out.write('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            out.flush();
        } catch (UncheckedIOException e) {
            // The client went away: the log is closed, and with it the request to the API server.
        }
    }

    /** The lines as they are, one a line. */
    @GetMapping(value = "/logs", produces = MediaType.TEXT_PLAIN_VALUE)
    String text(Actor actor, @PathVariable Map<String, String> path, LogParams params) {
        List<String> lines = logs(actor, path, params).lines();
        return lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
    }
}
