package org.kubedeck.application.version.port.in;

import java.util.List;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.kube.NamespaceRef;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.version.Backup;
import org.kubedeck.domain.version.BackupSchedule;

/**
 * Backups of namespaces' objects, read on the cluster. A backup of a cluster the actor may not see answers as if
 * it did not exist. Backing up, restoring and scheduling are use cases of their own.
 */
public interface BackupsQuery {

    /** The namespace's backups, newest first, at most {@value #LISTED_BACKUPS}; their YAML is not read. */
    List<Backup> list(Actor actor, NamespaceRef namespace);

    /** Every namespace's backups in the cluster, newest first, at most {@value #LISTED_BACKUPS}. */
    List<Backup> list(Actor actor, ClusterName cluster);

    /** The backup with its YAML, Secret values masked. */
    Backup get(Actor actor, String id);

    /** Each object of the backup against the live namespace, in the backup's order. */
    List<ObjectChange> compare(Actor actor, String id);

    List<BackupSchedule> schedules(Actor actor, ClusterName cluster);

    int LISTED_BACKUPS = 100;

    /** @param diff a unified diff from the live object to the backup's; empty when unchanged */
    record ObjectChange(ResourceKind kind, String name, Action action, String diff) {
    }

    /** What a restore does with an object. */
    enum Action {
        CREATE,
        UPDATE,
        UNCHANGED;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
