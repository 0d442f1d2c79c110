package org.kubedeck.adapters.k8s.workload;

import io.kubernetes.client.custom.V1Patch;
import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.openapi.ApiException;
import io.kubernetes.client.openapi.JSON;
import io.kubernetes.client.openapi.apis.AppsV1Api;
import io.kubernetes.client.openapi.apis.CoreV1Api;
import io.kubernetes.client.openapi.models.CoreV1Event;
import io.kubernetes.client.openapi.models.V1Namespace;
import io.kubernetes.client.openapi.models.V1OwnerReference;
import io.kubernetes.client.openapi.models.V1Pod;
import io.kubernetes.client.openapi.models.V1ReplicaSet;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.kubedeck.adapters.k8s.KubernetesCalls;
import org.kubedeck.adapters.k8s.ObjectRequests;
import org.kubedeck.adapters.k8s.ObjectRequests.Subject;
import org.kubedeck.adapters.k8s.ObjectRequests.Verb;
import org.kubedeck.adapters.k8s.kube.LiveResources;
import org.kubedeck.application.workload.port.out.NamespaceOverview;
import org.kubedeck.application.workload.port.out.PodDetails;
import org.kubedeck.application.workload.port.out.PodLabeler;
import org.kubedeck.application.workload.port.out.WorkloadReader;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.kube.LiveResource;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.kube.SelectorRequirement;
import org.kubedeck.domain.workload.NamespaceSummary;
import org.kubedeck.domain.workload.NamespacedWorkload;
import org.kubedeck.domain.workload.PodDetail;
import org.kubedeck.domain.workload.PodDetail.PodOwner;
import org.kubedeck.domain.workload.PodView;
import org.kubedeck.domain.workload.ServiceView;
import org.kubedeck.domain.workload.WorkloadView;
import org.springframework.stereotype.Component;

/**
 * Talks to the API server directly, one set of requests per question: the {@link PodLabeler}, the pod page's
 * {@link PodDetails}, the cluster page's {@link NamespaceOverview}, and the reads
 * {@link WorkloadInformerAdapter} (the WorkloadReader) falls back to while a namespace's watches are not ready.
 * Its read methods keep the {@link WorkloadReader} contract without implementing the interface, so the
 * application sees one WorkloadReader.
 */
@Component
class WorkloadKubernetesAdapter implements PodLabeler, PodDetails, NamespaceOverview {

    /** A change of a pod's load label is refused, or finds the pod missing, as any other object write does. */
    private static final ObjectRequests LOAD = new ObjectRequests("pod", "label change");
    private static final int FORBIDDEN = 403;
    private static final int NOT_FOUND = 404;
    private static final Comparator<NamespaceSummary> BY_NAME = Comparator.comparing(NamespaceSummary::name);

    private final KubernetesCalls calls;

    WorkloadKubernetesAdapter(KubernetesCalls calls) {
        this.calls = calls;
    }

    public List<String> namespaces(ClusterAccess cluster) {
        return calls.call(cluster, client -> new CoreV1Api(client).listNamespace().execute()).getItems().stream()
                .map(namespace -> namespace.getMetadata().getName())
                .sorted()
                .toList();
    }

    public boolean namespaceExists(ClusterAccess cluster, String namespace) {
        Optional<V1Namespace> found = calls.find(cluster,
                client -> new CoreV1Api(client).readNamespace(namespace).execute());
        return found.isPresent();
    }

    public List<WorkloadView> workloads(ClusterAccess cluster, String namespace, ResourceKind type) {
        return calls.call(cluster, client -> listWorkloads(client, namespace, type))
                .sorted(Comparator.comparing(WorkloadView::name))
                .toList();
    }

