package org.kubedeck.application.container.port.in;

import java.util.Objects;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.container.LogQuery;
import org.kubedeck.domain.container.MergedLog;
import org.kubedeck.domain.kube.LabelSelector;
import org.kubedeck.domain.kube.NamespaceRef;
import org.kubedeck.domain.kube.ResourceRef;
import org.kubedeck.domain.user.Actor;

/** The logs of all pods of a workload, or of a label selector, merged in time order (read on the cluster). */
public interface WorkloadLogsQuery {

    /**
     * Each pod's lines the query selects (its tail is per pod), those that match its filter, merged by the kubelet's
     * timestamps. A pod whose log cannot be read is named in {@link MergedLog#unread()} rather than failing the
     * rest. NotFoundException when the workload does not exist.
     */
    MergedLog logs(Actor actor, WorkloadLogs command);

    /**
     * Whose logs: the pods of {@code workload}, or, without one, those {@code selector} picks in {@code namespace}.
     *
     * @param container the container to read in each pod; null for each pod's first
     */
    record WorkloadLogs(NamespaceRef namespace, ResourceRef workload, LabelSelector selector, String container,
            LogQuery query) {

        public WorkloadLogs {
            Objects.requireNonNull(namespace);
            Objects.requireNonNull(query);
            if (workload == null && (selector == null || selector.requirements().isEmpty())) {
                throw new InvalidInputException(LabelSelector.FIELD, Message.of("logs.nameWorkloadOrSelector",
                        "Name a workload, or a label selector that picks its pods."));
            }
            container = container == null || container.isBlank() ? null : container;
        }
    }
}
