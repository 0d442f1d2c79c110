package org.kubedeck.application.container;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.kubedeck.application.UseCase;
import org.kubedeck.application.audit.AuditLog;
import org.kubedeck.application.container.port.in.ExpireLogSnapshotsUseCase;
import org.kubedeck.application.container.port.in.LogSnapshotsUseCase;
import org.kubedeck.application.container.port.out.ContainerLogs;
import org.kubedeck.application.container.port.out.ContainerLogs.LogReader;
import org.kubedeck.application.container.port.out.LogSnapshots;
import org.kubedeck.application.kube.ClusterGate;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.NotFoundException;
import org.kubedeck.domain.audit.AuditAction;
import org.kubedeck.domain.audit.AuditDetail;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.container.ContainerRef;
import org.kubedeck.domain.container.LastLines;
import org.kubedeck.domain.container.LogQuery;
import org.kubedeck.domain.container.LogSnapshot;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.ClusterAction;

/** Takes, lists, reads and expires snapshots of containers' logs. */
@UseCase
class LogSnapshotsService implements LogSnapshotsUseCase, ExpireLogSnapshotsUseCase {

    private final ClusterGate gate;
    private final ContainerLogs logs;
    private final LogSnapshots snapshots;
    private final AuditLog auditLog;
    private final ContainerSettings settings;
    private final Clock clock;

    LogSnapshotsService(ClusterGate gate, ContainerLogs logs, LogSnapshots snapshots, AuditLog auditLog,
            ContainerSettings settings, Clock clock) {
        this.gate = gate;
        this.logs = logs;
        this.snapshots = snapshots;
        this.auditLog = auditLog;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public LogSnapshot take(Actor actor, ContainerRef container, LogQuery query) {
        ClusterAccess access = gate.open(actor, container.pod(), ClusterAction.VIEW,
                "keep a snapshot of the log of " + container.describe());
        Pattern filter = query.filter().orElse(null);
        LastLines kept = new LastLines(settings.snapshotLimit());
        try (LogReader reader = logs.open(access, container, query)) {
            for (String line = reader.next(); line != null; line = reader.next()) {
                if (filter == null || filter.matcher(line).find()) {
                    kept.add(line);
                }
            }
        }
        Instant now = clock.instant();
        LogSnapshot snapshot = new LogSnapshot(UUID.randomUUID(), container, actor.username().value(), now,
                now.plus(settings.snapshotRetention()), kept.count(), kept.bytes(), kept.dropped());
        snapshots.save(snapshot, kept.content());
        auditLog.success(actor, AuditAction.LOG_SNAPSHOT_TAKEN, container.describe(), container.cluster().value(),
                AuditDetail.of("snapshot", snapshot.id().toString(), "lines", snapshot.lines(), "truncated",
                        snapshot.truncated()));
        return snapshot;
    }

    @Override
    public List<LogSnapshot> snapshots(Actor actor, ClusterName cluster) {
        gate.require(actor, cluster, ClusterAction.VIEW, "list the log snapshots of " + cluster, cluster.value());
        return snapshots.list(cluster, SHOWN);
    }

    @Override
    public Kept snapshot(Actor actor, ClusterName cluster, UUID id) {
        gate.require(actor, cluster, ClusterAction.VIEW, "read a log snapshot of " + cluster, cluster.value());
        LogSnapshot found = snapshots.find(cluster, id).orElseThrow(() -> missing(cluster, id));
        return new Kept(found, snapshots.content(cluster, id).orElseThrow(() -> missing(cluster, id)));
    }

    @Override
    public void delete(Actor actor, ClusterName cluster, UUID id) {
        gate.require(actor, cluster, ClusterAction.CHANGE, "delete a log snapshot of " + cluster, cluster.value());
        if (!snapshots.delete(cluster, id)) {
            throw missing(cluster, id);
        }
        auditLog.success(actor, AuditAction.LOG_SNAPSHOT_DELETED, id.toString(), cluster.value(),
                AuditDetail.EMPTY);
    }

    @Override
    public int expireLogSnapshots() {
        return snapshots.deleteExpired(clock.instant());
    }

    private static NotFoundException missing(ClusterName cluster, UUID id) {
        return new NotFoundException(Message.of("logs.noSuchSnapshot",
                "There is no log snapshot {0} in cluster '{1}'.", id, cluster));
    }
}
