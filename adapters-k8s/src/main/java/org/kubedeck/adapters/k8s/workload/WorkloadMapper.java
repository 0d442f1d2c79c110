package org.kubedeck.adapters.k8s.workload;

import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1ContainerStatus;
import io.kubernetes.client.openapi.models.V1DaemonSet;
import io.kubernetes.client.openapi.models.V1DaemonSetSpec;
import io.kubernetes.client.openapi.models.V1DaemonSetStatus;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1DeploymentSpec;
import io.kubernetes.client.openapi.models.V1DeploymentStatus;
import io.kubernetes.client.openapi.models.V1LabelSelector;
import io.kubernetes.client.openapi.models.V1Node;
import io.kubernetes.client.openapi.models.V1NodeAddress;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import io.kubernetes.client.openapi.models.V1Pod;
import io.kubernetes.client.openapi.models.V1PodCondition;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1PodStatus;
import io.kubernetes.client.openapi.models.V1Service;
import io.kubernetes.client.openapi.models.V1StatefulSet;
import io.kubernetes.client.openapi.models.V1StatefulSetSpec;
import io.kubernetes.client.openapi.models.V1StatefulSetStatus;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.kube.SelectorRequirement;
import org.kubedeck.domain.workload.PodView;
import org.kubedeck.domain.workload.ServiceView;
import org.kubedeck.domain.workload.WorkloadView;

/**
 * client-java models to the console's views. Pure functions of the objects, so direct reads and a watch-fed
 * cache map alike. Every field may be missing in what a server (or a fake) sends; missing counts are zero.
 */
final class WorkloadMapper {

    /** What the API server fills in when a Deployment or StatefulSet leaves {@code replicas} out. */
    private static final int DEFAULT_REPLICAS = 1;

    private WorkloadMapper() {
    }

    static WorkloadView deployment(V1Deployment deployment) {
        V1DeploymentSpec spec = Objects.requireNonNullElseGet(deployment.getSpec(), V1DeploymentSpec::new);
        V1DeploymentStatus status = Objects.requireNonNullElseGet(deployment.getStatus(), V1DeploymentStatus::new);
        return new WorkloadView(name(deployment.getMetadata()), ResourceKind.DEPLOYMENT,
                matchLabels(spec.getSelector()), matchExpressions(spec.getSelector()), replicas(spec.getReplicas()),
                count(status.getReadyReplicas()));
    }

    static WorkloadView statefulSet(V1StatefulSet statefulSet) {
        V1StatefulSetSpec spec = Objects.requireNonNullElseGet(statefulSet.getSpec(), V1StatefulSetSpec::new);
        V1StatefulSetStatus status = Objects.requireNonNullElseGet(statefulSet.getStatus(),
                V1StatefulSetStatus::new);
        return new WorkloadView(name(statefulSet.getMetadata()), ResourceKind.STATEFULSET,
                matchLabels(spec.getSelector()), matchExpressions(spec.getSelector()), replicas(spec.getReplicas()),
                count(status.getReadyReplicas()));
    }

    /** A DaemonSet wants one pod on every node it is scheduled to. */
    static WorkloadView daemonSet(V1DaemonSet daemonSet) {
        V1DaemonSetSpec spec = Objects.requireNonNullElseGet(daemonSet.getSpec(), V1DaemonSetSpec::new);
        V1DaemonSetStatus status = Objects.requireNonNullElseGet(daemonSet.getStatus(), V1DaemonSetStatus::new);
        return new WorkloadView(name(daemonSet.getMetadata()), ResourceKind.DAEMONSET,
                matchLabels(spec.getSelector()), matchExpressions(spec.getSelector()),
                count(status.getDesiredNumberScheduled()), count(status.getNumberReady()));
    }

    /** A pod no controller owns stands for itself: its labels select it, and it is one replica. */
    static WorkloadView barePod(V1Pod pod) {
        return new WorkloadView(name(pod.getMetadata()), ResourceKind.POD, labels(pod.getMetadata()), 1,
                ready(pod.getStatus()) ? 1 : 0);
    }

    static boolean isBare(V1Pod pod) {
        return pod.getMetadata() == null || pod.getMetadata().getOwnerReferences() == null
                || pod.getMetadata().getOwnerReferences().isEmpty();
    }

