package org.kubedeck.application.workload;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kubedeck.application.UseCase;
import org.kubedeck.application.kube.ClusterGate;
import org.kubedeck.application.workload.port.in.BrowseWorkloadsQuery;
import org.kubedeck.application.workload.port.out.NamespaceOverview;
import org.kubedeck.application.workload.port.out.PodDetails;
import org.kubedeck.application.workload.port.out.RestoreSchedule;
import org.kubedeck.application.workload.port.out.WorkloadReader;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.NotFoundException;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.kube.ResourceRef;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.ClusterAction;
import org.kubedeck.domain.workload.LoadLabel;
import org.kubedeck.domain.workload.NamespaceSummary;
import org.kubedeck.domain.workload.NamespacedWorkload;
import org.kubedeck.domain.workload.PodDetail;
import org.kubedeck.domain.workload.PodView;
import org.kubedeck.domain.workload.WorkloadView;

/** Namespaces, workloads and their pods as the console shows them; read from the cluster's watch-fed cache. */
@UseCase
class BrowseWorkloadsService implements BrowseWorkloadsQuery {

    private final ClusterGate gate;
    private final WorkloadReader reader;
    private final PodDetails details;
    private final NamespaceOverview overview;
    private final RestoreSchedule restores;
    private final LoadLabel load;

    BrowseWorkloadsService(ClusterGate gate, WorkloadReader reader, PodDetails details, NamespaceOverview overview,
            RestoreSchedule restores, LoadLabel load) {
        this.gate = gate;
        this.reader = reader;
        this.details = details;
        this.overview = overview;
        this.restores = restores;
        this.load = load;
    }
    @Override
    public List<String> namespaces(Actor actor, ClusterName cluster) {
        return reader.namespaces(viewable(actor, cluster, cluster.value()));
    }

    @Override
    public boolean ready(Actor actor, ClusterName cluster, String namespace, Duration wait) {
        return reader.ready(viewable(actor, cluster, namespace), namespace, wait);
    }

    @Override
    public List<WorkloadTypeCount> workloadTypes(Actor actor, ClusterName cluster, String namespace) {
        ClusterAccess access = namespaceOf(actor, cluster, namespace);
        List<WorkloadTypeCount> counts = new ArrayList<>();
        for (ResourceKind type : ResourceKind.WORKLOADS) {
            counts.add(new WorkloadTypeCount(type, reader.workloads(access, namespace, type).size()));
        }
        return counts;
    }

    @Override
    public List<WorkloadView> workloads(Actor actor, ClusterName cluster, String namespace, ResourceKind type) {
        return reader.workloads(namespaceOf(actor, cluster, namespace), namespace, type);
    }

    @Override
    public WorkloadDetail workload(Actor actor, ResourceRef ref) {
        ClusterName cluster = ref.cluster();
        String namespace = ref.namespace();
        ClusterAccess access = viewable(actor, cluster, namespace + "/" + ref.name());
        WorkloadView workload = reader.workload(access, namespace, ref.kind(), ref.name())
                .orElseThrow(() -> new NotFoundException(Message.of("kube.objectDoesNotExistInCluster",
                        "{0} {1}/{2} does not exist in cluster '{3}'.", ref.kind().kind(), namespace, ref.name(),
                        cluster)));
        List<PodView> pods = reader.pods(access, namespace, workload);
        List<ServiceInFront> inFront = reader.services(access, namespace).stream()
                .filter(service -> service.frontsIgnoring(load.key(), workload.selector())
                        || pods.stream().anyMatch(pod -> service.frontsIgnoring(load.key(), pod.labels())))
                .map(service -> new ServiceInFront(service.name(), service.routesBy(load.key())))
                .toList();
        Map<String, Instant> due = new HashMap<>();
        restores.planned(cluster, namespace).forEach(r -> due.put(r.pod(), r.dueAt()));
        return new WorkloadDetail(workload, pods, inFront, load, due);
    }

    @Override
    public List<NamespaceSummary> namespaceSummaries(Actor actor, ClusterName cluster) {
        return overview.summaries(viewable(actor, cluster, cluster.value()));
    }

    @Override
    public List<NamespacedWorkload> workloadsEverywhere(Actor actor, ClusterName cluster, ResourceKind type) {
        return overview.workloadsEverywhere(viewable(actor, cluster, cluster.value()), type);
    }

    @Override
    public PodDetail pod(Actor actor, ResourceRef pod) {
        ClusterAccess access = viewable(actor, pod.cluster(), pod.namespace() + "/" + pod.name());
        return details.detail(access, pod.namespace(), pod.name()).orElseThrow(() -> new NotFoundException(
                Message.of("workload.podDoesNotExist", "Pod {0}/{1} does not exist in cluster '{2}'.",
                        pod.namespace(), pod.name(), pod.cluster())));
    }

    private ClusterAccess viewable(Actor actor, ClusterName cluster, String target) {
        return gate.open(actor, cluster, ClusterAction.VIEW, "view cluster " + cluster, target);
    }

    private ClusterAccess namespaceOf(Actor actor, ClusterName cluster, String namespace) {
        ClusterAccess access = viewable(actor, cluster, namespace);
        if (!reader.namespaceExists(access, namespace)) {
            throw new NotFoundException(Message.of("workload.namespaceDoesNotExist",
                    "Namespace '{0}' does not exist in cluster '{1}'.", namespace, cluster));
        }
        return access;
    }
}
