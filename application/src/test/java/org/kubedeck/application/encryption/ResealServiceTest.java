package org.kubedeck.application.encryption;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kubedeck.application.encryption.port.in.ResealUseCase.Resealed;
import org.kubedeck.application.secret.SealedSecret;
import org.kubedeck.application.testing.FakeResourceCluster;
import org.kubedeck.application.testing.InMemoryBackupStore;
import org.kubedeck.application.testing.InMemoryVersionStore;
import org.kubedeck.application.testing.TestFixture;
import org.kubedeck.application.version.BackupContent;
import org.kubedeck.application.version.ResourceHistory;
import org.kubedeck.application.version.port.out.BackupStore.SealedBackup;
import org.kubedeck.domain.audit.AuditAction;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.version.Backup;
import org.kubedeck.domain.version.Backup.BackupObject;
import org.kubedeck.domain.version.ResourceKind;
import org.kubedeck.domain.version.ResourceRef;
import org.kubedeck.domain.version.VersionDraft;
import org.kubedeck.domain.version.YamlVersion;

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
    private final InMemoryVersionStore versions = new InMemoryVersionStore();
    private final FakeResourceCluster cluster = new FakeResourceCluster();
    private final ResourceHistory history = new ResourceHistory(cluster, versions, f.secrets, f.clock());
    private final ResealService service = new ResealService(f.clusters, backups, versions, f.secrets, f.auditLog);

    @Test
    void keyRotationSealsEveryKubeconfigAgainUnderTheNewKey() {
        f.register(PROD, "Production", "prod.example");
        f.secrets.rotateTo("key-2");

        assertThat(service.reseal()).isEqualTo(new Resealed(1, 0, 0));

        assertThat(f.clusters.kubeconfig(PROD).orElseThrow().keyId()).isEqualTo("key-2");
        assertThat(f.keyring.open(PROD).kubeconfig().content()).contains("secret-token-prod.example");
        assertThat(f.audit.events(AuditAction.KUBECONFIGS_RESEALED)).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("\"count\":1"));
        assertThat(service.reseal()).isEqualTo(new Resealed(0, 0, 0));
        assertThat(f.audit.events(AuditAction.KUBECONFIGS_RESEALED)).as("nothing to seal, nothing audited")
                .hasSize(1);
    }

    @Test
    void whatTheCurrentKeySealedIsLeftAlone() {
        f.register(PROD, "Production", "prod.example");
        SealedSecret kubeconfig = f.clusters.kubeconfig(PROD).orElseThrow();
        Backup backup = save(YAML + SECRETS);
        SealedSecret content = backups.find(backup.id()).orElseThrow().content();
        YamlVersion version = recordTokens("hunter2");
        SealedSecret manifest = versions.sealedManifest(version.id()).orElseThrow();

        assertThat(service.reseal().any()).isFalse();

        assertThat(f.clusters.kubeconfig(PROD)).contains(kubeconfig);
        assertThat(backups.find(backup.id()).map(SealedBackup::content)).contains(content);
        assertThat(versions.sealedManifest(version.id())).contains(manifest);
        assertThat(f.audit.events(AuditAction.KUBECONFIGS_RESEALED)).isEmpty();
        assertThat(f.audit.events(AuditAction.BACKUPS_RESEALED)).isEmpty();
        assertThat(f.audit.events(AuditAction.VERSIONS_RESEALED)).isEmpty();
    }

    @Test
    void keyRotationSealsTheSecretBesideEveryVersionAgainSoEachStillRollsBack() {
        List<YamlVersion> recorded = new ArrayList<>();
        for (int i = 0; i < ResealService.VERSION_BATCH + 5; i++) {
            recorded.add(recordTokens("hunter-" + i));
        }
        recordDeployment();
        f.secrets.rotateTo("key-2");

        assertThat(service.reseal()).isEqualTo(new Resealed(1, 0, recorded.size()));

        for (int i = 0; i < recorded.size(); i++) {
            YamlVersion version = recorded.get(i);
            assertThat(versions.sealedManifest(version.id())).hasValueSatisfying(sealed -> assertThat(sealed.keyId())
                    .isEqualTo("key-2"));
            assertThat(history.manifest(version)).contains("name: tokens",
                    FakeResourceCluster.base64("hunter-" + i));
        }
        assertThat(f.audit.events(AuditAction.VERSIONS_RESEALED)).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("\"count\":" + recorded.size()));
        assertThat(service.reseal().any()).isFalse();
    }

    @Test
    void keyRotationSealsEveryBackupAgainUnderTheNewKey() {
        List<Backup> saved = new ArrayList<>();
        for (int i = 0; i < ResealService.BACKUP_BATCH + 5; i++) {
            saved.add(save(YAML.replace("fast", "fast-" + i) + SECRETS));
        }
        f.secrets.rotateTo("key-2");

        assertThat(service.reseal()).isEqualTo(new Resealed(0, saved.size(), 0));

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

        assertThat(service.reseal()).isEqualTo(new Resealed(0, 2, 0));

        assertThat(backups.plain(10)).isEmpty();
        SealedSecret content = backups.find(withSecrets.id()).orElseThrow().content();
        assertThat(content.keyId()).isEqualTo("key-2");
        assertThat(f.secrets.open(content)).isEqualTo(new BackupContent(YAML, SECRETS).text());
        assertThat(f.secrets.open(backups.find(empty.id()).orElseThrow().content())).isEmpty();
        assertThat(f.audit.events(AuditAction.BACKUPS_RESEALED)).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("\"count\":2"));
    }

    /** As after a rotation whose old key was dropped before this console sealed everything again: nothing to open. */
    @Test
    void whatNoConfiguredKeyOpensIsLeftAsItIsAndEverythingElseIsSealedAgain() {
        SealedSecret lostSeal = new SealedSecret("key-0", "sealed under a key long gone".getBytes(UTF_8));
        YamlVersion lost = versions.record(new VersionDraft(new ResourceRef(PROD, "shop", ResourceKind.SECRET,
                "old-tokens"), "kind: Secret\n", "alice", null, Instant.EPOCH), lostSeal).orElseThrow();
        Backup lostBackup = backups.save(new Backup(null, PROD, "shop", Instant.EPOCH, "alice", OBJECTS, ""),
                lostSeal);
        YamlVersion kept = recordTokens("hunter2");
        Backup keptBackup = save(YAML + SECRETS);
        f.secrets.rotateTo("key-2");

        assertThat(service.reseal()).isEqualTo(new Resealed(1, 1, 1));

        assertThat(versions.sealedManifest(lost.id())).contains(lostSeal);
        assertThat(backups.find(lostBackup.id()).map(SealedBackup::content)).contains(lostSeal);
        assertThat(versions.sealedManifest(kept.id()).map(SealedSecret::keyId)).contains("key-2");
        assertThat(backups.find(keptBackup.id()).map(backup -> backup.content().keyId())).contains("key-2");
    }

    /** The Secret {@code tokens} with that password, seen and recorded as its next version, sealed. */
    private YamlVersion recordTokens(String password) {
        cluster.put("shop", """
                apiVersion: v1
                kind: Secret
                metadata:
                  name: tokens
                type: Opaque
                data:
                  password: %s
                """.formatted(FakeResourceCluster.base64(password)));
        return observe(new ResourceRef(PROD, "shop", ResourceKind.SECRET, "tokens"));
    }

    private void recordDeployment() {
        cluster.put("shop", """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: web
                """);
        observe(new ResourceRef(PROD, "shop", ResourceKind.DEPLOYMENT, "web"));
    }

    private YamlVersion observe(ResourceRef resource) {
        if (!f.clusters.exists(PROD)) {
            f.register(PROD, "Production", "prod.example");
        }
        history.observe(f.keyring.open(PROD), resource);
        return versions.latest(resource).orElseThrow();
    }

    private Backup save(String content) {
        return backups.save(new Backup(null, PROD, "shop", Instant.EPOCH, "alice", OBJECTS, ""),
                f.secrets.seal(content));
    }

    private static Backup backup(String yaml) {
        return new Backup(null, PROD, "shop", Instant.EPOCH, "alice", OBJECTS, yaml);
    }
}
