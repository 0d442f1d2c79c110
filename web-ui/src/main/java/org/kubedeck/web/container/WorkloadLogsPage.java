package org.kubedeck.web.container;

import org.kubedeck.application.container.port.in.WorkloadLogsQuery.WorkloadLogs;
import org.kubedeck.web.support.ClusterParameter;

/** The merged logs a workload's page or API path names. */
final class WorkloadLogsPage {

    private WorkloadLogsPage() {
    }

    static WorkloadLogs of(String cluster, String namespace, String kind, String name, String container,
            LogParams params) {
        return new WorkloadLogs(ClusterParameter.namespace(cluster, namespace),
                ClusterParameter.object(cluster, namespace, kind, name), null, container, params.perPod());
    }
}
