package org.kubedeck.application.rollout;

import java.time.Clock;
import org.kubedeck.application.UseCase;
import org.kubedeck.application.kube.AuditedChanges;
import org.kubedeck.application.kube.ClusterGate;
import org.kubedeck.application.kube.ResourceHistory;
import org.kubedeck.application.kube.port.out.ResourceCluster;
import org.kubedeck.application.rollout.port.in.RolloutUseCase;
import org.kubedeck.domain.audit.AuditDetail;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.kube.ResourceRef;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.ClusterAction;

/** Rollout actions as merge patches of the workload, through the kernel's audited changes. */
@UseCase
class RolloutService implements RolloutUseCase {

    private final ClusterGate gate;
    private final ResourceCluster resources;
    private final ResourceHistory history;
    private final AuditedChanges changes;
    private final Clock clock;

    RolloutService(ClusterGate gate, ResourceCluster resources, ResourceHistory history, AuditedChanges changes,
            Clock clock) {
        this.gate = gate;
        this.resources = resources;
        this.history = history;
        this.changes = changes;
        this.clock = clock;
    }

    @Override
    public String roll(Actor actor, RolloutCommand command) {
        ResourceRef workload = command.workload();
        String patch = command.action().mergePatch(workload.kind(), clock.instant());
        ClusterAccess access = gate.open(actor, workload, ClusterAction.CHANGE, command.action().word() + " "
                + workload.describe());
        return changes.change(actor, access, workload, command.action().audited(), AuditDetail.EMPTY,
                () -> resources.patch(access, workload.kind(), workload.namespace(), workload.name(), patch,
                        history.mask()).yaml());
    }
}
