package org.kubedeck.application.rollout.port.in;

import java.util.Objects;
import org.kubedeck.domain.kube.ResourceRef;
import org.kubedeck.domain.rollout.RolloutAction;
import org.kubedeck.domain.user.Actor;

/**
 * A workload restarted, or its rollout (a Deployment's) or schedule (a CronJob's) paused and resumed; write on the
 * cluster, recorded as a version and audited.
 */
public interface RolloutUseCase {

    /** The workload's YAML after the change. */
    String roll(Actor actor, RolloutCommand command);

    record RolloutCommand(ResourceRef workload, RolloutAction action) {

        public RolloutCommand {
            Objects.requireNonNull(workload);
            Objects.requireNonNull(action);
        }
    }
}
