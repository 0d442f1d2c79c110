package org.kubedeck.application.version;

import org.kubedeck.application.UseCase;
import org.kubedeck.application.audit.AuditLog;
import org.kubedeck.application.kube.ClusterGate;
import org.kubedeck.application.version.port.in.CreateBackupUseCase;
import org.kubedeck.domain.audit.AuditAction;
import org.kubedeck.domain.audit.AuditDetail;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.kube.NamespaceRef;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.ClusterAction;
import org.kubedeck.domain.version.Backup;

/** Backs up a namespace now, for the user who asks. */
@UseCase
class CreateBackupService implements CreateBackupUseCase {

    private final ClusterGate gate;
    private final Backups backups;
    private final AuditLog auditLog;

    CreateBackupService(ClusterGate gate, Backups backups, AuditLog auditLog) {
        this.gate = gate;
        this.backups = backups;
        this.auditLog = auditLog;
    }

    @Override
    public Backup create(Actor actor, NamespaceRef namespace) {
        ClusterAccess access = gate.open(actor, namespace, ClusterAction.CHANGE, "back up the namespace");
        Backup backup = backups.backUp(actor, access, namespace.namespace());
        auditLog.success(actor, AuditAction.BACKUP_CREATED, namespace.namespace(), namespace.cluster().value(),
                AuditDetail.of("id", backup.id(), "objects", backup.objects().size()));
        return backup;
    }
}
