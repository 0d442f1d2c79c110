package org.kubedeck.application.encryption;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kubedeck.application.encryption.port.in.ResealUseCase.Resealed;
import org.kubedeck.application.secret.SealedSecret;
import org.kubedeck.application.testing.InMemoryBackupStore;
import org.kubedeck.application.testing.TestFixture;
import org.kubedeck.application.version.BackupContent;
import org.kubedeck.application.version.port.out.BackupStore.SealedBackup;
import org.kubedeck.domain.audit.AuditAction;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.version.Backup;
import org.kubedeck.domain.version.Backup.BackupObject;
import org.kubedeck.domain.version.ResourceKind;

class ResealServiceTest {

    private static final ClusterName PROD = ClusterName.of("prod");
    private static final List<BackupObject> OBJECTS = List.of(new BackupObject(ResourceKind.CONFIGMAP, "settings"),
            new BackupObject(ResourceKind.SECRET, "tokens"));
    private static final String YAML = """
            ---
            kind: ConfigMap
            metadata: {name: settings}
            data: {mode: fast}
            ---
            kind: Secret
            metadata: {name: tokens}
            data: {password: '<hidden:1f2e>'}
            """;
    private static final String SECRETS = """
            ---
            kind: Secret
            metadata: {name: tokens}
            data: {password: aHVudGVyMg==}
            """;

    private final TestFixture f = new TestFixture();
    private final InMemoryBackupStore backups = new InMemoryBackupStore();
    private final ResealService service = new ResealService(f.clusters, backups, f.secrets, f.auditLog);

    @Test
    void keyRotationSealsEveryKubeconfigAgainUnderTheNewKey() {
        f.register(PROD, "Production", "prod.example");
        f.secrets.rotateTo("key-2");

        assertThat(service.reseal()).isEqualTo(new Resealed(1, 0));

        assertThat(f.clusters.kubeconfig(PROD).orElseThrow().keyId()).isEqualTo("key-2");
        assertThat(f.keyring.open(PROD).kubeconfig().content()).contains("secret-token-prod.example");
        assertThat(f.audit.events(AuditAction.KUBECONFIGS_RESEALED)).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("\"count\":1"));
        assertThat(service.reseal()).isEqualTo(new Resealed(0, 0));
        assertThat(f.audit.events(AuditAction.KUBECONFIGS_RESEALED)).as("nothing to seal, nothing audited")
                .hasSize(1);
    }

    @Test
    void whatTheCurrentKeySealedIsLeftAlone() {
        f.register(PROD, "Production", "prod.example");
        SealedSecret kubeconfig = f.clusters.kubeconfig(PROD).orElseThrow();
        Backup backup = save(YAML + SECRETS);
        SealedSecret content = backups.find(backup.id()).orElseThrow().content();

        assertThat(service.reseal().any()).isFalse();

        assertThat(f.clusters.kubeconfig(PROD)).contains(kubeconfig);
        assertThat(backups.find(backup.id()).map(SealedBackup::content)).contains(content);
        assertThat(f.audit.events(AuditAction.KUBECONFIGS_RESEALED)).isEmpty();
        assertThat(f.audit.events(AuditAction.BACKUPS_RESEALED)).isEmpty();
    }

    @Test
    void keyRotationSealsEveryBackupAgainUnderTheNewKey() {
        List<Backup> saved = new ArrayList<>();
        for (int i = 0; i < ResealService.BACKUP_BATCH + 5; i++) {
            saved.add(save(YAML.replace("fast", "fast-" + i) + SECRETS));
        }
        f.secrets.rotateTo("key-2");

        assertThat(service.reseal()).isEqualTo(new Resealed(0, saved.size()));

        for (int i = 0; i < saved.size(); i++) {
            SealedSecret content = backups.find(saved.get(i).id()).orElseThrow().content();
            assertThat(content.keyId()).isEqualTo("key-2");
            assertThat(f.secrets.open(content)).isEqualTo(YAML.replace("fast", "fast-" + i) + SECRETS);
        }
        assertThat(f.audit.events(AuditAction.BACKUPS_RESEALED)).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("\"count\":" + saved.size()));
        assertThat(service.reseal().any()).isFalse();
    }

    @Test
    void aBackupStoredInTheClearBeforeBackupsWereSealedWholeIsSealedWithItsSecrets() {
        Backup withSecrets = backups.savePlain(backup(YAML), f.secrets.seal(SECRETS));
        Backup empty = backups.savePlain(new Backup(null, PROD, "empty", Instant.EPOCH, "system", List.of(), ""),
                null);
        f.secrets.rotateTo("key-2");

        assertThat(service.reseal()).isEqualTo(new Resealed(0, 2));

        assertThat(backups.plain(10)).isEmpty();
        SealedSecret content = backups.find(withSecrets.id()).orElseThrow().content();
        assertThat(content.keyId()).isEqualTo("key-2");
        assertThat(f.secrets.open(content)).isEqualTo(new BackupContent(YAML, SECRETS).text());
        assertThat(f.secrets.open(backups.find(empty.id()).orElseThrow().content())).isEmpty();
        assertThat(f.audit.events(AuditAction.BACKUPS_RESEALED)).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("\"count\":2"));
    }

    private Backup save(String content) {
        return backups.save(new Backup(null, PROD, "shop", Instant.EPOCH, "alice", OBJECTS, ""),
                f.secrets.seal(content));
    }

    private static Backup backup(String yaml) {
        return new Backup(null, PROD, "shop", Instant.EPOCH, "alice", OBJECTS, yaml);
    }
}
