package org.kubedeck.application.testing;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kubedeck.application.secret.SealedSecret;
import org.kubedeck.application.version.port.out.BackupStore;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.version.Backup;

public class InMemoryBackupStore implements BackupStore {

    private final Map<String, Stored> backups = new LinkedHashMap<>();
    private long lastId;

    @Override
    public synchronized Backup save(Backup summary, SealedSecret content) {
        if (!summary.yaml().isEmpty()) {
            throw new IllegalArgumentException("A backup's YAML is stored only inside its sealed content");
        }
        return put(summary, content, null);
    }

    /** A backup as the store kept it before backups were sealed whole: YAML in the clear, Secrets sealed apart. */
    public synchronized Backup savePlain(Backup backup, SealedSecret secrets) {
        return put(backup, null, new PlainBackup(null, backup.objects(), backup.yaml(), Optional.ofNullable(secrets)));
    }

    private Backup put(Backup backup, SealedSecret content, PlainBackup plain) {
        Backup summary = new Backup(Long.toString(++lastId), backup.cluster(), backup.namespace(),
                backup.createdAt(), backup.author(), backup.objects(), "");
        backups.put(summary.id(), new Stored(summary, content, plain));
        return summary;
    }

    @Override
    public synchronized List<Backup> list(ClusterName cluster, String namespace, int limit) {
        return backups.values().stream().map(Stored::summary)
                .filter(b -> b.cluster().equals(cluster) && (namespace == null || b.namespace().equals(namespace)))
                .sorted(Comparator.comparing(Backup::createdAt)
                        .thenComparing(b -> Long.parseLong(b.id())).reversed())
                .limit(Math.max(0, limit))
                .toList();
    }

    @Override
    public synchronized Optional<SealedBackup> find(String id) {
        return Optional.ofNullable(backups.get(id)).filter(stored -> stored.content() != null)
                .map(stored -> new SealedBackup(stored.summary(), stored.content()));
    }

    @Override
    public synchronized List<SealedBackup> sealedUnder(Set<String> keyIds, int limit) {
        return backups.values().stream()
                .filter(stored -> stored.content() != null && keyIds.contains(stored.content().keyId()))
                .limit(Math.max(0, limit))
                .map(stored -> new SealedBackup(stored.summary(), stored.content()))
                .toList();
    }

    @Override
    public synchronized List<PlainBackup> plain(int limit) {
        return backups.values().stream().filter(stored -> stored.plain() != null).limit(Math.max(0, limit))
                .map(stored -> new PlainBackup(stored.summary().id(), stored.summary().objects(),
                        stored.plain().yaml(), stored.plain().secrets()))
                .toList();
    }

    @Override
    public synchronized boolean seal(String id, SealedSecret content) {
        return backups.computeIfPresent(id, (key, stored) -> new Stored(stored.summary(), content, null)) != null;
    }

    /** What is stored of a backup: its summary, and its sealed content or, from before, its plain parts. */
    private record Stored(Backup summary, SealedSecret content, PlainBackup plain) {
    }
}
