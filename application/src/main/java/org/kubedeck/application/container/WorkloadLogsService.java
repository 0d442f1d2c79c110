package org.kubedeck.application.container;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.kubedeck.application.UseCase;
import org.kubedeck.application.container.port.in.WorkloadLogsQuery;
import org.kubedeck.application.container.port.out.ContainerLogs;
import org.kubedeck.application.container.port.out.ContainerLogs.LogReader;
import org.kubedeck.application.kube.ClusterGate;
import org.kubedeck.application.workload.port.out.WorkloadReader;
import org.kubedeck.domain.DomainException;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.NotFoundException;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.container.ContainerRef;
import org.kubedeck.domain.container.LogQuery;
import org.kubedeck.domain.container.MergedLog;
import org.kubedeck.domain.container.PodLogLine;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.kube.ResourceRef;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.ClusterAction;
import org.kubedeck.domain.workload.PodView;
import org.kubedeck.domain.workload.WorkloadView;

/** Reads the logs of a workload's pods, one pod after the other, and merges them by the kubelet's timestamps. */
@UseCase
class WorkloadLogsService implements WorkloadLogsQuery {

    private final ClusterGate gate;
    private final WorkloadReader workloads;
    private final ContainerLogs logs;

    WorkloadLogsService(ClusterGate gate, WorkloadReader workloads, ContainerLogs logs) {
        this.gate = gate;
        this.workloads = workloads;
        this.logs = logs;
    }

    @Override
    public MergedLog logs(Actor actor, WorkloadLogs command) {
        ClusterAccess access = gate.open(actor, command.namespace(), ClusterAction.VIEW, "read the logs of "
                + (command.workload() != null ? command.workload().describe() : "the pods of a selector"));
        String namespace = command.namespace().namespace();
        List<PodView> pods = pods(access, command);
        LogQuery query = command.query().stamped();
        Pattern filter = query.filter().orElse(null);
        List<List<PodLogLine>> perPod = new ArrayList<>();
        List<MergedLog.Unread> unread = new ArrayList<>();
        for (PodView pod : pods) {
            String container = command.container() != null ? command.container()
                    : pod.containerNames().stream().findFirst().orElse(null);
            if (container == null) {
                continue;
            }
            List<PodLogLine> lines = new ArrayList<>();
            try (LogReader reader = logs.open(access, ContainerRef.of(command.namespace().cluster(), namespace,
                    pod.name(), container), query)) {
                for (String text = reader.next(); text != null; text = reader.next()) {
                    PodLogLine line = PodLogLine.parse(pod.name(), container, text);
                    if (filter == null || filter.matcher(line.text()).find()) {
                        lines.add(line);
                    }
                }
                perPod.add(lines);
            } catch (DomainException e) {
                unread.add(new MergedLog.Unread(pod.name(), e.getMessage()));
            }
        }
        return MergedLog.merge(perPod, pods.stream().map(PodView::name).toList(), unread);
    }

    private List<PodView> pods(ClusterAccess access, WorkloadLogs command) {
        String namespace = command.namespace().namespace();
        ResourceRef workload = command.workload();
        if (workload == null) {
            return workloads.pods(access, namespace, new WorkloadView("selector", ResourceKind.DEPLOYMENT,
                    Map.of(), command.selector().requirements(), 0, 0));
        }
        WorkloadView found = workloads.workload(access, namespace, workload.kind(), workload.name())
                .orElseThrow(() -> new NotFoundException(Message.of("kube.objectDoesNotExist",
                        "{0} {1}/{2} does not exist.", workload.kind().kind(), namespace, workload.name())));
        return workloads.pods(access, namespace, found);
    }
}
