package org.kubedeck.adapters.k8s.desktop;

import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.CoreV1Event;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1ContainerStateWaiting;
import io.kubernetes.client.openapi.models.V1ContainerStatus;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import io.kubernetes.client.openapi.models.V1ObjectReference;
import io.kubernetes.client.openapi.models.V1PersistentVolumeClaim;
import io.kubernetes.client.openapi.models.V1Pod;
import io.kubernetes.client.openapi.models.V1PodCondition;
import io.kubernetes.client.openapi.models.V1StatefulSet;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kubedeck.adapters.k8s.KubernetesEvents;
import org.kubedeck.domain.desktop.DesktopEvent;
import org.kubedeck.domain.desktop.DesktopPod;
import org.kubedeck.domain.desktop.DesktopResources;
import org.kubedeck.domain.desktop.DesktopState;

/** client-java's objects read back as desktops; absent fields count as nothing, never as an error. */
final class DesktopMapper {

    private DesktopMapper() {
    }

    static boolean isManaged(V1StatefulSet statefulSet) {
        return DesktopManifests.KUBEDECK.equals(labels(statefulSet.getMetadata()).get(DesktopManifests.MANAGED_BY));
    }

    /**
     * @param pod  null while there is none
     * @param home null when the PVC is missing; the storage is then 0
     */
    static DesktopState desktop(V1StatefulSet statefulSet, V1Pod pod, V1PersistentVolumeClaim home) {
        V1ObjectMeta metadata = statefulSet.getMetadata();
        String owner = Optional.ofNullable(metadata.getAnnotations())
                .map(annotations -> annotations.get(DesktopManifests.USERNAME))
                .orElse(labels(metadata).get(DesktopManifests.USER));
        Integer replicas = statefulSet.getSpec() == null ? null : statefulSet.getSpec().getReplicas();
        Map<String, Quantity> limits = desktopContainer(statefulSet)
                .map(container -> container.getResources() == null ? null : container.getResources().getLimits())
                .orElse(Map.of());
        return new DesktopState(metadata.getName(), owner, instant(metadata.getCreationTimestamp()),
                replicas == null ? 1 : replicas, pod == null ? null : pod(pod),
                new DesktopResources(millicores(limits.get("cpu")), bytes(limits.get("memory")), storage(home)));
    }

    static DesktopPod pod(V1Pod pod) {
        Optional<V1ContainerStatus> desktop = pod.getStatus() == null || pod.getStatus().getContainerStatuses() == null
                ? Optional.empty()
                : pod.getStatus().getContainerStatuses().stream()
                        .filter(status -> DesktopManifests.CONTAINER.equals(status.getName()))
                        .findFirst();
        Optional<V1ContainerStateWaiting> waiting = desktop
                .map(status -> status.getState() == null ? null : status.getState().getWaiting());
        List<V1PodCondition> conditions = pod.getStatus() == null || pod.getStatus().getConditions() == null
                ? List.of() : pod.getStatus().getConditions();
        boolean ready = conditions.stream()
                .anyMatch(condition -> "Ready".equals(condition.getType()) && "True".equals(condition.getStatus()));
        return new DesktopPod(pod.getMetadata().getName(),
                pod.getStatus() == null ? null : pod.getStatus().getPhase(),
                ready,
                pod.getSpec() == null ? null : pod.getSpec().getNodeName(),
                pod.getStatus() == null ? null : pod.getStatus().getPodIP(),
                instant(pod.getMetadata().getCreationTimestamp()),
                waiting.map(V1ContainerStateWaiting::getReason).orElse(null),
                waiting.map(V1ContainerStateWaiting::getMessage).orElse(null),
                desktop.map(V1ContainerStatus::getRestartCount).orElse(0));
    }

    /** When it last happened: the legacy timestamp, the newer event time, or when the event was recorded. */
    static DesktopEvent event(CoreV1Event event) {
        V1ObjectReference about = event.getInvolvedObject();
        return new DesktopEvent(KubernetesEvents.seen(event), event.getType(), event.getReason(), event.getMessage(),
                about.getKind() + "/" + about.getName());
    }

    static long storage(V1PersistentVolumeClaim home) {
        if (home == null || home.getSpec() == null || home.getSpec().getResources() == null
                || home.getSpec().getResources().getRequests() == null) {
            return 0;
        }
        return bytes(home.getSpec().getResources().getRequests().get("storage"));
    }

    /**
     * Rounded up as the scheduler does, rather than refused like a user's input: one odd quantity somewhere in
     * the cluster ({@code memory: 100m}) must not break a sum over every pod.
     */
    static long millicores(Quantity cpu) {
        return cpu == null ? 0 : cpu.getNumber().movePointRight(3).setScale(0, RoundingMode.CEILING).longValue();
    }

    static long bytes(Quantity size) {
        return size == null ? 0 : size.getNumber().setScale(0, RoundingMode.CEILING).longValue();
    }

    private static Optional<V1Container> desktopContainer(V1StatefulSet statefulSet) {
        if (statefulSet.getSpec() == null || statefulSet.getSpec().getTemplate() == null
                || statefulSet.getSpec().getTemplate().getSpec() == null) {
            return Optional.empty();
        }
        return statefulSet.getSpec().getTemplate().getSpec().getContainers().stream()
                .filter(container -> DesktopManifests.CONTAINER.equals(container.getName()))
                .findFirst();
    }

    private static Map<String, String> labels(V1ObjectMeta metadata) {
        return metadata == null || metadata.getLabels() == null ? Map.of() : metadata.getLabels();
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