    public Optional<WorkloadView> workload(ClusterAccess cluster, String namespace, ResourceKind type,
            String name) {
        if (type.equals(ResourceKind.DEPLOYMENT)) {
            return calls.find(cluster, client -> new AppsV1Api(client).readNamespacedDeployment(name, namespace)
                    .execute()).map(WorkloadMapper::deployment);
        }
        if (type.equals(ResourceKind.STATEFULSET)) {
            return calls.find(cluster, client -> new AppsV1Api(client).readNamespacedStatefulSet(name, namespace)
                    .execute()).map(WorkloadMapper::statefulSet);
        }
        if (type.equals(ResourceKind.DAEMONSET)) {
            return calls.find(cluster, client -> new AppsV1Api(client).readNamespacedDaemonSet(name, namespace)
                    .execute()).map(WorkloadMapper::daemonSet);
        }
        return calls.find(cluster, client -> new CoreV1Api(client).readNamespacedPod(name, namespace).execute())
                .filter(WorkloadMapper::isBare).map(WorkloadMapper::barePod);
    }

    public List<PodView> pods(ClusterAccess cluster, String namespace, WorkloadView workload) {
        if (workload.type().equals(ResourceKind.POD)) {
            return pod(cluster, namespace, workload.name()).map(List::of).orElse(List.of());
        }
        if (!workload.hasSelector()) {
            return List.of();
        }
        return calls.call(cluster, client -> {
            List<V1Pod> pods = new CoreV1Api(client).listNamespacedPod(namespace)
                    .labelSelector(labelSelector(workload)).execute().getItems().stream()
                    // The server applies the selector; this keeps the answer right where it is applied loosely.
                    .filter(pod -> workload.selects(WorkloadMapper.podLabels(pod)))
                    .toList();
            Map<String, String> nodeIps = nodeIps(client);
            return pods.stream()
                    .map(pod -> WorkloadMapper.pod(pod, nodeIps.get(WorkloadMapper.nodeName(pod))))
                    .sorted(Comparator.comparing(PodView::name))
                    .toList();
        });
    }

    public Optional<PodView> pod(ClusterAccess cluster, String namespace, String name) {
        return calls.find(cluster, client -> withNodeIp(client,
                new CoreV1Api(client).readNamespacedPod(name, namespace).execute()));
    }

    /** The pod, its node's InternalIP, its controlling workload and its events, in one call to the cluster. */
    @Override
    public Optional<PodDetail> detail(ClusterAccess cluster, String namespace, String name) {
        return calls.find(cluster, client -> {
            CoreV1Api core = new CoreV1Api(client);
            V1Pod pod = core.readNamespacedPod(name, namespace).execute();
            PodView summary = withNodeIp(client, pod);
            return PodDetailMapper.detail(pod, summary.nodeIp(), owner(client, namespace, pod),
                    events(core, namespace, name));
        });
    }

    /**
     * Five lists for the whole cluster (namespaces, pods, and the three workload kinds) rather than five per
     * namespace. A credential that may not list them across namespaces gets the namespaces' names alone.
     */
    @Override
    public List<NamespaceSummary> summaries(ClusterAccess cluster) {
        return calls.call(cluster, client -> {
            CoreV1Api core = new CoreV1Api(client);
            List<V1Namespace> namespaces = core.listNamespace().execute().getItems();
            Map<String, int[]> counts = new HashMap<>();
            try {
                for (V1Pod pod : core.listPodForAllNamespaces().execute().getItems()) {
                    int[] count = counts.computeIfAbsent(pod.getMetadata().getNamespace(), n -> new int[4]);
                    count[0]++;
                    count[1] += WorkloadMapper.pod(pod, null).ready() ? 1 : 0;
                }
                for (ResourceKind type : List.of(ResourceKind.DEPLOYMENT, ResourceKind.STATEFULSET,
                        ResourceKind.DAEMONSET)) {
                    for (NamespacedWorkload found : listEverywhere(client, type)) {
                        int[] count = counts.computeIfAbsent(found.namespace(), n -> new int[4]);
                        count[2]++;
                        count[3] += found.workload().readyReplicas() < found.workload().desiredReplicas() ? 1 : 0;
                    }
                }
            } catch (ApiException e) {
                if (e.getCode() != FORBIDDEN) {
                    throw e;
                }
                return namespaces.stream().map(WorkloadKubernetesAdapter::named).sorted(BY_NAME).toList();
            }
            return namespaces.stream().map(namespace -> {
                NamespaceSummary named = named(namespace);
                int[] count = counts.getOrDefault(named.name(), new int[4]);
                return new NamespaceSummary(named.name(), named.phase(), named.createdAt(), true, count[0], count[1],
                        count[2], count[3]);
            }).sorted(BY_NAME).toList();
        });
    }

