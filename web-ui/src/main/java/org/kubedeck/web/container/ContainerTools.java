package org.kubedeck.web.container;

import java.util.List;
import org.kubedeck.application.container.port.in.ContainerLogsQuery;
import org.kubedeck.application.workload.port.in.BrowseWorkloadsQuery;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.container.ContainerRef;
import org.kubedeck.domain.container.LogLines;
import org.kubedeck.domain.container.LogQuery;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.kube.ResourceRef;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.workload.PodDetail;
import org.kubedeck.web.support.mcp.McpArguments;
import org.kubedeck.web.support.mcp.McpInput;
import org.kubedeck.web.support.mcp.McpTool;
import org.kubedeck.web.support.mcp.McpToolbox;
import org.springframework.stereotype.Component;

/** A container's log as a tool. */
@Component
class ContainerTools implements McpToolbox {

    /** The lines pods_log answers without tail_lines: enough to read, few enough for a model's context. */
    static final int DEFAULT_LINES = 200;

    private final ContainerLogsQuery logs;
    private final BrowseWorkloadsQuery browse;

    ContainerTools(ContainerLogsQuery logs, BrowseWorkloadsQuery browse) {
        this.logs = logs;
        this.browse = browse;
    }

    /** {@code scanned}: the lines read before the pattern chose among them. */
    record PodLogJson(String container, List<String> lines, int scanned) {
    }

    @Override
    public List<McpTool> tools() {
        return List.of(McpTool.reading("pods_log", "Read a pod's log", "The last lines of a container's log, "
                + "optionally only those that match a regular expression.",
                McpInput.pod()
                        .text("container", "The container; the pod's first when left out.", false)
                        .integer("tail_lines", "How many of the last lines, 1 to " + LogQuery.MOST_LINES
                                + " (default " + DEFAULT_LINES + ").", false)
                        .text("grep", "Only lines matching this regular expression (case-insensitive).", false),
                this::log));
    }

    private PodLogJson log(Actor actor, McpArguments args) {
        ResourceRef pod = new ResourceRef(args.cluster(), args.text("namespace"), ResourceKind.POD, args.text("pod"));
        String container = args.optionalText("container");
        if (container == null || container.isBlank()) {
            container = browse.pod(actor, pod).containers().stream().filter(view -> !view.init())
                    .map(PodDetail.ContainerView::name).findFirst()
                    .orElseThrow(() -> new InvalidInputException("container", Message.of("mcp.podHasNoContainer",
                            "The pod has no container.")));
        }
        Integer tail = args.optionalInteger("tail_lines");
        LogLines read = logs.logs(actor, new ContainerRef(pod, container), new LogQuery(tail == null ? DEFAULT_LINES
                : tail, null, false, false, args.optionalText("grep"), false));
        return new PodLogJson(container, read.lines(), read.scanned());
    }
}
