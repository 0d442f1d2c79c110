package org.kubedeck.application.workload;

import java.time.Clock;
import org.kubedeck.application.UseCase;
import org.kubedeck.application.audit.AuditLog;
import org.kubedeck.application.kube.ClusterGate;
import org.kubedeck.application.workload.port.in.RestoreDuePodsUseCase;
import org.kubedeck.application.workload.port.out.RestoreSchedule;
import org.kubedeck.application.workload.port.out.RestoreSchedule.PlannedRestore;
import org.kubedeck.application.workload.port.out.WorkloadReader;
import org.kubedeck.domain.DomainException;
import org.kubedeck.domain.audit.AuditAction;
import org.kubedeck.domain.audit.AuditDetail;
import org.kubedeck.domain.audit.Outcome;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.workload.LoadLabel;

/** Restores the pods whose planned restore is due, as the console itself, a bounded number per run. */
@UseCase
class RestoreDuePodsService implements RestoreDuePodsUseCase {

    private static final int RESTORES_PER_RUN = 200;

    private final ClusterGate gate;
    private final WorkloadReader reader;
    private final PodLoad pods;
    private final RestoreSchedule restores;
    private final AuditLog auditLog;
    private final Clock clock;

    RestoreDuePodsService(ClusterGate gate, WorkloadReader reader, PodLoad pods, RestoreSchedule restores,
            AuditLog auditLog, Clock clock) {
        this.gate = gate;
        this.reader = reader;
        this.pods = pods;
        this.restores = restores;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Runs as the console itself; the audit entry names who asked for the restore. */
    @Override
    public int restoreDuePods() {
        LoadLabel load = pods.label();
        int restored = 0;
        for (PlannedRestore due : restores.takeDue(clock.instant(), RESTORES_PER_RUN)) {
            try {
                ClusterAccess access = gate.openForConsole(due.cluster());
                String old = reader.pod(access, due.namespace(), due.pod()).map(p -> p.label(load.key())).orElse(null);
                pods.set(Actor.system(), access, due.namespace(), due.pod(), load.online(), "automatic restore");
                auditLog.success(Actor.system(), AuditAction.POD_RESTORED, due.namespace() + "/" + due.pod(),
                        due.cluster().value(), AuditDetail.of("namespace", due.namespace(), "pod", due.pod(),
                                "label", load.key(), "old", old, "new", load.online(), "reason", "auto_restore",
                                "requested_by", due.requestedBy()));
                restored++;
            } catch (DomainException e) {
                // A pod or cluster that went away: nothing left to restore. Recorded, not retried.
                auditLog.record(Actor.system(), AuditAction.POD_RESTORED, due.namespace() + "/" + due.pod(),
                        due.cluster().value(), Outcome.FAILURE, AuditDetail.of("reason", "auto_restore",
                                "error", e.getMessage(), "requested_by", due.requestedBy()));
            }
        }
        return restored;
    }
}
