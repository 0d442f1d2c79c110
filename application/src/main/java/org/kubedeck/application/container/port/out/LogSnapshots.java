package org.kubedeck.application.container.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.container.LogSnapshot;

/** Kept snapshots of containers' logs, per cluster (and going with it). */
public interface LogSnapshots {

    void save(LogSnapshot snapshot, byte[] content);

    /** The cluster's newest first, at most {@code limit}. */
    List<LogSnapshot> list(ClusterName cluster, int limit);

    Optional<LogSnapshot> find(ClusterName cluster, UUID id);

    Optional<byte[]> content(ClusterName cluster, UUID id);

    /** Answers whether there was one to delete. */
    boolean delete(ClusterName cluster, UUID id);

    /** Deletes every snapshot that expired before {@code now}; answers how many. */
    int deleteExpired(Instant now);
}
