package org.kubedeck.application.version;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.kubedeck.application.UseCase;
import org.kubedeck.application.kube.AuditedChanges;
import org.kubedeck.application.kube.ClusterGate;
import org.kubedeck.application.kube.port.out.ResourceCluster;
import org.kubedeck.application.version.Backups.Opened;
import org.kubedeck.application.version.port.in.BackupsQuery.Action;
import org.kubedeck.application.version.port.in.BackupsQuery.ObjectChange;
import org.kubedeck.application.version.port.in.RestoreBackupUseCase;
import org.kubedeck.application.version.port.out.BackupStore.SealedBackup;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.audit.AuditAction;
import org.kubedeck.domain.audit.AuditDetail;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.kube.ResourceRef;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.ClusterAction;
import org.kubedeck.domain.version.Backup;
import org.kubedeck.domain.version.Backup.BackupObject;

/** Restores what a backup holds and the live namespace lacks or holds otherwise, each object as a version. */
@UseCase
class RestoreBackupService implements RestoreBackupUseCase {

    private final ClusterGate gate;
    private final Backups backups;
    private final ResourceCluster resources;
    private final AuditedChanges changes;

    RestoreBackupService(ClusterGate gate, Backups backups, ResourceCluster resources, AuditedChanges changes) {
        this.gate = gate;
        this.backups = backups;
        this.resources = resources;
        this.changes = changes;
    }

    @Override
    public List<ObjectChange> restore(Actor actor, RestoreBackupCommand command) {
        String id = command.backupId();
        SealedBackup stored = backups.find(id);
        Backup summary = stored.summary();
        ClusterAccess access = gate.open(actor, summary.cluster(), ClusterAction.CHANGE, "restore a backup",
                summary.namespace());
        Set<BackupObject> wanted = command.objects().isEmpty() ? Set.copyOf(summary.objects())
                : Set.copyOf(command.objects());
        wanted.stream().filter(object -> !summary.objects().contains(object)).findFirst().ifPresent(object -> {
            throw new InvalidInputException("objects", Message.of("version.notBackup",
                    "{0} {1} is not in backup {2}.", object.kind().kind(), object.name(), id));
        });
        Opened opened = backups.open(stored);
        List<ObjectChange> todo = backups.changes(opened, access).stream()
                .filter(change -> change.action() != Action.UNCHANGED)
                .filter(change -> wanted.contains(new BackupObject(change.kind(), change.name())))
                .toList();
        if (command.dryRun() || todo.isEmpty()) {
            return todo;
        }
        Map<BackupObject, String> manifests = opened.manifests();
        for (ObjectChange change : todo) {
            ResourceRef resource = new ResourceRef(summary.cluster(), summary.namespace(), change.kind(),
                    change.name());
            String manifest = manifests.get(new BackupObject(change.kind(), change.name()));
            changes.recorded(actor, access, resource, "restored from backup " + id,
                    () -> resources.apply(access, summary.namespace(), manifest));
        }
        changes.audited(actor, AuditAction.BACKUP_RESTORED, summary.namespace(), summary.cluster(),
                AuditDetail.of("id", id, "objects", todo.stream()
                        .map(change -> change.kind().code() + "/" + change.name() + ":" + change.action().code())
                        .collect(Collectors.joining(" "))));
        return todo;
    }
}
