package org.kubedeck.adapters.k8s.node;

import io.kubernetes.client.custom.V1Patch;
import io.kubernetes.client.openapi.ApiException;
import io.kubernetes.client.openapi.apis.AppsV1Api;
import io.kubernetes.client.openapi.apis.CoreV1Api;
import io.kubernetes.client.openapi.models.V1DaemonSet;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1Eviction;
import io.kubernetes.client.openapi.models.V1Node;
import io.kubernetes.client.openapi.models.V1NodeCondition;
import io.kubernetes.client.openapi.models.V1NodeSpec;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import io.kubernetes.client.openapi.models.V1OwnerReference;
import io.kubernetes.client.openapi.models.V1Pod;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1PodTemplateSpec;
import io.kubernetes.client.openapi.models.V1StatefulSet;
import io.kubernetes.client.openapi.models.V1Taint;
import io.kubernetes.client.util.PatchUtils;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import okhttp3.Response;
import org.kubedeck.adapters.k8s.KubernetesCalls;
import org.kubedeck.adapters.k8s.ObjectRequests;
import org.kubedeck.adapters.k8s.ObjectRequests.Subject;
import org.kubedeck.adapters.k8s.ObjectRequests.Verb;
import org.kubedeck.adapters.k8s.QuantityMaps;
import org.kubedeck.application.node.port.out.NodeCluster;
import org.kubedeck.domain.ConflictException;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.NotFoundException;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.node.DrainReport;
import org.kubedeck.domain.node.DrainReport.DrainedPod;
import org.kubedeck.domain.node.NodeView;
import org.kubedeck.domain.node.PendingPod;
import org.kubedeck.domain.node.SchedulingChange;
import org.kubedeck.domain.node.SchedulingConstraints;
import org.kubedeck.domain.node.Taint;
import org.kubedeck.domain.node.WorkloadScheduling;
import org.springframework.stereotype.Component;

/**
 * A cluster's nodes through client-java's typed API. Every answer is one {@link KubernetesCalls#call}; what the
 * server refuses beyond a missing or meanwhile changed node is translated there.
 */
@Component
class NodeKubernetesAdapter implements NodeCluster {

    private static final int NOT_FOUND = 404;
    private static final int CONFLICT = 409;
    /** How the API server refuses an eviction that a PodDisruptionBudget does not allow now. */
    private static final int TOO_MANY_REQUESTS = 429;
    private static final String MIRROR_POD = "kubernetes.io/config.mirror";
    private static final ObjectRequests SCHEDULING = new ObjectRequests("scheduling", "scheduling constraints");

    private final KubernetesCalls calls;

    NodeKubernetesAdapter(KubernetesCalls calls) {
        this.calls = calls;
    }

    @Override
    public List<NodeView> nodes(ClusterAccess cluster) {
        return calls.call(cluster, client -> new CoreV1Api(client).listNode().execute()).getItems().stream()
                .map(NodeKubernetesAdapter::view)
                .sorted(Comparator.comparing(NodeView::name))
                .toList();
    }

    /** The field selector spares a real server the work; the condition decides, as a fake may ignore selectors. */
    @Override
    public List<PendingPod> unschedulable(ClusterAccess cluster) {
        return calls.call(cluster, client -> new CoreV1Api(client).listPodForAllNamespaces()
                        .fieldSelector("status.phase=Pending").execute()).getItems().stream()
                .flatMap(pod -> unscheduled(pod).stream())
                .sorted(Comparator.comparing(PendingPod::namespace).thenComparing(PendingPod::name))
                .toList();
    }

    private static java.util.Optional<PendingPod> unscheduled(V1Pod pod) {
        if (pod.getStatus() == null || pod.getStatus().getConditions() == null
                || !"Pending".equals(pod.getStatus().getPhase())) {
            return java.util.Optional.empty();
        }
        return pod.getStatus().getConditions().stream()
                .filter(condition -> "PodScheduled".equals(condition.getType())
                        && "False".equals(condition.getStatus()))
                .findFirst()
                .map(condition -> new PendingPod(pod.getMetadata().getNamespace(), pod.getMetadata().getName(),
                        workload(pod), condition.getMessage() == null ? condition.getReason() : condition.getMessage(),
                        condition.getLastTransitionTime() == null ? null
                                : condition.getLastTransitionTime().toInstant()));
    }

