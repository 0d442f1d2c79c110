package org.kubedeck.application.version;

import java.time.Clock;
import org.kubedeck.application.UseCase;
import org.kubedeck.application.audit.AuditLog;
import org.kubedeck.application.kube.ClusterGate;
import org.kubedeck.application.version.port.in.RunDueBackupsUseCase;
import org.kubedeck.application.version.port.out.BackupSchedules;
import org.kubedeck.domain.DomainException;
import org.kubedeck.domain.audit.AuditAction;
import org.kubedeck.domain.audit.AuditDetail;
import org.kubedeck.domain.audit.Outcome;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.version.Backup;
import org.kubedeck.domain.version.BackupSchedule;

/** Makes the backups whose schedule is due; each is taken by one replica. */
@UseCase
class RunDueBackupsService implements RunDueBackupsUseCase {

    private static final int SCHEDULES_PER_RUN = 20;

    private final ClusterGate gate;
    private final BackupSchedules schedules;
    private final Backups backups;
    private final AuditLog auditLog;
    private final Clock clock;

    RunDueBackupsService(ClusterGate gate, BackupSchedules schedules, Backups backups, AuditLog auditLog,
            Clock clock) {
        this.gate = gate;
        this.schedules = schedules;
        this.backups = backups;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Runs as the console itself; the audit entry names who set the schedule. */
    @Override
    public int runDueBackups() {
        int done = 0;
        for (BackupSchedule due : schedules.takeDue(clock.instant(), SCHEDULES_PER_RUN)) {
            try {
                Backup backup = backups.backUp(Actor.system(), gate.openForConsole(due.cluster()), due.namespace());
                auditLog.success(Actor.system(), AuditAction.BACKUP_CREATED, due.namespace(), due.cluster().value(),
                        AuditDetail.of("id", backup.id(), "objects", backup.objects().size(), "scheduled_by",
                                due.author()));
                done++;
            } catch (DomainException e) {
                auditLog.record(Actor.system(), AuditAction.BACKUP_CREATED, due.namespace(), due.cluster().value(),
                        Outcome.FAILURE, AuditDetail.of("error", e.getMessage(), "scheduled_by", due.author()));
            }
        }
        return done;
    }
}
