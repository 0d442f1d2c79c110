package org.kubedeck.domain.version;

import java.time.Instant;
import org.kubedeck.domain.cluster.ClusterName;

/** When a namespace is backed up on its own: the cron expression (UTC) and the next run it gives. */
public record BackupSchedule(ClusterName cluster, String namespace, String cron, Instant nextRun, String author) {
}
