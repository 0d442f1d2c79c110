package org.kubedeck.application.workload.port.out;

import java.util.List;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.workload.NamespaceSummary;
import org.kubedeck.domain.workload.NamespacedWorkload;

/** What a cluster's page shows of all its namespaces at once, read from the cluster when asked. */
public interface NamespaceOverview {

    /** Every namespace, sorted by name, with its counts where the credential may list them. */
    List<NamespaceSummary> summaries(ClusterAccess cluster);

    /** The workloads of {@code type} in every namespace, by namespace then name. */
    List<NamespacedWorkload> workloadsEverywhere(ClusterAccess cluster, ResourceKind type);
}
