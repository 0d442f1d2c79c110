package org.kubedeck.application.testing;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.kubedeck.application.container.port.out.LogSnapshots;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.container.LogSnapshot;

public class InMemoryLogSnapshots implements LogSnapshots {

    private final Map<UUID, LogSnapshot> snapshots = new LinkedHashMap<>();
    private final Map<UUID, byte[]> contents = new LinkedHashMap<>();

    @Override
    public synchronized void save(LogSnapshot snapshot, byte[] content) {
        snapshots.put(snapshot.id(), snapshot);
        contents.put(snapshot.id(), content.clone());
    }

    @Override
    public synchronized List<LogSnapshot> list(ClusterName cluster, int limit) {
        return snapshots.values().stream().filter(snapshot -> snapshot.container().cluster().equals(cluster))
                .sorted(Comparator.comparing(LogSnapshot::takenAt).reversed()).limit(limit).toList();
    }

    @Override
    public synchronized Optional<LogSnapshot> find(ClusterName cluster, UUID id) {
        return Optional.ofNullable(snapshots.get(id)).filter(found -> found.container().cluster().equals(cluster));
    }

    @Override
    public synchronized Optional<byte[]> content(ClusterName cluster, UUID id) {
        return find(cluster, id).map(found -> contents.get(id).clone());
    }

    @Override
    public synchronized boolean delete(ClusterName cluster, UUID id) {
        if (find(cluster, id).isEmpty()) {
            return false;
        }
        snapshots.remove(id);
        contents.remove(id);
        return true;
    }

    @Override
    public synchronized int deleteExpired(Instant now) {
        List<UUID> expired = snapshots.values().stream().filter(snapshot -> snapshot.expiresAt().isBefore(now))
                .map(LogSnapshot::id).toList();
        expired.forEach(id -> {
            snapshots.remove(id);
            contents.remove(id);
        });
        return expired.size();
    }
}
