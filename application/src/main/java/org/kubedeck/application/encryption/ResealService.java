package org.kubedeck.application.encryption;

import java.util.Collection;
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
import org.kubedeck.application.kube.ResourceHistory;
import org.kubedeck.application.kube.port.out.VersionStore;
import org.kubedeck.application.secret.SealedSecret;
import org.kubedeck.application.secret.port.out.SecretBox;
import org.kubedeck.application.version.port.out.BackupStore;
import org.kubedeck.application.version.port.out.BackupStore.PlainBackup;
import org.kubedeck.application.version.port.out.BackupStore.SealedBackup;
import org.kubedeck.domain.audit.AuditAction;
import org.kubedeck.domain.audit.AuditDetail;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.version.Backup;
import org.kubedeck.domain.version.Backup.BackupObject;
import org.kubedeck.domain.version.BackupContent;

/**
 * Seals again, under the current key, what a previous key sealed: every kind the console keeps sealed at rest
 * (kubeconfigs, backups, the complete Secrets beside versions) goes through the same steps (read a batch sealed
 * under a previous key, open each, seal it under the current one, write it back, until none is left) and is
 * audited as one entry with its count. Secret values in backups and versions are masked by a fingerprint keyed by
 * the current key; as their complete Secrets are open at that moment, they are masked anew too, so a Secret that
 * did not change still compares as unchanged after a rotation. Backups stored before they were sealed whole are
 * sealed here too, as a Flyway migration cannot: the key is not in the database.
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
    private final ResourceHistory history;
    private final SecretBox secrets;
    private final AuditLog auditLog;

    ResealService(ClusterStore clusters, BackupStore backups, VersionStore versions, ResourceHistory history,
            SecretBox secrets, AuditLog auditLog) {
        this.clusters = clusters;
        this.backups = backups;
        this.versions = versions;
        this.history = history;
        this.secrets = secrets;
        this.auditLog = auditLog;
    }

    @Override
    public Resealed reseal() {
        int kubeconfigs = sealAgain(new SealedKind<>(keyIds -> kubeconfigsSealedUnder(keyIds).entrySet(),
                Map.Entry::getValue, this::sealKubeconfig));
        audit(AuditAction.KUBECONFIGS_RESEALED, "clusters", kubeconfigs);
        int sealedBackups = sealPlainBackups() + sealAgain(new SealedKind<>(
                keyIds -> backups.sealedUnder(keyIds, BACKUP_BATCH), SealedBackup::content, this::sealBackup));
        audit(AuditAction.BACKUPS_RESEALED, "backups", sealedBackups);
        int sealedVersions = sealAgain(new SealedKind<>(keyIds -> versions.sealedUnder(keyIds, VERSION_BATCH)
                .entrySet(), Map.Entry::getValue, this::sealVersion));
        audit(AuditAction.VERSIONS_RESEALED, "versions", sealedVersions);
        return new Resealed(kubeconfigs, sealedBackups, sealedVersions);
    }

    /** Clusters are few: every batch is all their kubeconfigs that one of the keys sealed. */
    private Map<ClusterName, SealedSecret> kubeconfigsSealedUnder(Set<String> keyIds) {
        Map<ClusterName, SealedSecret> sealed = new LinkedHashMap<>(clusters.allKubeconfigs());
        sealed.values().removeIf(kubeconfig -> !keyIds.contains(kubeconfig.keyId()));
        return sealed;
    }

    private boolean sealKubeconfig(Map.Entry<ClusterName, SealedSecret> stored, String kubeconfig) {
        return clusters.find(stored.getKey()).map(cluster -> {
            clusters.update(cluster, Optional.of(secrets.seal(kubeconfig)));
            return true;
        }).orElse(false);
    }

    private boolean sealBackup(SealedBackup stored, String content) {
        Backup summary = stored.summary();
        return sealContent(summary.id(), summary.objects(), BackupContent.of(content, summary.objects().size()));
    }

    /** The version's YAML is masked anew from its complete Secret, which is sealed again. */
    private boolean sealVersion(Map.Entry<String, SealedSecret> stored, String manifest) {
        return versions.seal(stored.getKey(), history.masked(manifest), secrets.seal(manifest));
    }

    private int sealPlainBackups() {
        int sealed = 0;
        for (List<PlainBackup> plains = backups.plain(BACKUP_BATCH); !plains.isEmpty();
                plains = backups.plain(BACKUP_BATCH)) {
            for (PlainBackup plain : plains) {
                String secretManifests = plain.secrets().map(secrets::open).orElse("");
                sealContent(plain.id(), plain.objects(), new BackupContent(plain.yaml(), secretManifests));
                sealed++;
            }
        }
        return sealed;
    }

    /**
     * Seals the content under the current key, its Secrets masked anew with it: whatever key's fingerprints masked
     * them, an unchanged Secret then compares with the live one as unchanged.
     */
    private boolean sealContent(String id, List<BackupObject> objects, BackupContent content) {
        return backups.seal(id, secrets.seal(content.masked(objects, history::masked).text()));
    }

    /**
     * The one way every kind is sealed again: batch after batch of what the previous keys sealed, until a batch
     * seals nothing. What a key no longer configured sealed cannot be opened, and is left as it is.
     */
    private <T> int sealAgain(SealedKind<T> kind) {
        Set<String> previousKeys = secrets.previousKeyIds();
        if (previousKeys.isEmpty()) {
            return 0;
        }
        int resealed = 0;
        int batch;
        do {
            batch = 0;
            for (T item : kind.sealedUnder().apply(previousKeys)) {
                if (kind.sealAgain().test(item, secrets.open(kind.sealed().apply(item)))) {
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
     * @param sealedUnder the next batch of what one of the keys given sealed
     * @param sealed      what of an item is sealed
     * @param sealAgain   seals the item's opened content under the current key and writes it back; false when it
     *                    is gone meanwhile
     */
    private record SealedKind<T>(Function<Set<String>, Collection<T>> sealedUnder, Function<T, SealedSecret> sealed,
            BiPredicate<T, String> sealAgain) {
    }
}
