package org.kubedeck.application.version.port.in;

import java.util.List;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.version.Backup;
import org.kubedeck.domain.version.Backup.BackupObject;
import org.kubedeck.domain.version.BackupSchedule;

/**
 * Backups of a namespace's objects and restoring them. Listing, reading and comparing need read on the cluster;
 * backing up, restoring (a preview too) and scheduling need write.
 */
public interface BackupsUseCase {

    Backup create(Actor actor, ClusterName cluster, String namespace);

    /** Newest first, without YAML; a null namespace lists every namespace's. */
    List<Backup> list(Actor actor, ClusterName cluster, String namespace);

    /** With its YAML, Secret values masked. */
    Backup get(Actor actor, String id);

    /** Each object of the backup against the live namespace. */
    List<ObjectChange> compare(Actor actor, String id);

    /**
     * Puts back the objects named ({@code null} or empty: all) that are missing or differ, and returns what was
     * done; {@code dryRun} only returns what would be.
     */
    List<ObjectChange> restore(Actor actor, String id, List<BackupObject> objects, boolean dryRun);

    BackupSchedule schedule(Actor actor, ClusterName cluster, String namespace, String cron);

    void unschedule(Actor actor, ClusterName cluster, String namespace);

    List<BackupSchedule> schedules(Actor actor, ClusterName cluster);

    /** @param diff unified, from the live object to the backup's; empty when unchanged */
    record ObjectChange(ResourceKind kind, String name, Action action, String diff) {
    }

    enum Action {
        /** Missing in the namespace: restoring creates it. */
        CREATE,
        /** Differs from the backup: restoring replaces it. */
        UPDATE,
        /** Equal to the backup: restoring leaves it. */
        UNCHANGED;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
