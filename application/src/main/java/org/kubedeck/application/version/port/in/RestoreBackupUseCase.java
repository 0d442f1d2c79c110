package org.kubedeck.application.version.port.in;

import java.util.List;
import java.util.Objects;
import org.kubedeck.application.version.port.in.BackupsQuery.ObjectChange;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.version.Backup.BackupObject;

/** Restores a backup's objects into its namespace (write on the cluster; a preview too). */
public interface RestoreBackupUseCase {

    /**
     * Applies what is missing from or differs in the live namespace, each object recorded as a version, and audits
     * it; returns what was (with {@code dryRun}: would be) changed. InvalidInputException, field {@code objects},
     * for an object the backup does not hold.
     */
    List<ObjectChange> restore(Actor actor, RestoreBackupCommand command);

    /** @param objects the objects to restore; empty for all of them */
    record RestoreBackupCommand(String backupId, List<BackupObject> objects, boolean dryRun) {

        public RestoreBackupCommand {
            Objects.requireNonNull(backupId);
            objects = List.copyOf(objects == null ? List.of() : objects);
        }
    }
}
