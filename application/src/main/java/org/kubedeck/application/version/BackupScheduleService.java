package org.kubedeck.application.version;

import java.time.Clock;
import org.kubedeck.application.UseCase;
import org.kubedeck.application.audit.AuditLog;
import org.kubedeck.application.kube.ClusterGate;
import org.kubedeck.application.version.port.in.ScheduleBackupsUseCase;
import org.kubedeck.application.version.port.out.BackupSchedules;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.NotFoundException;
import org.kubedeck.domain.audit.AuditAction;
import org.kubedeck.domain.audit.AuditDetail;
import org.kubedeck.domain.kube.NamespaceRef;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.ClusterAction;
import org.kubedeck.domain.version.BackupSchedule;

/** Sets and removes namespaces' backup schedules; audited. */
@UseCase
class BackupScheduleService implements ScheduleBackupsUseCase {

    private final ClusterGate gate;
    private final BackupSchedules schedules;
    private final AuditLog auditLog;
    private final Clock clock;

    BackupScheduleService(ClusterGate gate, BackupSchedules schedules, AuditLog auditLog, Clock clock) {
        this.gate = gate;
        this.schedules = schedules;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Override
    public BackupSchedule schedule(Actor actor, ScheduleBackupsCommand command) {
        NamespaceRef namespace = command.namespace();
        gate.require(actor, namespace.cluster(), ClusterAction.CHANGE, "schedule backups of "
                + namespace.namespace(), namespace.namespace());
        BackupSchedule schedule = schedules.set(namespace.cluster(), namespace.namespace(), command.cron(),
                actor.username().value(), clock.instant());
        auditLog.success(actor, AuditAction.BACKUP_SCHEDULED, namespace.namespace(), namespace.cluster().value(),
                AuditDetail.of("cron", schedule.cron(), "next_run", schedule.nextRun().toString()));
        return schedule;
    }

    @Override
    public void unschedule(Actor actor, NamespaceRef namespace) {
        gate.require(actor, namespace.cluster(), ClusterAction.CHANGE, "stop scheduled backups of "
                + namespace.namespace(), namespace.namespace());
        if (!schedules.remove(namespace.cluster(), namespace.namespace())) {
            throw new NotFoundException(Message.of("version.namespaceHasNoBackup",
                    "Namespace {0} has no backup schedule.", namespace.namespace()));
        }
        auditLog.success(actor, AuditAction.BACKUP_UNSCHEDULED, namespace.namespace(), namespace.cluster().value(),
                AuditDetail.EMPTY);
    }
}