    /** @param nodeIp the InternalIP of the pod's node, or null when unknown */
    static PodView pod(V1Pod pod, String nodeIp) {
        V1ObjectMeta metadata = Objects.requireNonNullElseGet(pod.getMetadata(), V1ObjectMeta::new);
        V1PodSpec spec = Objects.requireNonNullElseGet(pod.getSpec(), V1PodSpec::new);
        V1PodStatus status = Objects.requireNonNullElseGet(pod.getStatus(), V1PodStatus::new);
        List<V1ContainerStatus> containerStatuses = Objects.requireNonNullElse(status.getContainerStatuses(),
                List.of());
        int readyContainers = (int) containerStatuses.stream()
                .filter(container -> Boolean.TRUE.equals(container.getReady())).count();
        int containers = spec.getContainers() == null ? containerStatuses.size() : spec.getContainers().size();
        int restarts = containerStatuses.stream().mapToInt(container -> count(container.getRestartCount())).sum();
        OffsetDateTime created = metadata.getCreationTimestamp();
        return new PodView(name(metadata), Objects.toString(metadata.getNamespace(), ""), status.getPhase(),
                ready(status), readyContainers, containers, restarts, spec.getNodeName(), nodeIp, status.getPodIP(),
                created == null ? null : created.toInstant(), labels(metadata),
                containers(spec, V1Container::getImage), containers(spec, V1Container::getName));
    }

    /** What each of the pod's containers has, in the order the spec lists them: their images, their names. */
    private static List<String> containers(V1PodSpec spec, Function<V1Container, String> what) {
        return spec.getContainers() == null ? List.of() : spec.getContainers().stream()
                .map(container -> Objects.toString(what.apply(container), "")).toList();
    }

    /** The node the pod is scheduled to; null while it is pending. */
    static String nodeName(V1Pod pod) {
        return pod.getSpec() == null ? null : pod.getSpec().getNodeName();
    }

    static ServiceView service(V1Service service) {
        return new ServiceView(name(service.getMetadata()),
                service.getSpec() == null ? null : service.getSpec().getSelector());
    }

    /** Node name to the node's InternalIP, for the nodes that report one. */
    static Map<String, String> internalIps(List<V1Node> nodes) {
        Map<String, String> ips = new HashMap<>();
        for (V1Node node : nodes) {
            String ip = internalIp(node);
            if (ip != null) {
                ips.put(name(node.getMetadata()), ip);
            }
        }
        return ips;
    }

    /** The address other machines in the cluster's network reach the node at; null when it reports none. */
    static String internalIp(V1Node node) {
        if (node.getStatus() == null || node.getStatus().getAddresses() == null) {
            return null;
        }
        return node.getStatus().getAddresses().stream()
                .filter(address -> "InternalIP".equals(address.getType()))
                .map(V1NodeAddress::getAddress)
                .findFirst().orElse(null);
    }

    /** Ready as the kubelet reports it: the pod's Ready condition is True. */
    private static boolean ready(V1PodStatus status) {
        List<V1PodCondition> conditions = status == null ? null : status.getConditions();
        return conditions != null && conditions.stream()
                .anyMatch(condition -> "Ready".equals(condition.getType()) && "True".equals(condition.getStatus()));
    }

    private static Map<String, String> matchLabels(V1LabelSelector selector) {
        return selector == null ? null : selector.getMatchLabels();
    }

    private static List<SelectorRequirement> matchExpressions(V1LabelSelector selector) {
        if (selector == null || selector.getMatchExpressions() == null) {
            return List.of();
        }
        return selector.getMatchExpressions().stream()
                .map(expression -> new SelectorRequirement(expression.getKey(),
                        SelectorRequirement.Operator.of(expression.getOperator()), expression.getValues()))
                .toList();
    }

    /** A pod's labels; empty when it has none. */
    static Map<String, String> podLabels(V1Pod pod) {
        Map<String, String> labels = labels(pod.getMetadata());
        return labels == null ? Map.of() : labels;
    }

    private static Map<String, String> labels(V1ObjectMeta metadata) {
        return metadata == null ? null : metadata.getLabels();
    }

    private static String name(V1ObjectMeta metadata) {
        return metadata == null ? "" : Objects.toString(metadata.getName(), "");
    }

    private static int replicas(Integer replicas) {
        return replicas == null ? DEFAULT_REPLICAS : replicas;
    }

    private static int count(Integer value) {
        return value == null ? 0 : value;
    }
}
