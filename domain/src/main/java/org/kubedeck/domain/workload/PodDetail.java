package org.kubedeck.domain.workload;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kubedeck.domain.kube.ResourceKind;

/**
 * One pod as its page shows it: the row of the pod table, and what a user looks at when a pod misbehaves: the
 * workload that owns it, its containers (init containers first), its conditions and its recent events.
 *
 * @param owner    the workload that owns the pod (a ReplicaSet's Deployment), or null for a bare pod
 * @param events   the pod's events, newest first
 */
public record PodDetail(PodView pod, PodOwner owner, String serviceAccount, String qosClass,
        Map<String, String> annotations, List<ContainerView> containers, List<Condition> conditions,
        List<Event> events) {

    public PodDetail {
        Objects.requireNonNull(pod);
        annotations = Map.copyOf(annotations == null ? Map.of() : annotations);
        containers = List.copyOf(containers);
        conditions = List.copyOf(conditions);
        events = List.copyOf(events);
    }

    /**
     * What owns the pod, as Kubernetes names its kind ({@code Deployment}, {@code Job}).
     */
    public record PodOwner(String kind, String name) {

        public PodOwner {
            Objects.requireNonNull(kind);
            Objects.requireNonNull(name);
        }

        /** The console's code for a workload it shows ({@code deployment}); null for other owners. */
        public String workloadCode() {
            return ResourceKind.WORKLOADS.stream().filter(kind -> kind.kind().equals(this.kind))
                    .map(ResourceKind::code).findFirst().orElse(null);
        }
    }

    /**
     * One container.
     *
     * @param state       {@code running}, {@code waiting}, {@code terminated}, or {@code unknown} before the kubelet
     *                    reports it
     * @param reason      why it waits or ended ({@code CrashLoopBackOff}, {@code OOMKilled}); null when running
     * @param lastEnded   why its previous instance ended, for a restarted container; null otherwise
     */
    public record ContainerView(String name, String image, boolean init, boolean ready, int restarts, String state,
            String reason, String message, Instant since, String lastEnded) {

        public ContainerView {
            Objects.requireNonNull(name);
            state = state == null ? "unknown" : state;
        }
    }

    /** A condition the kubelet or the scheduler reports ({@code PodScheduled}, {@code Ready}). */
    public record Condition(String type, String status, String reason, String message, Instant since) {
    }

    /**
     * An event about the pod.
     *
     * @param type   {@code Normal} or {@code Warning}
     * @param source who reported it ({@code default-scheduler}, {@code kubelet})
     */
    public record Event(String type, String reason, String message, int count, Instant lastSeen, String source) {

        public boolean warning() {
            return "Warning".equals(type);
        }
    }
}