    /**
     * What made the pod: its controller, with a ReplicaSet's pods named after their Deployment (the ReplicaSet's
     * name less the pod template hash the pod carries); a pod nothing made is its own.
     */
    static String workload(V1Pod pod) {
        List<V1OwnerReference> owners = pod.getMetadata().getOwnerReferences();
        V1OwnerReference owner = owners == null ? null : owners.stream()
                .filter(reference -> Boolean.TRUE.equals(reference.getController())).findFirst().orElse(null);
        if (owner == null) {
            return "Pod " + pod.getMetadata().getName();
        }
        String hash = pod.getMetadata().getLabels() == null ? null
                : pod.getMetadata().getLabels().get("pod-template-hash");
        if ("ReplicaSet".equals(owner.getKind()) && hash != null && owner.getName().endsWith("-" + hash)) {
            return "Deployment " + owner.getName().substring(0, owner.getName().length() - hash.length() - 1);
        }
        return owner.getKind() + " " + owner.getName();
    }

    @Override
    public SchedulingConstraints scheduling(ClusterAccess cluster, ResourceKind kind, String namespace, String name) {
        NotFoundException missing = new NotFoundException(Message.of("kube.objectDoesNotExist",
                "{0} {1}/{2} does not exist.", kind.kind(), namespace, name));
        return calls.find(cluster, client -> {
            AppsV1Api apps = new AppsV1Api(client);
            if (kind.equals(ResourceKind.DEPLOYMENT)) {
                return apps.readNamespacedDeployment(name, namespace).execute().getSpec().getTemplate().getSpec();
            }
            if (kind.equals(ResourceKind.STATEFULSET)) {
                return apps.readNamespacedStatefulSet(name, namespace).execute().getSpec().getTemplate().getSpec();
            }
            if (kind.equals(ResourceKind.DAEMONSET)) {
                return apps.readNamespacedDaemonSet(name, namespace).execute().getSpec().getTemplate().getSpec();
            }
            if (kind.equals(ResourceKind.POD)) {
                return new CoreV1Api(client).readNamespacedPod(name, namespace).execute().getSpec();
            }
            throw new InvalidInputException("kind", Message.of("node.hasNoPodsSchedule",
                    "A {0} has no pods to schedule; ask for a Deployment, StatefulSet, DaemonSet or Pod.",
                    kind.kind()));
        }).map(SchedulingSummary::of).orElseThrow(() -> missing);
    }

    /** One list request per kind, all within one deadline. */
    @Override
    public List<WorkloadScheduling> workloadScheduling(ClusterAccess cluster, String namespace) {
        return calls.call(cluster, client -> {
            AppsV1Api apps = new AppsV1Api(client);
            List<WorkloadScheduling> found = new ArrayList<>();
            (namespace == null ? apps.listDeploymentForAllNamespaces().execute()
                : apps.listNamespacedDeployment(namespace).execute()).getItems().forEach(deployment -> found.add(
                        scheduling(ResourceKind.DEPLOYMENT, deployment.getMetadata(),
                                deployment.getSpec() == null ? null : deployment.getSpec().getTemplate())));
            (namespace == null ? apps.listStatefulSetForAllNamespaces().execute()
                : apps.listNamespacedStatefulSet(namespace).execute()).getItems().forEach(set -> found.add(
                        scheduling(ResourceKind.STATEFULSET, set.getMetadata(),
                                set.getSpec() == null ? null : set.getSpec().getTemplate())));
            (namespace == null ? apps.listDaemonSetForAllNamespaces().execute()
                : apps.listNamespacedDaemonSet(namespace).execute()).getItems().forEach(set -> found.add(
                        scheduling(ResourceKind.DAEMONSET, set.getMetadata(),
                                set.getSpec() == null ? null : set.getSpec().getTemplate())));
            return found;
        }).stream().sorted(Comparator.comparing(WorkloadScheduling::namespace)
                .thenComparing(WorkloadScheduling::kind).thenComparing(WorkloadScheduling::name)).toList();
    }

    private static WorkloadScheduling scheduling(ResourceKind kind, V1ObjectMeta metadata,
            V1PodTemplateSpec template) {
        V1PodSpec spec = template == null ? null : template.getSpec();
        Map<String, String> labels = template == null || template.getMetadata() == null
                || template.getMetadata().getLabels() == null ? Map.of() : template.getMetadata().getLabels();
        return new WorkloadScheduling(metadata.getNamespace(), kind, metadata.getName(), SchedulingSummary.of(spec),
                labels, SchedulingSummary.podTerms(spec));
    }