    @Override
    public List<NamespacedWorkload> workloadsEverywhere(ClusterAccess cluster, ResourceKind type) {
        return calls.call(cluster, client -> listEverywhere(client, type)).stream()
                .sorted(Comparator.comparing(NamespacedWorkload::namespace)
                        .thenComparing(found -> found.workload().name()))
                .toList();
    }

    private static List<NamespacedWorkload> listEverywhere(ApiClient client, ResourceKind type) throws ApiException {
        AppsV1Api apps = new AppsV1Api(client);
        if (type.equals(ResourceKind.DEPLOYMENT)) {
            return apps.listDeploymentForAllNamespaces().execute().getItems().stream()
                    .map(found -> new NamespacedWorkload(found.getMetadata().getNamespace(),
                            WorkloadMapper.deployment(found))).toList();
        }
        if (type.equals(ResourceKind.STATEFULSET)) {
            return apps.listStatefulSetForAllNamespaces().execute().getItems().stream()
                    .map(found -> new NamespacedWorkload(found.getMetadata().getNamespace(),
                            WorkloadMapper.statefulSet(found))).toList();
        }
        if (type.equals(ResourceKind.DAEMONSET)) {
            return apps.listDaemonSetForAllNamespaces().execute().getItems().stream()
                    .map(found -> new NamespacedWorkload(found.getMetadata().getNamespace(),
                            WorkloadMapper.daemonSet(found))).toList();
        }
        return new CoreV1Api(client).listPodForAllNamespaces().execute().getItems().stream()
                .filter(WorkloadMapper::isBare)
                .map(found -> new NamespacedWorkload(found.getMetadata().getNamespace(), WorkloadMapper.barePod(found)))
                .toList();
    }

    private static NamespaceSummary named(V1Namespace namespace) {
        OffsetDateTime created = namespace.getMetadata().getCreationTimestamp();
        return NamespaceSummary.named(namespace.getMetadata().getName(),
                namespace.getStatus() == null ? null : namespace.getStatus().getPhase(),
                created == null ? null : created.toInstant());
    }

    public List<ServiceView> services(ClusterAccess cluster, String namespace) {
        return calls.call(cluster, client -> new CoreV1Api(client).listNamespacedService(namespace).execute())
                .getItems().stream()
                .map(WorkloadMapper::service)
                .sorted(Comparator.comparing(ServiceView::name))
                .toList();
    }

    /** A JSON merge patch: the fake and every server version accept it, and it leaves the other labels alone. */
    @Override
    public LiveResource setLabel(ClusterAccess cluster, String namespace, String pod, String key, String value) {
        V1Patch patch = new V1Patch(JSON.serialize(Map.of("metadata", Map.of("labels", Map.of(key, value)))));
        Subject subject = Subject.object(ResourceKind.POD, namespace, pod);
        // Through the generic API, as the versions read objects: the answer is recorded exactly as a read gives it.
        return calls.call(cluster, client -> LiveResources.of(ResourceKind.POD, LOAD.stored(
                ObjectRequests.send(() -> ObjectRequests.genericApi(client, ResourceKind.POD).patch(namespace, pod,
                        V1Patch.PATCH_FORMAT_JSON_MERGE_PATCH, patch)), Verb.PATCH, subject, client.getBasePath())));
    }

