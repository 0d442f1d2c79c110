package org.kubedeck.application.encryption;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.kubedeck.application.UseCase;
import org.kubedeck.application.audit.AuditLog;
import org.kubedeck.application.cluster.port.out.ClusterStore;
import org.kubedeck.application.encryption.port.in.ResealUseCase;
import org.kubedeck.application.secret.SealedSecret;
import org.kubedeck.application.secret.port.out.SecretBox;
import org.kubedeck.application.version.BackupContent;
import org.kubedeck.application.version.port.out.BackupStore;
import org.kubedeck.application.version.port.out.BackupStore.PlainBackup;
import org.kubedeck.domain.audit.AuditAction;
import org.kubedeck.domain.audit.AuditDetail;
import org.kubedeck.domain.user.Actor;

/**
 * Seals again, under the current key, what a previous key sealed: every kind the console keeps sealed at rest
 * goes through the same steps (open under the old key, seal under the new one, write back) and is audited as
 * one entry with its count. Backups stored before they were sealed whole are sealed here too, as a Flyway
 * migration cannot: the key is not in the database.
 */
@UseCase
class ResealService implements ResealUseCase {

    /** Backups are read this many at a time: each may be large. */
    static final int BACKUP_BATCH = 20;

    private final ClusterStore clusters;
    private final BackupStore backups;
    private final SecretBox secrets;
    private final AuditLog auditLog;

    ResealService(ClusterStore clusters, BackupStore backups, SecretBox secrets, AuditLog auditLog) {
        this.clusters = clusters;
        this.backups = backups;
        this.secrets = secrets;
        this.auditLog = auditLog;
    }

    @Override
    public Resealed reseal() {
        return new Resealed(resealKubeconfigs(), resealBackups());
    }

    private int resealKubeconfigs() {
        int resealed = sealAgain(clusters.allKubeconfigs(), (name, kubeconfig) -> clusters.find(name)
                .ifPresent(cluster -> clusters.update(cluster, Optional.of(kubeconfig))));
        audit(AuditAction.KUBECONFIGS_RESEALED, "clusters", resealed);
        return resealed;
    }

    private int resealBackups() {
        int resealed = 0;
        for (List<PlainBackup> plains = backups.plain(BACKUP_BATCH); !plains.isEmpty();
                plains = backups.plain(BACKUP_BATCH)) {
            for (PlainBackup plain : plains) {
                String secretManifests = plain.secrets().map(secrets::open).orElse("");
                backups.seal(plain.id(), secrets.seal(new BackupContent(plain.yaml(), secretManifests).text()));
                resealed++;
            }
        }
        int batch;
        do {
            batch = sealAgain(backups.sealedUnderOtherKeys(secrets.keyId(), BACKUP_BATCH), backups::seal);
            resealed += batch;
        } while (batch > 0);
        audit(AuditAction.BACKUPS_RESEALED, "backups", resealed);
        return resealed;
    }

    /** Seals each stale one of {@code sealed} again under the current key and writes it back; returns how many. */
    private <K> int sealAgain(Map<K, SealedSecret> sealed, BiConsumer<K, SealedSecret> write) {
        int resealed = 0;
        for (Map.Entry<K, SealedSecret> entry : sealed.entrySet()) {
            if (secrets.isStale(entry.getValue())) {
                write.accept(entry.getKey(), secrets.seal(secrets.open(entry.getValue())));
                resealed++;
            }
        }
        return resealed;
    }

    private void audit(AuditAction action, String target, int count) {
        if (count > 0) {
            auditLog.success(Actor.system(), action, target, null, AuditDetail.of("count", count));
        }
    }
}
