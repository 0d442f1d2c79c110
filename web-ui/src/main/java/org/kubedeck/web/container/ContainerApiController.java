package org.kubedeck.web.container;

import java.util.List;
import org.kubedeck.application.container.port.in.ContainerLogsQuery;
import org.kubedeck.domain.container.ContainerRef;
import org.kubedeck.domain.container.LogLines;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.web.support.ClusterParameter;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A container's log as JSON or plain text, by the request's {@code Accept}. */
@RestController
@RequestMapping("/api/k8s/containers/{cluster}/{namespace}/{pod}/{container}")
class ContainerApiController {

    private final ContainerLogsQuery logs;

    ContainerApiController(ContainerLogsQuery logs) {
        this.logs = logs;
    }

    record LogsJson(List<String> lines, int scanned) {
    }

    @GetMapping(value = "/logs", produces = MediaType.APPLICATION_JSON_VALUE)
    LogsJson logs(Actor actor, @PathVariable String cluster, @PathVariable String namespace,
            @PathVariable String pod, @PathVariable String container,
            @RequestParam(name = "tail_lines", required = false) String tailLines,
            @RequestParam(name = "since_seconds", required = false) String sinceSeconds,
            @RequestParam(defaultValue = "false") boolean timestamps,
            @RequestParam(defaultValue = "false") boolean previous,
            @RequestParam(required = false) String grep,
            @RequestParam(name = "match_case", defaultValue = "false") boolean matchCase) {
        LogLines read = logs.logs(actor, ContainerRef.of(ClusterParameter.of(cluster), namespace, pod, container),
                new LogParams(tailLines, sinceSeconds, timestamps, previous, grep, matchCase).query());
        return new LogsJson(read.lines(), read.scanned());
    }

    /** The lines as they are, one a line. */
    @GetMapping(value = "/logs", produces = MediaType.TEXT_PLAIN_VALUE)
    String text(Actor actor, @PathVariable String cluster, @PathVariable String namespace,
            @PathVariable String pod, @PathVariable String container,
            @RequestParam(name = "tail_lines", required = false) String tailLines,
            @RequestParam(name = "since_seconds", required = false) String sinceSeconds,
            @RequestParam(defaultValue = "false") boolean timestamps,
            @RequestParam(defaultValue = "false") boolean previous,
            @RequestParam(required = false) String grep,
            @RequestParam(name = "match_case", defaultValue = "false") boolean matchCase) {
        List<String> lines = logs(actor, cluster, namespace, pod, container, tailLines, sinceSeconds, timestamps,
                previous, grep, matchCase).lines();
        return lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
    }
}
