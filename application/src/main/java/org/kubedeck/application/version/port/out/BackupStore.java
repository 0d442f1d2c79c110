package org.kubedeck.application.version.port.out;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.kubedeck.application.secret.SealedSecret;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.version.Backup;
import org.kubedeck.domain.version.Backup.BackupObject;

/**
 * Namespace backups, shared by every replica. A backup is kept as its summary in the clear (what the list shows:
 * cluster, namespace, time, author, its objects' kinds and names) and its content sealed whole.
 */
public interface BackupStore {

    /**
     * Stores the backup, its id assigned here, and returns the summary with the id. The summary's YAML must be
     * empty: a backup's YAML is kept only inside its sealed content.
     */
    Backup save(Backup summary, SealedSecret content);

    /** Newest first, summaries ({@code yaml} empty); a null namespace lists the cluster's. */
    List<Backup> list(ClusterName cluster, String namespace, int limit);

    /** The summary and the sealed content; empty for an id this store did not give out, or not sealed yet. */
    Optional<SealedBackup> find(String id);

    /** For the key rotation: up to {@code limit} backups whose content one of {@code keyIds} sealed. */
    List<SealedBackup> sealedUnder(Set<String> keyIds, int limit);

    /** For sealing at start: up to {@code limit} backups stored before backups were sealed whole. */
    List<PlainBackup> plain(int limit);

    /** Replaces the backup's sealed content, and drops whatever it kept from before; false when it is gone. */
    boolean seal(String id, SealedSecret content);

    record SealedBackup(Backup summary, SealedSecret content) {
    }

    /** A backup as stored before backups were sealed whole: its YAML in the clear, its Secrets sealed apart. */
    record PlainBackup(String id, List<BackupObject> objects, String yaml, Optional<SealedSecret> secrets) {
    }
}