    /**
     * Read and written back at the version read, like {@link #retaint}: a PUT, so that a change made in between
     * is refused instead of overwritten, and every field the change does not name is sent back as it was read.
     */
    @Override
    public SchedulingConstraints changeScheduling(ClusterAccess cluster, ResourceKind kind, String namespace,
            String name, SchedulingChange change) {
        Subject workload = Subject.object(kind, namespace, name);
        return SchedulingSummary.of(calls.call(cluster, SCHEDULING.translated(Verb.UPDATE, workload, client -> {
            AppsV1Api apps = new AppsV1Api(client);
            if (kind.equals(ResourceKind.DEPLOYMENT)) {
                V1Deployment read = apps.readNamespacedDeployment(name, namespace).execute();
                SchedulingEdit.apply(read.getSpec().getTemplate().getSpec(), change);
                return apps.replaceNamespacedDeployment(name, namespace, read).execute().getSpec().getTemplate()
                        .getSpec();
            }
            if (kind.equals(ResourceKind.STATEFULSET)) {
                V1StatefulSet read = apps.readNamespacedStatefulSet(name, namespace).execute();
                SchedulingEdit.apply(read.getSpec().getTemplate().getSpec(), change);
                return apps.replaceNamespacedStatefulSet(name, namespace, read).execute().getSpec().getTemplate()
                        .getSpec();
            }
            if (kind.equals(ResourceKind.DAEMONSET)) {
                V1DaemonSet read = apps.readNamespacedDaemonSet(name, namespace).execute();
                SchedulingEdit.apply(read.getSpec().getTemplate().getSpec(), change);
                return apps.replaceNamespacedDaemonSet(name, namespace, read).execute().getSpec().getTemplate()
                        .getSpec();
            }
            throw SchedulingChange.unchangeable(kind);
        })));
    }

    @Override
    public NodeView addTaint(ClusterAccess cluster, String node, Taint taint) {
        V1Taint added = new V1Taint().key(taint.key()).value(taint.value().isEmpty() ? null : taint.value())
                .effect(taint.effect().kubernetesName());
        return retaint(cluster, node, taints -> {
            taints.removeIf(existing -> same(existing, taint.key(), taint.effect()));
            taints.add(added);
        });
    }

    @Override
    public NodeView removeTaint(ClusterAccess cluster, String node, String key, Taint.Effect effect) {
        return retaint(cluster, node, taints -> taints.removeIf(existing -> same(existing, key, effect)));
    }

    @Override
    public NodeView cordon(ClusterAccess cluster, String node, boolean unschedulable) {
        return view(calls.call(cluster, client -> cordoned(new CoreV1Api(client), node, unschedulable)));
    }

    /** {@code null} takes the field out, as an uncordoned node that was never cordoned has it. */
    private static V1Node cordoned(CoreV1Api core, String node, boolean unschedulable) throws ApiException {
        V1Patch patch = new V1Patch("{\"spec\":{\"unschedulable\":" + (unschedulable ? "true" : "null") + "}}");
        try {
            return PatchUtils.patch(V1Node.class, () -> core.patchNode(node, patch).buildCall(null),
                    V1Patch.PATCH_FORMAT_JSON_MERGE_PATCH, core.getApiClient());
        } catch (ApiException e) {
            throw refused(e, node);
        }
    }

    /**
     * The pods are found by the field selector and checked again by name, as a fake may ignore selectors. The
     * eviction answers are read by status code: a 429 is a PodDisruptionBudget's refusal, a 404 a pod gone
     * meanwhile (left out); the body of a success is a Status, which client-java's Eviction model would refuse.
     */
    @Override
    public DrainReport drain(ClusterAccess cluster, String node, boolean dryRun, boolean force) {
        return calls.call(cluster, client -> {
            CoreV1Api core = new CoreV1Api(client);
            if (dryRun) {
                try {
                    core.readNode(node).execute();
                } catch (ApiException e) {
                    throw refused(e, node);
                }
            } else {
                cordoned(core, node, true);
            }
            List<DrainedPod> evicted = new ArrayList<>();
            List<DrainedPod> refused = new ArrayList<>();
            List<DrainedPod> skipped = new ArrayList<>();
            List<V1Pod> pods = core.listPodForAllNamespaces().fieldSelector("spec.nodeName=" + node).execute()
                    .getItems().stream()
                    .filter(pod -> pod.getSpec() != null && node.equals(pod.getSpec().getNodeName()))
                    .sorted(Comparator.comparing((V1Pod pod) -> pod.getMetadata().getNamespace())
                            .thenComparing(pod -> pod.getMetadata().getName()))
                    .toList();
            for (V1Pod pod : pods) {
                String namespace = pod.getMetadata().getNamespace();
                String name = pod.getMetadata().getName();
                String kept = kept(pod, force);
                if (kept != null) {
                    skipped.add(new DrainedPod(namespace, name, kept));
                    continue;
                }
                V1Eviction eviction = new V1Eviction().metadata(new V1ObjectMeta().name(name).namespace(namespace));
                try (Response answer = core.createNamespacedPodEviction(name, namespace, eviction)
                        .dryRun(dryRun ? "All" : null).buildCall(null).execute()) {
                    if (answer.isSuccessful()) {
                        evicted.add(new DrainedPod(namespace, name, ""));
                    } else if (answer.code() != NOT_FOUND) {
                        refused.add(new DrainedPod(namespace, name, refusal(answer)));
                    }
                } catch (IOException e) {
                    throw new ApiException(e);
                }
            }
            return new DrainReport(node, dryRun, evicted, refused, skipped);
        });
    }

