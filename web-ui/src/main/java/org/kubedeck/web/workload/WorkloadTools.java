package org.kubedeck.web.workload;

import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import org.kubedeck.application.workload.port.in.BrowseWorkloadsQuery;
import org.kubedeck.application.workload.port.in.ChangePodLoadUseCase;
import org.kubedeck.application.workload.port.in.ChangePodLoadUseCase.LoadChange;
import org.kubedeck.application.workload.port.in.ChangePodLoadUseCase.LoadChangeCommand;
import org.kubedeck.domain.ConflictException;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.workload.KickWarning;
import org.kubedeck.domain.workload.LoadAction;
import org.kubedeck.domain.workload.LoadLabel;
import org.kubedeck.web.support.mcp.McpArguments;
import org.kubedeck.web.support.mcp.McpInput;
import org.kubedeck.web.support.mcp.McpTool;
import org.kubedeck.web.support.mcp.McpToolbox;
import org.kubedeck.web.workload.WorkloadApiController.PodJson;
import org.springframework.stereotype.Component;

/** The pod load console's tools: namespaces, and kicking pods out of load or restoring them. */
@Component
class WorkloadTools implements McpToolbox {

    private final BrowseWorkloadsQuery browse;
    private final ChangePodLoadUseCase changeLoad;
    private final LoadLabel load;
    private final Clock clock;

    WorkloadTools(BrowseWorkloadsQuery browse, ChangePodLoadUseCase changeLoad, LoadLabel load, Clock clock) {
        this.browse = browse;
        this.changeLoad = changeLoad;
        this.load = load;
        this.clock = clock;
    }

    record NamespacesJson(List<String> namespaces) {
    }

    @Override
    public List<McpTool> tools() {
        return List.of(
                McpTool.reading("namespaces_list", "List namespaces", "The namespaces of a cluster.",
                        McpInput.cluster(), (actor, args) -> new NamespacesJson(browse.namespaces(actor,
                                args.cluster()))),
                McpTool.changing("pod_kick", "Kick a pod out of load", "Takes a pod out of load balancing: its "
                        + "label '" + load.key() + "' becomes '" + load.done() + "', so the Services that select "
                        + "'" + load.key() + ": " + load.online() + "' send it nothing. Refused when a Service "
                        + "would be left without a pod, unless confirm is true.",
                        McpInput.pod().flag("confirm", "Kick even when a Service would be left without pods."), true,
                        (actor, args) -> change(actor, args, LoadAction.KICK)),
                McpTool.changing("pod_restore", "Restore a pod to load", "Puts a kicked pod back into load "
                        + "balancing: its label '" + load.key() + "' becomes '" + load.online() + "'.", McpInput.pod(), false,
                        (actor, args) -> change(actor, args, LoadAction.RESTORE)));
    }

    private PodJson change(Actor actor, McpArguments args, LoadAction action) {
        LoadChange change = changeLoad.changeLoad(actor, new LoadChangeCommand(args.cluster(),
                args.text("namespace"), List.of(args.text("pod")), action, args.flag("confirm")));
        if (!change.applied()) {
            throw new ConflictException(Message.of("mcp.kickNeedsConfirm",
                    "Nothing was changed: {0} Call again with confirm: true to kick anyway.",
                    change.warnings().stream().map(KickWarning::text).collect(Collectors.joining(" "))));
        }
        if (!change.failures().isEmpty()) {
            throw new ConflictException(change.failures().get(0).message());
        }
        return PodJson.of(change.changes().get(0).pod(), load, clock.instant());
    }
}
