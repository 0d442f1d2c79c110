package org.kubedeck.application.rollout;

import org.kubedeck.application.UseCase;
import org.kubedeck.application.kube.ClusterGate;
import org.kubedeck.application.rollout.port.in.RolloutHistoryQuery;
import org.kubedeck.application.rollout.port.out.RolloutCluster;
import org.kubedeck.domain.kube.ResourceRef;
import org.kubedeck.domain.rollout.CronJobRuns;
import org.kubedeck.domain.rollout.Revision;
import org.kubedeck.domain.rollout.RolloutHistory;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.ClusterAction;

/** A Deployment's revisions, read from its ReplicaSets; a CronJob's Jobs. */
@UseCase
class RolloutHistoryService implements RolloutHistoryQuery {

    private final ClusterGate gate;
    private final RolloutCluster rollouts;

    RolloutHistoryService(ClusterGate gate, RolloutCluster rollouts) {
        this.gate = gate;
        this.rollouts = rollouts;
    }

    @Override
    public RolloutHistory history(Actor actor, ResourceRef deployment) {
        Revision.ofDeployment(deployment.kind());
        return rollouts.history(gate.open(actor, deployment, ClusterAction.VIEW, "view the rollout history of "
                + deployment.describe()), deployment.namespace(), deployment.name());
    }

    @Override
    public CronJobRuns runs(Actor actor, ResourceRef cronJob) {
        CronJobRuns.ofCronJob(cronJob.kind(), "history");
        return rollouts.runs(gate.open(actor, cronJob, ClusterAction.VIEW, "view the runs of "
                + cronJob.describe()), cronJob.namespace(), cronJob.name());
    }
}
