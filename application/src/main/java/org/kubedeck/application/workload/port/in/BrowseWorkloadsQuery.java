package org.kubedeck.application.workload.port.in;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.kube.ResourceRef;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.workload.LoadLabel;
import org.kubedeck.domain.workload.NamespaceSummary;
import org.kubedeck.domain.workload.NamespacedWorkload;
import org.kubedeck.domain.workload.PodDetail;
import org.kubedeck.domain.workload.PodView;
import org.kubedeck.domain.workload.WorkloadView;

/**
 * Cluster → namespace → workload type → workload → pods, for anyone who may view the cluster. A cluster the
 * actor may not see, an unknown namespace or workload: NotFoundException.
 */
public interface BrowseWorkloadsQuery {

    List<String> namespaces(Actor actor, ClusterName cluster);

    /**
     * Whether the namespace's objects can be shown at once, after waiting at most {@code wait}: false while the
     * console is still reading a large namespace for the first time, when a page shows that it is loading.
     */
    boolean ready(Actor actor, ClusterName cluster, String namespace, Duration wait);

    List<WorkloadTypeCount> workloadTypes(Actor actor, ClusterName cluster, String namespace);

    List<WorkloadView> workloads(Actor actor, ClusterName cluster, String namespace, ResourceKind type);

    /** A workload ({@link ResourceKind#WORKLOADS}) with its pods, the Services in front and planned restores. */
    WorkloadDetail workload(Actor actor, ResourceRef workload);

    record WorkloadTypeCount(ResourceKind type, int count) {
    }

    /** A Service in front of the workload, and whether it routes by the load label (so a kick matters). */
    record ServiceInFront(String name, boolean routesByLoadLabel) {
    }

    /** {@code restoresDue}: pod name → when a planned automatic restore puts it back. */
    /** Every namespace with its pods ready, its workloads not ready and its age (read on the cluster). */
    List<NamespaceSummary> namespaceSummaries(Actor actor, ClusterName cluster);

    /** The workloads of one type in every namespace, by namespace then name (read on the cluster). */
    List<NamespacedWorkload> workloadsEverywhere(Actor actor, ClusterName cluster, ResourceKind type);

    /** One pod with its containers, conditions and events; NotFoundException when it does not exist. */
    PodDetail pod(Actor actor, ResourceRef pod);

    record WorkloadDetail(WorkloadView workload, List<PodView> pods, List<ServiceInFront> services,
            LoadLabel loadLabel, Map<String, Instant> restoresDue) {

        /** The pods ready and not kicked out: what the Services in front send traffic to. */
        public long serving() {
            return pods.stream().filter(pod -> pod.serving(loadLabel)).count();
        }
    }
}