    /**
     * Why a drain leaves the pod where it is, in Kubernetes' words ({@code DaemonSet fluentd}, {@code mirror pod},
     * {@code no controller}), or null when it evicts it.
     */
    private static String kept(V1Pod pod, boolean force) {
        if (pod.getMetadata().getAnnotations() != null
                && pod.getMetadata().getAnnotations().containsKey(MIRROR_POD)) {
            return "mirror pod";
        }
        List<V1OwnerReference> owners = pod.getMetadata().getOwnerReferences() == null ? List.of()
                : pod.getMetadata().getOwnerReferences();
        V1OwnerReference controller = owners.stream().filter(owner -> Boolean.TRUE.equals(owner.getController()))
                .findFirst().orElse(null);
        if (controller == null) {
            return force ? null : "no controller";
        }
        return "DaemonSet".equals(controller.getKind()) ? "DaemonSet " + controller.getName() : null;
    }

    /** The API server's own words: a PodDisruptionBudget's refusal names the budget. */
    private static String refusal(Response answer) throws IOException {
        String prefix = answer.code() == TOO_MANY_REQUESTS ? "" : "HTTP " + answer.code() + ": ";
        return ObjectRequests.statusMessage(answer.body() == null ? null : answer.body().string())
                .map(message -> prefix + message).orElse("HTTP " + answer.code());
    }

    /**
     * Read and written back at the version read: a PUT, because a patch of {@code spec.taints} replaces the whole
     * list and would drop a taint added in between; the PUT is refused instead. The other taints are sent back as
     * they were read, {@code timeAdded} included.
     */
    private NodeView retaint(ClusterAccess cluster, String name, Consumer<List<V1Taint>> edit) {
        return view(calls.call(cluster, client -> {
            CoreV1Api core = new CoreV1Api(client);
            try {
                V1Node node = core.readNode(name).execute();
                if (node.getSpec() == null) {
                    node.setSpec(new V1NodeSpec());
                }
                List<V1Taint> taints = new ArrayList<>(node.getSpec().getTaints() == null ? List.of()
                        : node.getSpec().getTaints());
                edit.accept(taints);
                node.getSpec().setTaints(taints);
                return core.replaceNode(name, node).execute();
            } catch (ApiException e) {
                throw refused(e, name);
            }
        }));
    }

    /**
     * What a read-then-write of a node ran into: gone, or changed in between; otherwise as it was. Nodes are not a
     * {@link ResourceKind}, so {@link ObjectRequests} cannot name them.
     */
    private static ApiException refused(ApiException e, String node) {
        if (e.getCode() == NOT_FOUND) {
            throw new NotFoundException(Message.of("node.nodeDoesNotExist", "Node {0} does not exist.", node));
        }
        if (e.getCode() == CONFLICT) {
            throw new ConflictException(Message.of("node.nodeChangedMeanwhileReload",
                    "Node {0} changed meanwhile; reload and try again.", node));
        }
        return e;
    }

    private static boolean same(V1Taint taint, String key, Taint.Effect effect) {
        return key.equals(taint.getKey()) && effect.kubernetesName().equals(taint.getEffect());
    }

    private static NodeView view(V1Node node) {
        Map<String, String> labels = node.getMetadata().getLabels();
        List<V1Taint> taints = node.getSpec() == null || node.getSpec().getTaints() == null ? List.of()
                : node.getSpec().getTaints();
        List<V1NodeCondition> conditions = node.getStatus() == null || node.getStatus().getConditions() == null
                ? List.of() : node.getStatus().getConditions();
        return new NodeView(node.getMetadata().getName(),
                labels == null ? Map.of() : labels,
                taints.stream().map(taint -> new Taint(taint.getKey(), taint.getValue(),
                        Taint.Effect.of(taint.getEffect()))).toList(),
                QuantityMaps.text(node.getStatus() == null ? null : node.getStatus().getAllocatable()),
                conditions.stream().collect(Collectors.toMap(V1NodeCondition::getType, V1NodeCondition::getStatus,
                        (first, second) -> first)),
                node.getSpec() != null && Boolean.TRUE.equals(node.getSpec().getUnschedulable()));
    }
}
