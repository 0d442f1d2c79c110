package org.kubedeck.application.container.port.in;

import java.util.List;
import java.util.UUID;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.container.ContainerRef;
import org.kubedeck.domain.container.LogQuery;
import org.kubedeck.domain.container.LogSnapshot;
import org.kubedeck.domain.user.Actor;

/**
 * Snapshots of containers' logs kept in the console, for the cluster's readers: readable after the pod is gone,
 * until they expire.
 */
public interface LogSnapshotsUseCase {

    /**
     * Reads the log the query selects (its filter included) and keeps its newest lines, as many as a snapshot
     * holds; audited. Refusals as for reading the log.
     */
    LogSnapshot take(Actor actor, ContainerRef container, LogQuery query);

    /** The cluster's, newest first (at most {@value #SHOWN}). */
    List<LogSnapshot> snapshots(Actor actor, ClusterName cluster);

    /** One, with its lines. NotFoundException when there is none (or it expired). */
    Kept snapshot(Actor actor, ClusterName cluster, UUID id);

    /** Deletes one (write on the cluster); audited. */
    void delete(Actor actor, ClusterName cluster, UUID id);

    int SHOWN = 200;

    record Kept(LogSnapshot snapshot, byte[] content) {
    }
}
