package org.kubedeck.web.container;

import java.util.regex.Pattern;
import org.kubedeck.application.container.port.in.ContainerLogsQuery;
import org.kubedeck.application.container.port.in.ContainerTerminalUseCase;
import org.kubedeck.application.container.port.in.LogSnapshotsUseCase;
import org.kubedeck.application.container.port.in.WorkloadLogsQuery;
import org.kubedeck.domain.container.ContainerRef;
import org.kubedeck.domain.container.LogLines;
import org.kubedeck.domain.container.LogQuery;
import org.kubedeck.domain.container.LogSnapshot;
import org.kubedeck.domain.container.MergedLog;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.web.support.Attempt;
import org.kubedeck.web.support.ClusterPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A container's pages: its log (its last lines, filtered and with the matches marked, of this or the previous
 * instance, followed live) and its terminal.
 */
@Controller
class ContainerController {

    private final ContainerLogsQuery logs;
    private final ContainerTerminalUseCase terminals;
    private final WorkloadLogsQuery workloadLogs;
    private final LogSnapshotsUseCase snapshots;

    ContainerController(ContainerLogsQuery logs, ContainerTerminalUseCase terminals,
            WorkloadLogsQuery workloadLogs, LogSnapshotsUseCase snapshots) {
        this.logs = logs;
        this.terminals = terminals;
        this.workloadLogs = workloadLogs;
        this.snapshots = snapshots;
    }

    /** Keeps a snapshot of the log the page shows (its filter and instance; its whole length), and shows it. */
    @PostMapping("/k8s/{cluster}/{namespace}/pods/{pod}/logs/snapshots")
    String snapshot(Actor actor, ClusterPage page, @PathVariable String namespace, @PathVariable String pod,
            @RequestParam String container, LogParams params, RedirectAttributes redirect) {
        LogSnapshot taken = snapshots.take(actor, ContainerRef.of(page.name(), namespace, pod, container),
                params.whole());
        redirect.addFlashAttribute("flash", "snapshots.kept");
        return "redirect:/clusters/" + page.name().value() + "/snapshots/" + taken.id();
    }

    /** The logs of all the workload's pods, merged in time order, each line with its pod. */
    @GetMapping("/k8s/{cluster}/{namespace}/{type}/{workload}/logs")
    String workloadLogs(Actor actor, ClusterPage page, @PathVariable String namespace, @PathVariable String type,
            @PathVariable String workload, @RequestParam(required = false) String container, LogParams params,
            Model model) {
        model.addAttribute("namespace", namespace);
        model.addAttribute("type", type);
        model.addAttribute("workload", workload);
        model.addAttribute("container", container);
        model.addAttribute("params", params);
        model.addAttribute("tailLines", params.tailLines() == null ? String.valueOf(LogParams.PER_POD)
                : params.tailLines());
        Attempt<MergedLog> read = Attempt.of(() -> workloadLogs.logs(actor, WorkloadLogsPage.of(
                page.name().value(), namespace, type, workload, container, params)));
        read.refusal().ifPresent(refusal -> model.addAttribute("error", refusal.message()));
        read.value().ifPresent(log -> {
            Pattern filter = params.perPod().filter().orElse(null);
            model.addAttribute("log", log);
            model.addAttribute("lines", log.lines().stream().map(line -> new MergedLine(line.pod(),
                    LogLine.of(line.text(), filter))).toList());
        });
        return "container/workload-logs";
    }

    /** A merged line as the page shows it: its pod, and its text with what the filter matched marked. */
    record MergedLine(String pod, LogLine line) {
    }

    /** The terminal page, for writers of the cluster; the shell itself starts when its WebSocket connects. */
    @GetMapping("/k8s/{cluster}/{namespace}/pods/{pod}/terminal")
    String terminal(Actor actor, ClusterPage page, @PathVariable String namespace, @PathVariable String pod,
            @RequestParam String container, Model model) {
        terminals.mayOpen(actor, ContainerRef.of(page.name(), namespace, pod, container));
        named(model, namespace, pod, container);
        return "container/terminal";
    }

    @GetMapping("/k8s/{cluster}/{namespace}/pods/{pod}/logs")
    String logs(Actor actor, ClusterPage page, @PathVariable String namespace, @PathVariable String pod,
            @RequestParam String container, LogParams params, Model model) {
        ContainerRef ref = ContainerRef.of(page.name(), namespace, pod, container);
        named(model, namespace, pod, container);
        model.addAttribute("params", params);
        model.addAttribute("tailLines", params.tailLines() == null ? String.valueOf(LogQuery.DEFAULT_LINES)
                : params.tailLines());
        Attempt<LogQuery> query = Attempt.of(params::query);
        query.refusal().ifPresent(refusal -> model.addAttribute("error", refusal.message()));
        query.value().ifPresent(valid -> {
            Attempt<LogLines> read = Attempt.of(() -> logs.logs(actor, ref, valid));
            read.refusal().ifPresent(refusal -> model.addAttribute("error", refusal.message()));
            read.value().ifPresent(found -> {
                model.addAttribute("lines", found.lines().stream()
                        .map(line -> LogLine.of(line, valid.filter().orElse(null))).toList());
                model.addAttribute("scanned", found.scanned());
            });
        });
        return "container/logs";
    }

    private static void named(Model model, String namespace, String pod, String container) {
        model.addAttribute("namespace", namespace);
        model.addAttribute("pod", pod);
        model.addAttribute("container", container);
    }
}
