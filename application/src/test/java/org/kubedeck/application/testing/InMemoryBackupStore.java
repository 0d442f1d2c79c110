package org.kubedeck.application.testing;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kubedeck.application.secret.SealedSecret;
import org.kubedeck.application.version.port.out.BackupStore;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.version.Backup;

public class InMemoryBackupStore implements BackupStore {

    private final Map<String, Stored> backups = new LinkedHashMap<>();
    private long lastId;

    @Override
    public synchronized Backup save(Backup backup, SealedSecret sealedSecrets) {
        Backup saved = new Backup(Long.toString(++lastId), backup.cluster(), backup.namespace(), backup.createdAt(),
                backup.author(), backup.objects(), backup.yaml());
        backups.put(saved.id(), new Stored(saved, sealedSecrets));
        return saved;
    }

    @Override
    public synchronized List<Backup> list(ClusterName cluster, String namespace, int limit) {
        return backups.values().stream().map(Stored::backup)
                .filter(b -> b.cluster().equals(cluster) && (namespace == null || b.namespace().equals(namespace)))
                .sorted(Comparator.comparing(Backup::createdAt)
                        .thenComparing(b -> Long.parseLong(b.id())).reversed())
                .limit(Math.max(0, limit))
                .map(b -> new Backup(b.id(), b.cluster(), b.namespace(), b.createdAt(), b.author(), b.objects(), ""))
                .toList();
    }

    @Override
    public synchronized Optional<Backup> find(String id) {
        return Optional.ofNullable(backups.get(id)).map(Stored::backup);
    }

    @Override
    public synchronized Optional<SealedSecret> sealedSecrets(String id) {
        return Optional.ofNullable(backups.get(id)).map(Stored::sealed);
    }

    private record Stored(Backup backup, SealedSecret sealed) {
    }
}