    private static Stream<WorkloadView> listWorkloads(ApiClient client, String namespace, ResourceKind type)
            throws ApiException {
        if (type.equals(ResourceKind.DEPLOYMENT)) {
            return new AppsV1Api(client).listNamespacedDeployment(namespace).execute().getItems().stream()
                    .map(WorkloadMapper::deployment);
        }
        if (type.equals(ResourceKind.STATEFULSET)) {
            return new AppsV1Api(client).listNamespacedStatefulSet(namespace).execute().getItems().stream()
                    .map(WorkloadMapper::statefulSet);
        }
        if (type.equals(ResourceKind.DAEMONSET)) {
            return new AppsV1Api(client).listNamespacedDaemonSet(namespace).execute().getItems().stream()
                    .map(WorkloadMapper::daemonSet);
        }
        return new CoreV1Api(client).listNamespacedPod(namespace).execute().getItems().stream()
                .filter(WorkloadMapper::isBare).map(WorkloadMapper::barePod);
    }

    /** {@code app=web,tier in (front)}; labels sorted so the same workload always sends the same query. */
    private static String labelSelector(WorkloadView workload) {
        return Stream.concat(new TreeMap<>(workload.selector()).entrySet().stream()
                                .map(label -> label.getKey() + "=" + label.getValue()),
                        workload.expressions().stream().map(SelectorRequirement::toQuery))
                .collect(Collectors.joining(","));
    }

    /** The workload a controller made the pod for: a ReplicaSet's own owner (its Deployment) where it has one. */
    private static PodOwner owner(ApiClient client, String namespace, V1Pod pod) throws ApiException {
        Optional<V1OwnerReference> controller = PodDetailMapper.controller(pod.getMetadata() == null ? null
                : pod.getMetadata().getOwnerReferences());
        if (controller.isEmpty()) {
            return null;
        }
        V1OwnerReference owner = controller.get();
        if ("ReplicaSet".equals(owner.getKind())) {
            try {
                V1ReplicaSet replicaSet = new AppsV1Api(client).readNamespacedReplicaSet(owner.getName(), namespace)
                        .execute();
                Optional<V1OwnerReference> deployment = PodDetailMapper.controller(replicaSet.getMetadata() == null
                        ? null : replicaSet.getMetadata().getOwnerReferences());
                if (deployment.isPresent()) {
                    return new PodOwner(deployment.get().getKind(), deployment.get().getName());
                }
            } catch (ApiException e) {
                // A ReplicaSet the credential may not read, or one just gone, is named itself.
                if (e.getCode() != FORBIDDEN && e.getCode() != NOT_FOUND) {
                    throw e;
                }
            }
        }
        return new PodOwner(owner.getKind(), owner.getName());
    }

    /** The pod's events; none where the credential may not list events. */
    private static List<CoreV1Event> events(CoreV1Api core, String namespace, String pod) throws ApiException {
        try {
            return core.listNamespacedEvent(namespace).fieldSelector("involvedObject.kind=Pod,involvedObject.name="
                    + pod).execute().getItems();
        } catch (ApiException e) {
            if (e.getCode() == FORBIDDEN) {
                return List.of();
            }
            throw e;
        }
    }

    /**
     * Every node's InternalIP, read once for a whole table of pods. A credential limited to namespaces may not
     * list nodes; its pods still show, without node IPs.
     */
    private static Map<String, String> nodeIps(ApiClient client) throws ApiException {
        try {
            return WorkloadMapper.internalIps(new CoreV1Api(client).listNode().execute().getItems());
        } catch (ApiException e) {
            if (e.getCode() == FORBIDDEN) {
                return Map.of();
            }
            throw e;
        }
    }

    /** One pod with its node's InternalIP, read alone: cheaper than listing every node for it. */
    private static PodView withNodeIp(ApiClient client, V1Pod pod) throws ApiException {
        String nodeName = WorkloadMapper.nodeName(pod);
        if (nodeName == null) {
            return WorkloadMapper.pod(pod, null);
        }
        try {
            return WorkloadMapper.pod(pod, WorkloadMapper.internalIp(new CoreV1Api(client).readNode(nodeName)
                    .execute()));
        } catch (ApiException e) {
            // A node that is gone, or that the credential may not read, leaves the IP unknown; the pod stays.
            if (e.getCode() == FORBIDDEN || e.getCode() == NOT_FOUND) {
                return WorkloadMapper.pod(pod, null);
            }
            throw e;
        }
    }
}
