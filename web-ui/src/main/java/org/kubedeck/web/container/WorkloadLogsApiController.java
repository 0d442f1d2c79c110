package org.kubedeck.web.container;

import java.util.List;
import java.util.stream.Collectors;
import org.kubedeck.application.container.port.in.WorkloadLogsQuery;
import org.kubedeck.application.container.port.in.WorkloadLogsQuery.WorkloadLogs;
import org.kubedeck.domain.container.MergedLog;
import org.kubedeck.domain.container.PodLogLine;
import org.kubedeck.domain.kube.LabelSelector;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.web.support.ClusterParameter;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The logs of all pods of a workload, or of the pods a label selector picks, merged in time order with the pod on
 * each line: JSON or plain text, by the request's {@code Accept}.
 */
@RestController
class WorkloadLogsApiController {

    private final WorkloadLogsQuery logs;

    WorkloadLogsApiController(WorkloadLogsQuery logs) {
        this.logs = logs;
    }

    record LineJson(String pod, String container, String time, String text) {

        static LineJson of(PodLogLine line) {
            return new LineJson(line.pod(), line.container(), line.time() == null ? null : line.time().toString(),
                    line.text());
        }
    }

    record UnreadJson(String pod, String message) {
    }

    record MergedJson(List<LineJson> lines, List<String> pods, List<UnreadJson> unread) {

        static MergedJson of(MergedLog log) {
            return new MergedJson(log.lines().stream().map(LineJson::of).toList(), log.pods(),
                    log.unread().stream().map(unread -> new UnreadJson(unread.pod(), unread.message())).toList());
        }
    }

    @GetMapping(value = "/api/k8s/workloads/{cluster}/{namespace}/{kind}/{name}/logs",
            produces = MediaType.APPLICATION_JSON_VALUE)
    MergedJson workload(Actor actor, @PathVariable String cluster, @PathVariable String namespace,
            @PathVariable String kind, @PathVariable String name,
            @RequestParam(required = false) String container, LogParams params) {
        return MergedJson.of(logs.logs(actor, WorkloadLogsPage.of(cluster, namespace, kind, name, container,
                params)));
    }

    @GetMapping(value = "/api/k8s/workloads/{cluster}/{namespace}/{kind}/{name}/logs",
            produces = MediaType.TEXT_PLAIN_VALUE)
    String workloadText(Actor actor, @PathVariable String cluster, @PathVariable String namespace,
            @PathVariable String kind, @PathVariable String name,
            @RequestParam(required = false) String container, LogParams params) {
        return text(logs.logs(actor, WorkloadLogsPage.of(cluster, namespace, kind, name, container, params)),
                params);
    }

    /** The pods a label selector picks in the namespace ({@code ?selector=app=web}). */
    @GetMapping(value = "/api/k8s/workloads/{cluster}/{namespace}/logs", produces = MediaType.APPLICATION_JSON_VALUE)
    MergedJson selected(Actor actor, @PathVariable String cluster, @PathVariable String namespace,
            @RequestParam(required = false) String selector, @RequestParam(required = false) String container,
            LogParams params) {
        return MergedJson.of(logs.logs(actor, new WorkloadLogs(ClusterParameter.namespace(cluster, namespace), null,
                LabelSelector.parse(selector == null ? "" : selector), container, params.perPod())));
    }

    /** One line a line: the pod, the kubelet's time when asked for ({@code timestamps}), the text. */
    private static String text(MergedLog log, LogParams params) {
        boolean stamped = Boolean.TRUE.equals(params.timestamps());
        return log.lines().stream().map(line -> line.pod() + " " + (stamped && line.time() != null
                ? line.time() + " " : "") + line.text() + "\n").collect(Collectors.joining());
    }
}
