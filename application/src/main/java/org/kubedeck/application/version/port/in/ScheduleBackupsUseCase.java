package org.kubedeck.application.version.port.in;

import java.util.Objects;
import org.kubedeck.domain.kube.NamespaceRef;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.version.BackupSchedule;

/** Backs a namespace up on a schedule (write on the cluster); each due backup runs on one replica. */
public interface ScheduleBackupsUseCase {

    /** Sets or replaces the namespace's schedule; InvalidInputException, field {@code cron}, for a bad one. */
    BackupSchedule schedule(Actor actor, ScheduleBackupsCommand command);

    /** NotFoundException when the namespace has no schedule. */
    void unschedule(Actor actor, NamespaceRef namespace);

    /** @param cron six fields, second to weekday ({@code 0 0 2 * * *}); trimmed */
    record ScheduleBackupsCommand(NamespaceRef namespace, String cron) {

        public ScheduleBackupsCommand {
            Objects.requireNonNull(namespace);
            cron = cron == null ? "" : cron.trim();
        }
    }
}
