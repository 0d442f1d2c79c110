package org.kubedeck.web.rollout;

import java.util.Locale;
import org.kubedeck.application.rollout.port.in.RolloutUseCase;
import org.kubedeck.application.rollout.port.in.RolloutUseCase.RolloutCommand;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.kube.ResourceRef;
import org.kubedeck.domain.rollout.RolloutAction;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.web.support.ClusterParameter;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Restart, pause and resume of workloads, and suspend and resume of CronJobs. */
@RestController
class RolloutApiController {

    private final RolloutUseCase rollouts;

    RolloutApiController(RolloutUseCase rollouts) {
        this.rollouts = rollouts;
    }

    record RolledJson(String status, String kind, String name, String yaml) {
    }

    /** {@code restart} a Deployment, StatefulSet or DaemonSet; {@code pause} or {@code resume} a Deployment. */
    @PostMapping("/api/k8s/workloads/{cluster}/{namespace}/{kind}/{name}/{action:restart|pause|resume}")
    RolledJson workload(Actor actor, @PathVariable String cluster, @PathVariable String namespace,
            @PathVariable String kind, @PathVariable String name, @PathVariable String action) {
        return rolled(actor, ClusterParameter.object(cluster, namespace, kind, name), RolloutAction.valueOf(
                action.toUpperCase(Locale.ROOT)), action);
    }

    /** {@code suspend} or {@code resume} a CronJob's schedule. */
    @PostMapping("/api/k8s/cronjobs/{cluster}/{namespace}/{name}/{action:suspend|resume}")
    RolledJson cronJob(Actor actor, @PathVariable String cluster, @PathVariable String namespace,
            @PathVariable String name, @PathVariable String action) {
        return rolled(actor, ClusterParameter.namespace(cluster, namespace).object(ResourceKind.CRONJOB, name),
                "suspend".equals(action) ? RolloutAction.PAUSE : RolloutAction.RESUME, action);
    }

    /** {@code status}: the action as the path named it ({@code suspend}, {@code restart}). */
    private RolledJson rolled(Actor actor, ResourceRef workload, RolloutAction action, String word) {
        String yaml = rollouts.roll(actor, new RolloutCommand(workload, action));
        return new RolledJson(word, workload.kind().kind(), workload.name(), yaml);
    }
}
