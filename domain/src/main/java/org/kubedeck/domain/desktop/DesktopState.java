package org.kubedeck.domain.desktop;

import org.kubedeck.domain.Message;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * One desktop as found in the cluster, rebuilt from the labels and annotations on its objects.
 *
 * @param name      the desktop's name ({@code vnc-<key>})
 * @param owner     the exact username, from the {@code kubedeck.io/username} annotation
 * @param replicas  0 when stopped, otherwise 1
 * @param pod       null while no pod exists
 * @param resources the limits in the pod template
 */
public record DesktopState(String name, String owner, Instant createdAt, int replicas, DesktopPod pod,
        DesktopResources resources) {

    /** The container will not start on its own; reported at once. */
    private static final Set<String> FATAL = Set.of("InvalidImageName", "CreateContainerConfigError",
            "CreateContainerError", "ErrImageNeverPull");
    /** The cluster keeps retrying; reported as failed once the start timeout has passed. */
    private static final Set<String> RETRYING = Set.of("ImagePullBackOff", "ErrImagePull", "CrashLoopBackOff",
            "RunContainerError");

    public Status status(Instant now, Duration startTimeout) {
        if (replicas == 0) {
            return new Status(DesktopPhase.STOPPED, null);
        }
        Instant startedAt = pod == null || pod.createdAt() == null ? createdAt : pod.createdAt();
        boolean overdue = startedAt != null && Duration.between(startedAt, now).compareTo(startTimeout) > 0;
        if (pod == null) {
            return overdue ? new Status(DesktopPhase.FAILED, Message.of("desktop.noPodWithin",
                    "No pod was created within {0} s.", startTimeout.toSeconds()))
                    : new Status(DesktopPhase.CREATING, null);
        }
        if (pod.ready()) {
            return new Status(DesktopPhase.RUNNING, null);
        }
        String waiting = pod.waitingReason() == null ? "" : pod.waitingReason();
        // The kubelet's reason is the cluster's words, shown as they are.
        Message reason = waiting.isEmpty() ? null
                : Message.english(waiting + (pod.waitingMessage() == null ? "" : ": " + pod.waitingMessage()));
        if ("Failed".equals(pod.phase()) || FATAL.contains(waiting)) {
            return new Status(DesktopPhase.FAILED, reason == null
                    ? Message.of("desktop.podFailed", "The pod failed.") : reason);
        }
        if (overdue) {
            return new Status(DesktopPhase.FAILED, RETRYING.contains(waiting) ? reason
                    : reason == null ? Message.of("desktop.notReadyWithin", "Not ready within {0} s.",
                            startTimeout.toSeconds())
                    : Message.of("desktop.notReadyWithinBecause", "Not ready within {0} s: {1}",
                            startTimeout.toSeconds(), reason));
        }
        return new Status(DesktopPhase.CREATING, reason);
    }

    /**
     * @param reason why it is failed or still creating (the kubelet's reason in the cluster's words); null when there
     *               is nothing to say
     */
    public record Status(DesktopPhase phase, Message reason) {

        /** The reason in English, as the JSON API gives it; null when there is none. */
        public String reasonText() {
            return reason == null ? null : reason.text();
        }
    }
}
