package org.kubedeck.application.encryption;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kubedeck.application.encryption.port.in.ResealUseCase.Resealed;
import org.kubedeck.application.kube.ResourceHistory;
import org.kubedeck.application.secret.SealedSecret;
import org.kubedeck.application.testing.FakeResourceCluster;
import org.kubedeck.application.testing.InMemoryBackupStore;
import org.kubedeck.application.testing.InMemoryVersionStore;
import org.kubedeck.application.testing.TestFixture;
import org.kubedeck.application.version.port.out.BackupStore.SealedBackup;
import org.kubedeck.domain.audit.AuditAction;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.kube.LiveResource;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.kube.ResourceRef;
import org.kubedeck.domain.kube.VersionDraft;
import org.kubedeck.domain.kube.YamlVersion;
import org.kubedeck.domain.version.Backup;
import org.kubedeck.domain.version.Backup.BackupObject;
import org.kubedeck.domain.version.BackupContent;


class ResealServiceTest {

    private static final ClusterName PROD = ClusterName.of("prod");
    private static final ResourceRef TOKENS = new ResourceRef(PROD, "shop", ResourceKind.SECRET, "tokens");
    private static final List<BackupObject> OBJECTS = List.of(new BackupObject(ResourceKind.CONFIGMAP, "settings"),
            new BackupObject(ResourceKind.SECRET, "tokens"));
    private static final String CONFIG_MAP = """
            ---
            kind: ConfigMap
            metadata: {name: settings}
            data: {mode: fast}
            """;
    private static final String SECRET_MANIFEST = """
            apiVersion: v1
            kind: Secret
            metadata:
              name: tokens
            type: Opaque
            data:
              password: aHVudGVyMg==
            """;
    private static final String SECRETS = "---\n" + SECRET_MANIFEST;

    private final TestFixture f = new TestFixture();
    private final InMemoryBackupStore backups = new InMemoryBackupStore();
    private final InMemoryVersionStore versions = new InMemoryVersionStore();
    private final FakeResourceCluster cluster = new FakeResourceCluster();
    private final ResourceHistory history = new ResourceHistory(cluster, versions, f.secrets, f.clock());
    private final ResealService service = new ResealService(f.clusters, backups, versions, history, f.secrets,
            f.auditLog);

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
        f.secrets.rotateTo("key-2");
        f.register(PROD, "Production", "prod.example");
        SealedSecret kubeconfig = f.clusters.kubeconfig(PROD).orElseThrow();
        Backup backup = save(content(CONFIG_MAP));
        SealedSecret content = backups.find(backup.id()).orElseThrow().content();
        YamlVersion version = recordTokens("hunter2");
        SealedSecret manifest = versions.sealedManifest(version.id()).orElseThrow();

        assertThat(service.reseal().any()).isFalse();

