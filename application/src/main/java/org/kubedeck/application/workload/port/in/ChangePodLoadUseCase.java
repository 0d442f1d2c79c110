package org.kubedeck.application.workload.port.in;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.workload.KickWarning;
import org.kubedeck.domain.workload.LoadAction;
import org.kubedeck.domain.workload.PodView;

/**
 * Kick pods out of load balancing (load label set to its "done" value) or restore them ("online"). Needs write
 * on the cluster. A kick that would change no traffic, or leave a Service without ready pods, is only carried
 * out once confirmed.
 */
public interface ChangePodLoadUseCase {

    int MAX_PODS = 500;
    Duration LONGEST_AUTO_RESTORE = Duration.ofHours(24);

    LoadChange changeLoad(Actor actor, LoadChangeCommand command);

    /**
     * What kicking these pods would warn of: a Service left without a pod to send traffic to, or none in front of
     * them routing by the load label. Changes nothing; asked with write permission, as the kick is.
     */
    List<KickWarning> kickWarnings(Actor actor, ClusterName cluster, String namespace, List<String> pods);

    /** {@code restoreAfter}: for a kick, put the pods back automatically after this long (null: never). */
    record LoadChangeCommand(ClusterName cluster, String namespace, List<String> pods, LoadAction action,
            boolean confirmed, Duration restoreAfter) {

        public LoadChangeCommand(ClusterName cluster, String namespace, List<String> pods, LoadAction action,
                boolean confirmed) {
            this(cluster, namespace, pods, action, confirmed, null);
        }

        public LoadChangeCommand {
            Objects.requireNonNull(cluster);
            Objects.requireNonNull(action);
            if (namespace == null || namespace.isBlank()) {
                throw new InvalidInputException("namespace", Message.of("workload.chooseNamespace",
                        "Choose a namespace."));
            }
            pods = pods == null ? List.of() : pods.stream().filter(p -> p != null && !p.isBlank()).distinct()
                    .toList();
            if (pods.isEmpty()) {
                throw new InvalidInputException("pods", Message.of("workload.chooseLeastOnePod",
                        "Choose at least one pod."));
            }
            if (pods.size() > MAX_PODS) {
                throw new InvalidInputException("pods", Message.of("workload.mostPodsOnce",
                        "At most {0} pods at once.", MAX_PODS));
            }
            if (restoreAfter != null && (action != LoadAction.KICK || restoreAfter.isNegative()
                    || restoreAfter.isZero() || restoreAfter.compareTo(LONGEST_AUTO_RESTORE) > 0)) {
                throw new InvalidInputException("restore_after_minutes",
                        Message.of("workload.automaticRestoreFollowsKick",
                                "An automatic restore follows a kick, after 1 minute to 24 hours."));
            }
        }
    }

    /** One pod's label before and after. */
    record PodChange(PodView pod, String oldValue, String newValue) {
    }

    record PodFailure(String pod, String message) {
    }

    /** {@code applied} is false when warnings wait for confirmation; then nothing was changed. */
    record LoadChange(boolean applied, List<KickWarning> warnings, List<PodChange> changes,
            List<PodFailure> failures) {

        public static LoadChange needsConfirmation(List<KickWarning> warnings) {
            return new LoadChange(false, warnings, List.of(), List.of());
        }
    }
}
