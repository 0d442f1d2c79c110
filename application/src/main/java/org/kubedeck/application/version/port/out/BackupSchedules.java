package org.kubedeck.application.version.port.out;

import java.time.Instant;
import java.util.List;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.version.BackupSchedule;

/** When each namespace is backed up on its own, shared by every replica. */
public interface BackupSchedules {

    /**
     * Sets the namespace's schedule: a cron expression of six fields (second minute hour day month weekday, as
     * {@code 0 0 2 * * *}), evaluated in UTC. InvalidInputException (field {@code cron}) when it does not parse.
     */
    BackupSchedule set(ClusterName cluster, String namespace, String cron, String author, Instant now);

    /** Removes the schedule; false when there was none. */
    boolean remove(ClusterName cluster, String namespace);

    List<BackupSchedule> list(ClusterName cluster);

    /**
     * The schedules due at {@code now}, each handed to exactly one caller across replicas; their next run is moved
     * on past {@code now} before they are returned.
     */
    List<BackupSchedule> takeDue(Instant now, int limit);
}
