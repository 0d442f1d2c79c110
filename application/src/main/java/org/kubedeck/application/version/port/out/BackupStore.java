package org.kubedeck.application.version.port.out;

import java.util.List;
import java.util.Optional;
import org.kubedeck.application.secret.SealedSecret;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.version.Backup;

/** Namespace backups, shared by every replica. */
public interface BackupStore {

    /** Stores the backup (its id is assigned here) with the namespace's Secrets sealed apart; null when none. */
    Backup save(Backup backup, SealedSecret sealedSecrets);

    /** Newest first, without the YAML ({@code yaml} empty); a null namespace lists the cluster's. */
    List<Backup> list(ClusterName cluster, String namespace, int limit);

    Optional<Backup> find(String id);

    /** The Secrets of the backup as one multi-document YAML, sealed; empty when it holds none. */
    Optional<SealedSecret> sealedSecrets(String id);
}