        assertThat(f.clusters.kubeconfig(PROD)).contains(kubeconfig);
        assertThat(backups.find(backup.id()).map(SealedBackup::content)).contains(content);
        assertThat(versions.sealedManifest(version.id())).contains(manifest);
        assertThat(versions.find(version.id())).contains(version);
        assertThat(f.audit.events(AuditAction.KUBECONFIGS_RESEALED)).isEmpty();
        assertThat(f.audit.events(AuditAction.BACKUPS_RESEALED)).isEmpty();
        assertThat(f.audit.events(AuditAction.VERSIONS_RESEALED)).isEmpty();
    }

    @Test
    void keyRotationSealsEveryBackupAgainUnderTheNewKeyWithItsSecretsMaskedAnew() {
        List<Backup> saved = new ArrayList<>();
        for (int i = 0; i < ResealService.BACKUP_BATCH + 5; i++) {
            saved.add(save(content(CONFIG_MAP.replace("fast", "fast-" + i))));
        }
        String maskedBefore = history.masked(SECRET_MANIFEST);
        f.secrets.rotateTo("key-2");

        assertThat(service.reseal()).isEqualTo(new Resealed(0, saved.size(), 0));

        assertThat(history.masked(SECRET_MANIFEST)).as("the new key masks otherwise").isNotEqualTo(maskedBefore);
        for (int i = 0; i < saved.size(); i++) {
            SealedSecret content = backups.find(saved.get(i).id()).orElseThrow().content();
            assertThat(content.keyId()).isEqualTo("key-2");
            assertThat(f.secrets.open(content)).isEqualTo(content(CONFIG_MAP.replace("fast", "fast-" + i)).text());
        }
        assertThat(f.audit.events(AuditAction.BACKUPS_RESEALED)).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("\"count\":" + saved.size()));
        assertThat(service.reseal().any()).isFalse();
    }

    /** What a backup's comparison with the live namespace sets side by side: the same after a rotation. */
    @Test
    void aBackupOfAnUnchangedSecretStillShowsItAsTheLiveOneAfterARotation() {
        f.register(PROD, "Production", "prod.example");
        cluster.put("shop", SECRET_MANIFEST);
        LiveResource before = live();
        Backup backup = backups.save(new Backup(null, PROD, "shop", Instant.EPOCH, "alice",
                List.of(new BackupObject(ResourceKind.SECRET, "tokens")), ""),
                f.secrets.seal(new BackupContent("---\n" + before.yaml(), "---\n" + before.manifest()).text()));
        f.secrets.rotateTo("key-2");

        service.reseal();

        LiveResource after = live();
        assertThat(after.yaml()).isNotEqualTo(before.yaml());
        assertThat(f.secrets.open(backups.find(backup.id()).orElseThrow().content()))
                .isEqualTo(new BackupContent("---\n" + after.yaml(), "---\n" + after.manifest()).text());
    }

    @Test
    void aBackupStoredInTheClearBeforeBackupsWereSealedWholeIsSealedWithItsSecrets() {
        Backup withSecrets = backups.savePlain(new Backup(null, PROD, "shop", Instant.EPOCH, "alice", OBJECTS,
                CONFIG_MAP + "---\nkind: Secret\nmetadata: {name: tokens}\ndata: {password: '<hidden:1f2e>'}\n"),
                f.secrets.seal(SECRETS));
        Backup empty = backups.savePlain(new Backup(null, PROD, "empty", Instant.EPOCH, "system", List.of(), ""),
                null);
        f.secrets.rotateTo("key-2");

        assertThat(service.reseal()).isEqualTo(new Resealed(0, 2, 0));

        assertThat(backups.plain(10)).isEmpty();
        SealedSecret content = backups.find(withSecrets.id()).orElseThrow().content();
        assertThat(content.keyId()).isEqualTo("key-2");
        assertThat(f.secrets.open(content)).isEqualTo(content(CONFIG_MAP).text());
        assertThat(f.secrets.open(backups.find(empty.id()).orElseThrow().content())).isEmpty();
        assertThat(f.audit.events(AuditAction.BACKUPS_RESEALED)).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("\"count\":2"));
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
    void eachVersionOfASecretIsMaskedAnewSoTheUnchangedSecretIsNoNewVersion() {
        YamlVersion first = recordTokens("hunter2");
        YamlVersion second = recordTokens("hunter3");
        f.secrets.rotateTo("key-2");

        service.reseal();

        YamlVersion latest = versions.latest(TOKENS).orElseThrow();
        assertThat(latest.version()).isEqualTo(2);
        assertThat(latest.yaml()).isEqualTo(live().yaml()).isNotEqualTo(second.yaml());
        assertThat(versions.find(first.id()).orElseThrow().yaml())
                .isEqualTo(history.masked(history.manifest(first)));
        assertThat(latest.diff()).contains("-  password: <hidden:" + f.secrets.fingerprint(bytes("hunter2")),
                "+  password: <hidden:" + f.secrets.fingerprint(bytes("hunter3")));
        assertThat(history.observe(f.keyring.open(PROD), TOKENS)).isPresent();
        assertThat(versions.latest(TOKENS)).contains(latest);
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
        Backup keptBackup = save(content(CONFIG_MAP));
        f.secrets.rotateTo("key-2");

        assertThat(service.reseal()).isEqualTo(new Resealed(1, 1, 1));

        assertThat(versions.sealedManifest(lost.id())).contains(lostSeal);
        assertThat(backups.find(lostBackup.id()).map(SealedBackup::content)).contains(lostSeal);
        assertThat(versions.sealedManifest(kept.id()).map(SealedSecret::keyId)).contains("key-2");
        assertThat(backups.find(keptBackup.id()).map(backup -> backup.content().keyId())).contains("key-2");
    }

    /** The content of a backup of {@link #OBJECTS}, its Secret masked as the current key masks it. */
    private BackupContent content(String configMap) {
        return new BackupContent(configMap + "---\n" + history.masked(SECRET_MANIFEST), SECRETS);
    }

    private Backup save(BackupContent content) {
        return backups.save(new Backup(null, PROD, "shop", Instant.EPOCH, "alice", OBJECTS, ""),
                f.secrets.seal(content.text()));
    }

    private LiveResource live() {
        return cluster.read(f.keyring.open(PROD), ResourceKind.SECRET, "shop", "tokens", history.mask())
                .orElseThrow();
    }

    /** The Secret {@code tokens} with that password, seen and recorded as its next version, sealed. */
    private YamlVersion recordTokens(String password) {
        cluster.put("shop", SECRET_MANIFEST.replace("aHVudGVyMg==", FakeResourceCluster.base64(password)));
        return observe(TOKENS);
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

    private static byte[] bytes(String text) {
        return text.getBytes(UTF_8);
    }
}
