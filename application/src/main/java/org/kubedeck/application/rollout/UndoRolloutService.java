package org.kubedeck.application.rollout;

import org.kubedeck.application.UseCase;
import org.kubedeck.application.kube.AuditedChanges;
import org.kubedeck.application.kube.ClusterGate;
import org.kubedeck.application.rollout.port.in.UndoRolloutUseCase;
import org.kubedeck.application.rollout.port.out.RolloutCluster;
import org.kubedeck.domain.audit.AuditAction;
import org.kubedeck.domain.audit.AuditDetail;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.kube.ResourceRef;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.ClusterAction;

/** A rollback of a Deployment's pod template, recorded as its next version and audited with the revision. */
@UseCase
class UndoRolloutService implements UndoRolloutUseCase {

    private final ClusterGate gate;
    private final RolloutCluster rollouts;
    private final AuditedChanges changes;

    UndoRolloutService(ClusterGate gate, RolloutCluster rollouts, AuditedChanges changes) {
        this.gate = gate;
        this.rollouts = rollouts;
        this.changes = changes;
    }

    @Override
    public String undo(Actor actor, UndoCommand command) {
        ResourceRef deployment = command.deployment();
        String revision = command.revision() == 0 ? "the previous revision" : "revision " + command.revision();
        ClusterAccess access = gate.open(actor, deployment, ClusterAction.CHANGE, "roll "
                + deployment.describe() + " back");
        return changes.change(actor, access, deployment, "rolled back to " + revision,
                AuditAction.WORKLOAD_ROLLED_BACK, () -> rollouts.undo(access, deployment.namespace(),
                        deployment.name(), command.revision()).yaml(),
                yaml -> AuditDetail.of("revision", command.revision() == 0 ? "previous" : command.revision()));
    }
}
