package org.kubedeck.application.rollout;

import java.time.Clock;
import org.kubedeck.application.UseCase;
import org.kubedeck.application.kube.AuditedChanges;
import org.kubedeck.application.kube.ClusterGate;
import org.kubedeck.application.rollout.port.in.RunCronJobUseCase;
import org.kubedeck.application.rollout.port.out.RolloutCluster;
import org.kubedeck.domain.audit.AuditAction;
import org.kubedeck.domain.audit.AuditDetail;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.kube.LiveResource;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.kube.ResourceRef;
import org.kubedeck.domain.rollout.ManualJob;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.ClusterAction;

/** A Job started from a CronJob's template; the Job's first state is its first version, the run audited. */
@UseCase
class RunCronJobService implements RunCronJobUseCase {

    private final ClusterGate gate;
    private final RolloutCluster rollouts;
    private final AuditedChanges changes;
    private final Clock clock;

    RunCronJobService(ClusterGate gate, RolloutCluster rollouts, AuditedChanges changes, Clock clock) {
        this.gate = gate;
        this.rollouts = rollouts;
        this.changes = changes;
        this.clock = clock;
    }

    @Override
    public LiveResource run(Actor actor, RunCommand command) {
        ResourceRef cronJob = command.cronJob();
        ClusterAccess access = gate.open(actor, cronJob, ClusterAction.CHANGE, "run " + cronJob.describe()
                + " now");
        ResourceRef job = new ResourceRef(cronJob.cluster(), cronJob.namespace(), ResourceKind.JOB,
                ManualJob.name(cronJob.name(), clock.instant()));
        LiveResource created = changes.recorded(actor, access, job, "started by hand from " + cronJob.describe(),
                () -> rollouts.run(access, cronJob.namespace(), cronJob.name(), job.name()));
        changes.audited(actor, AuditAction.CRONJOB_RUN, cronJob.describe(), cronJob.cluster(),
                AuditDetail.of("job", job.name()));
        return created;
    }
}
