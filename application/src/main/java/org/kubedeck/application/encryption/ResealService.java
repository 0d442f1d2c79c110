package org.kubedeck.application.encryption;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.kubedeck.application.UseCase;
import org.kubedeck.application.audit.AuditLog;
import org.kubedeck.application.cluster.port.out.ClusterStore;
import org.kubedeck.application.encryption.port.in.ResealUseCase;
import org.kubedeck.application.secret.SealedSecret;
import org.kubedeck.application.secret.port.out.SecretBox;
import org.kubedeck.application.version.BackupContent;
import org.kubedeck.application.version.port.out.BackupStore;
import org.kubedeck.application.version.port.out.BackupStore.PlainBackup;
import org.kubedeck.application.version.port.out.VersionStore;
import org.kubedeck.domain.audit.AuditAction;
import org.kubedeck.domain.audit.AuditDetail;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.user.Actor;

/**
 * Seals again, under the current key, what a previous key sealed: every kind the console keeps sealed at rest
 * (kubeconfigs, backups, the complete Secrets beside versions) goes through the same steps (read a batch sealed
 * under a previous key, open each, seal it under the current one, write it back, until none is left) and is
 * audited as one entry with its count. Backups stored before they were sealed whole are sealed here too, as a Flyway
 * migration cannot: the key is not in the database.
 */
@UseCase
class ResealService implements ResealUseCase {

    /** Backups are read this many at a time: each may be large. */
    static final int BACKUP_BATCH = 20;

    /** Versions are read this many at a time: each holds one Secret. */
    static final int VERSION_BATCH = 100;

    private final ClusterStore clusters;
    private final BackupStore backups;
    private final VersionStore versions;
    private final SecretBox secrets;
    private final AuditLog auditLog;

    ResealService(ClusterStore clusters, BackupStore backups, VersionStore versions, SecretBox secrets,
            AuditLog auditLog) {
        this.clusters = clusters;
        this.backups = backups;
        this.versions = versions;
        this.secrets = secrets;
        this.auditLog = auditLog;
    }

    @Override
    public Resealed reseal() {
        int kubeconfigs = sealAgain(new SealedKind<>(this::kubeconfigsSealedUnder, this::sealKubeconfig));
        audit(AuditAction.KUBECONFIGS_RESEALED, "clusters", kubeconfigs);
        int sealedBackups = sealPlainBackups() + sealAgain(new SealedKind<>(
                keyIds -> backups.sealedUnder(keyIds, BACKUP_BATCH),
                (id, content) -> backups.seal(id, secrets.seal(content))));
        audit(AuditAction.BACKUPS_RESEALED, "backups", sealedBackups);
        int sealedVersions = sealAgain(new SealedKind<>(keyIds -> versions.sealedUnder(keyIds, VERSION_BATCH),
                (id, manifest) -> versions.seal(id, secrets.seal(manifest))));
        audit(AuditAction.VERSIONS_RESEALED, "versions", sealedVersions);
        return new Resealed(kubeconfigs, sealedBackups, sealedVersions);
    }

    /** Clusters are few: every batch is all their kubeconfigs that one of the keys sealed. */
    private Map<ClusterName, SealedSecret> kubeconfigsSealedUnder(Set<String> keyIds) {
        Map<ClusterName, SealedSecret> sealed = new LinkedHashMap<>(clusters.allKubeconfigs());
        sealed.values().removeIf(kubeconfig -> !keyIds.contains(kubeconfig.keyId()));
        return sealed;
    }

    private boolean sealKubeconfig(ClusterName name, String kubeconfig) {
        return clusters.find(name).map(cluster -> {
            clusters.update(cluster, Optional.of(secrets.seal(kubeconfig)));
            return true;
        }).orElse(false);
    }

    private int sealPlainBackups() {
        int sealed = 0;
        for (List<PlainBackup> plains = backups.plain(BACKUP_BATCH); !plains.isEmpty();
                plains = backups.plain(BACKUP_BATCH)) {
            for (PlainBackup plain : plains) {
                String secretManifests = plain.secrets().map(secrets::open).orElse("");
                backups.seal(plain.id(), secrets.seal(new BackupContent(plain.yaml(), secretManifests).text()));
                sealed++;
            }
        }
        return sealed;
    }

    /**
     * The one way every kind is sealed again: batch after batch of what the previous keys sealed, until a batch
     * seals nothing. What a key no longer configured sealed cannot be opened, and is left as it is.
     */
    private <K> int sealAgain(SealedKind<K> kind) {
        Set<String> previousKeys = secrets.previousKeyIds();
        if (previousKeys.isEmpty()) {
            return 0;
        }
        int resealed = 0;
        int batch;
        do {
            batch = 0;
            for (Map.Entry<K, SealedSecret> entry : kind.sealedUnder().apply(previousKeys).entrySet()) {
                if (kind.sealAgain().test(entry.getKey(), secrets.open(entry.getValue()))) {
                    batch++;
                }
            }
            resealed += batch;
        } while (batch > 0);
        return resealed;
    }

    private void audit(AuditAction action, String target, int count) {
        if (count > 0) {
            auditLog.success(Actor.system(), action, target, null, AuditDetail.of("count", count));
        }
    }

    /**
     * One kind of what the console keeps sealed at rest, as the key rotation goes through it.
     *
     * @param sealedUnder the next batch of what one of the keys given sealed, by key
     * @param sealAgain   seals the opened content under the current key and writes it back; false when it is gone
     *                    meanwhile
     */
    private record SealedKind<K>(Function<Set<String>, Map<K, SealedSecret>> sealedUnder,
            BiPredicate<K, String> sealAgain) {
    }
}
