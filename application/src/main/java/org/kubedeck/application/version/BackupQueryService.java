package org.kubedeck.application.version;

import java.util.List;
import org.kubedeck.application.UseCase;
import org.kubedeck.application.kube.ClusterGate;
import org.kubedeck.application.version.port.in.BackupsQuery;
import org.kubedeck.application.version.port.out.BackupSchedules;
import org.kubedeck.application.version.port.out.BackupStore.SealedBackup;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.kube.NamespaceRef;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.ClusterAction;
import org.kubedeck.domain.version.Backup;
import org.kubedeck.domain.version.BackupSchedule;

/** Backups and schedules as the pages and the JSON API read them; only comparing calls the cluster. */
@UseCase
class BackupQueryService implements BackupsQuery {

    private final ClusterGate gate;
    private final Backups backups;
    private final BackupSchedules schedules;

    BackupQueryService(ClusterGate gate, Backups backups, BackupSchedules schedules) {
        this.gate = gate;
        this.backups = backups;
        this.schedules = schedules;
    }

    @Override
    public List<Backup> list(Actor actor, NamespaceRef namespace) {
        gate.require(actor, namespace.cluster(), ClusterAction.VIEW, "list backups", namespace.namespace());
        return backups.store().list(namespace.cluster(), namespace.namespace(), LISTED_BACKUPS);
    }

    @Override
    public List<Backup> list(Actor actor, ClusterName cluster) {
        gate.require(actor, cluster, ClusterAction.VIEW, "list backups", "");
        return backups.store().list(cluster, null, LISTED_BACKUPS);
    }

    @Override
    public Backup get(Actor actor, String id) {
        SealedBackup stored = backups.find(id);
        gate.require(actor, stored.summary().cluster(), ClusterAction.VIEW, "read a backup",
                stored.summary().namespace());
        return backups.open(stored).backup();
    }

    @Override
    public List<ObjectChange> compare(Actor actor, String id) {
        SealedBackup stored = backups.find(id);
        ClusterAccess access = gate.open(actor, stored.summary().cluster(), ClusterAction.VIEW, "read a backup",
                stored.summary().namespace());
        return backups.changes(backups.open(stored), access);
    }

    @Override
    public List<BackupSchedule> schedules(Actor actor, ClusterName cluster) {
        gate.require(actor, cluster, ClusterAction.VIEW, "list backup schedules", "");
        return schedules.list(cluster);
    }
}
