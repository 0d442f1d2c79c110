package org.kubedeck.adapters.k8s.workload;

import io.kubernetes.client.openapi.models.CoreV1Event;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1ContainerState;
import io.kubernetes.client.openapi.models.V1ContainerStatus;
import io.kubernetes.client.openapi.models.V1OwnerReference;
import io.kubernetes.client.openapi.models.V1Pod;
import io.kubernetes.client.openapi.models.V1PodCondition;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1PodStatus;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kubedeck.adapters.k8s.KubernetesEvents;
import org.kubedeck.domain.workload.PodDetail;
import org.kubedeck.domain.workload.PodDetail.Condition;
import org.kubedeck.domain.workload.PodDetail.ContainerView;
import org.kubedeck.domain.workload.PodDetail.Event;
import org.kubedeck.domain.workload.PodDetail.PodOwner;

/** A pod, its owner and its events, as client-java reads them, to the pod page's {@link PodDetail}. */
final class PodDetailMapper {

    private PodDetailMapper() {
    }

    static PodDetail detail(V1Pod pod, String nodeIp, PodOwner owner, List<CoreV1Event> events) {
        V1PodSpec spec = Objects.requireNonNullElseGet(pod.getSpec(), V1PodSpec::new);
        V1PodStatus status = Objects.requireNonNullElseGet(pod.getStatus(), V1PodStatus::new);
        List<ContainerView> containers = new ArrayList<>(containers(spec.getInitContainers(),
                status.getInitContainerStatuses(), true));
        containers.addAll(containers(spec.getContainers(), status.getContainerStatuses(), false));
        List<Condition> conditions = Objects.requireNonNullElse(status.getConditions(), List.<V1PodCondition>of())
                .stream()
                .map(c -> new Condition(c.getType(), c.getStatus(), c.getReason(), c.getMessage(),
                        instant(c.getLastTransitionTime())))
                .toList();
        Map<String, String> annotations = pod.getMetadata() == null ? null : pod.getMetadata().getAnnotations();
        return new PodDetail(WorkloadMapper.pod(pod, nodeIp), owner, spec.getServiceAccountName(),
                status.getQosClass(), annotations, containers, conditions,
                events.stream().map(PodDetailMapper::event)
                        .sorted(Comparator.comparing(Event::lastSeen, Comparator.nullsLast(Comparator.reverseOrder())))
                        .toList());
    }

    /** The owner a controller set: kind and name of the reference marked {@code controller}. */
    static Optional<V1OwnerReference> controller(List<V1OwnerReference> references) {
        return Objects.requireNonNullElse(references, List.<V1OwnerReference>of()).stream()
                .filter(reference -> Boolean.TRUE.equals(reference.getController()))
                .findFirst();
    }

    private static List<ContainerView> containers(List<V1Container> declared, List<V1ContainerStatus> statuses,
            boolean init) {
        Map<String, V1ContainerStatus> byName = Objects.requireNonNullElse(statuses, List.<V1ContainerStatus>of())
                .stream().collect(Collectors.toMap(V1ContainerStatus::getName, Function.identity(), (a, b) -> a));
        return Objects.requireNonNullElse(declared, List.<V1Container>of()).stream()
                .map(container -> container(container, byName.get(container.getName()), init))
                .toList();
    }

    private static ContainerView container(V1Container container, V1ContainerStatus status, boolean init) {
        if (status == null) {
            return new ContainerView(container.getName(), container.getImage(), init, false, 0, null, null, null,
                    null, null);
        }
        V1ContainerState state = Objects.requireNonNullElseGet(status.getState(), V1ContainerState::new);
        V1ContainerState last = status.getLastState();
        String lastEnded = last == null || last.getTerminated() == null ? null : last.getTerminated().getReason();
        boolean ready = Boolean.TRUE.equals(status.getReady());
        int restarts = status.getRestartCount() == null ? 0 : status.getRestartCount();
        if (state.getRunning() != null) {
            return new ContainerView(container.getName(), container.getImage(), init, ready, restarts, "running",
                    null, null, instant(state.getRunning().getStartedAt()), lastEnded);
        }
        if (state.getWaiting() != null) {
            return new ContainerView(container.getName(), container.getImage(), init, ready, restarts, "waiting",
                    state.getWaiting().getReason(), state.getWaiting().getMessage(), null, lastEnded);
        }
        if (state.getTerminated() != null) {
            return new ContainerView(container.getName(), container.getImage(), init, ready, restarts,
                    "terminated", state.getTerminated().getReason(), state.getTerminated().getMessage(),
                    instant(state.getTerminated().getFinishedAt()), lastEnded);
        }
        return new ContainerView(container.getName(), container.getImage(), init, ready, restarts, null, null, null,
                null, lastEnded);
    }

    private static Event event(CoreV1Event event) {
        return new Event(event.getType(), event.getReason(), event.getMessage(), KubernetesEvents.count(event),
                KubernetesEvents.seen(event), KubernetesEvents.source(event));
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
