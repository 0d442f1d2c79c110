package org.kubedeck.application.rollout;

import java.util.List;
import org.kubedeck.application.UseCase;
import org.kubedeck.application.kube.ClusterGate;
import org.kubedeck.application.rollout.port.in.RolloutHistoryQuery;
import org.kubedeck.application.rollout.port.out.RolloutCluster;
import org.kubedeck.domain.kube.ResourceRef;
import org.kubedeck.domain.rollout.Revision;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.ClusterAction;

/** A Deployment's revisions, read from its ReplicaSets. */
@UseCase
class RolloutHistoryService implements RolloutHistoryQuery {

    private final ClusterGate gate;
    private final RolloutCluster rollouts;

    RolloutHistoryService(ClusterGate gate, RolloutCluster rollouts) {
        this.gate = gate;
        this.rollouts = rollouts;
    }

    @Override
    public List<Revision> history(Actor actor, ResourceRef deployment) {
        Revision.ofDeployment(deployment.kind());
        return rollouts.history(gate.open(actor, deployment, ClusterAction.VIEW, "view the rollout history of "
                + deployment.describe()), deployment.namespace(), deployment.name());
    }
}
