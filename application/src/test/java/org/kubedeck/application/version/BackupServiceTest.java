package org.kubedeck.application.version;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kubedeck.application.kube.ResourceHistory;
import org.kubedeck.application.testing.FakeResourceCluster;
import org.kubedeck.application.testing.InMemoryBackupSchedules;
import org.kubedeck.application.testing.InMemoryBackupStore;
import org.kubedeck.application.testing.InMemoryVersionStore;
import org.kubedeck.application.testing.TestFixture;
import org.kubedeck.application.version.port.in.BackupsUseCase.Action;
import org.kubedeck.application.version.port.in.BackupsUseCase.ObjectChange;
import org.kubedeck.application.version.port.out.BackupStore.SealedBackup;
import org.kubedeck.domain.AccessDeniedException;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.NotFoundException;
import org.kubedeck.domain.audit.AuditAction;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.kube.ResourceRef;
import org.kubedeck.domain.user.AccessLevel;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.Permissions;
import org.kubedeck.domain.version.Backup;
import org.kubedeck.domain.version.Backup.BackupObject;
import org.kubedeck.domain.version.BackupContent;


class BackupServiceTest {

    private final TestFixture f = new TestFixture();
    private final FakeResourceCluster cluster = new FakeResourceCluster();
    private final InMemoryVersionStore versions = new InMemoryVersionStore();
    private final InMemoryBackupStore backups = new InMemoryBackupStore();
    private final InMemoryBackupSchedules schedules = new InMemoryBackupSchedules();
    private final ResourceHistory history = new ResourceHistory(cluster, versions, f.secrets, f.clock());
    private final BackupService service = new BackupService(f.gate, cluster, backups, schedules, history,
            f.secrets, f.auditLog, f.clock());
    private final Actor reader = TestFixture.actor("reader",
            Permissions.perCluster(Map.of(VersionServiceTest.PROD, AccessLevel.READ)));
    private final Actor writer = TestFixture.actor("writer",
            Permissions.perCluster(Map.of(VersionServiceTest.PROD, AccessLevel.WRITE)));

    @BeforeEach
    void registerProdWithAShop() {
        f.register(VersionServiceTest.PROD, "Production", "prod.example");
        cluster.put("shop", VersionServiceTest.DEPLOYMENT);
        cluster.put("shop", """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: settings
                data:
                  mode: fast
                """);
        cluster.put("shop", """
                apiVersion: v1
                kind: Secret
                metadata:
                  name: tokens
                data:
                  password: %s
                """.formatted(FakeResourceCluster.base64("hunter2-original")));
        cluster.put("other", VersionServiceTest.DEPLOYMENT);
    }

    @Test
    void aBackupHoldsEveryObjectOfTheNamespaceWithSecretValuesMasked() {
        Backup backup = service.create(writer, VersionServiceTest.PROD, "shop");

        assertThat(backup.objects()).containsExactly(new BackupObject(ResourceKind.DEPLOYMENT, "web"),
                new BackupObject(ResourceKind.CONFIGMAP, "settings"), new BackupObject(ResourceKind.SECRET, "tokens"));
        assertThat(backup.yaml()).contains("kind: Deployment", "mode: fast", "<hidden:")
                .doesNotContain("hunter2", FakeResourceCluster.base64("hunter2-original"));
        assertThat(service.list(reader, VersionServiceTest.PROD, "shop")).extracting(Backup::id)
                .containsExactly(backup.id());
        assertThat(f.audit.events(AuditAction.BACKUP_CREATED)).hasSize(1);
        assertThat(service.compare(reader, backup.id())).extracting(ObjectChange::action)
                .containsOnly(Action.UNCHANGED);
    }

    @Test
    void theStoreKeepsOnlyTheSummaryInTheClearAndTheWholeBackupSealed() {
        Backup backup = service.create(writer, VersionServiceTest.PROD, "shop");

        SealedBackup stored = backups.find(backup.id()).orElseThrow();
        assertThat(stored.summary()).isEqualTo(new Backup(backup.id(), backup.cluster(), "shop", backup.createdAt(),
                "writer", backup.objects(), ""));
        assertThat(new String(stored.content().sealed(), StandardCharsets.ISO_8859_1))
                .doesNotContain("mode: fast", "kind: ConfigMap", "hunter2");
        BackupContent content = BackupContent.of(f.secrets.open(stored.content()), backup.objects().size());
        assertThat(content.yaml()).isEqualTo(backup.yaml());
        assertThat(content.secretManifests()).contains(FakeResourceCluster.base64("hunter2-original"));
    }

    @Test
    void restoringPutsBackWhatWasDeletedOrChangedAfterAPreviewOfExactlyThat() {
        Backup backup = service.create(writer, VersionServiceTest.PROD, "shop");
        cluster.delete(ResourceKind.CONFIGMAP, "shop", "settings");
        cluster.delete(ResourceKind.SECRET, "shop", "tokens");

        List<ObjectChange> preview = service.restore(writer, backup.id(), null, true);

        assertThat(preview).extracting(ObjectChange::name, ObjectChange::action)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("settings", Action.CREATE),
                        org.assertj.core.groups.Tuple.tuple("tokens", Action.CREATE));
        assertThat(cluster.exists(ResourceKind.CONFIGMAP, "shop", "settings")).as("a preview changes nothing")
                .isFalse();

        List<ObjectChange> restored = service.restore(writer, backup.id(), null, false);

        assertThat(restored).isEqualTo(preview);
        assertThat(cluster.exists(ResourceKind.CONFIGMAP, "shop", "settings")).isTrue();
        String secret = cluster.read(null, ResourceKind.SECRET, "shop", "tokens", v -> new String(v)).orElseThrow()
                .yaml();
        assertThat(secret).as("the real value came back").contains("password: hunter2-original");
        assertThat(service.compare(reader, backup.id())).extracting(ObjectChange::action)
                .containsOnly(Action.UNCHANGED);
        assertThat(versions.list(new ResourceRef(VersionServiceTest.PROD, "shop", ResourceKind.CONFIGMAP,
                "settings"), 10)).singleElement().satisfies(v -> {
                    assertThat(v.author()).isEqualTo("writer");
                    assertThat(v.note()).isEqualTo("restored from backup " + backup.id());
                });
        assertThat(f.audit.events(AuditAction.BACKUP_RESTORED)).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("configmap/settings:create", "secret/tokens:create"));
    }

    @Test
    void aSelectedRestoreTouchesOnlyWhatWasSelected() {
        Backup backup = service.create(writer, VersionServiceTest.PROD, "shop");
        cluster.put("shop", VersionServiceTest.DEPLOYMENT.replace("replicas: 2", "replicas: 9"));
        cluster.delete(ResourceKind.CONFIGMAP, "shop", "settings");

        List<ObjectChange> restored = service.restore(writer, backup.id(),
                List.of(new BackupObject(ResourceKind.DEPLOYMENT, "web")), false);

        assertThat(restored).singleElement().satisfies(change -> {
            assertThat(change.action()).isEqualTo(Action.UPDATE);
            assertThat(change.diff()).contains("-  replicas: 9", "+  replicas: 2");
        });
        assertThat(cluster.exists(ResourceKind.CONFIGMAP, "shop", "settings")).isFalse();
        assertThatThrownBy(() -> service.restore(writer, backup.id(),
                List.of(new BackupObject(ResourceKind.SERVICE, "nope")), true))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("objects"));
    }

    @Test
    void readersListAndCompareButOnlyWritersBackUpRestoreAndSchedule() {
        Backup backup = service.create(writer, VersionServiceTest.PROD, "shop");

        assertThatThrownBy(() -> service.create(reader, VersionServiceTest.PROD, "shop"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.restore(reader, backup.id(), null, true))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.schedule(reader, VersionServiceTest.PROD, "shop", "0 0 2 * * *"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(service.get(reader, backup.id()).yaml()).contains("kind: ConfigMap");
        Actor stranger = TestFixture.actor("stranger", Permissions.NONE);
        assertThatThrownBy(() -> service.get(stranger, backup.id())).isInstanceOf(NotFoundException.class);
        assertThat(f.audit.events(AuditAction.DENIED)).hasSize(4);
    }

    @Test
    void anEmptyNamespaceHasNothingToBackUp() {
        assertThatThrownBy(() -> service.create(writer, VersionServiceTest.PROD, "empty"))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("nothing to back up");
        assertThatThrownBy(() -> service.create(writer, VersionServiceTest.PROD, "Not_A_Namespace"))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void scheduledBackupsRunWhenDueAsTheConsole() {
        service.schedule(writer, VersionServiceTest.PROD, "shop", "0 0 2 * * *");
        assertThat(service.schedules(reader, VersionServiceTest.PROD)).singleElement()
                .satisfies(s -> assertThat(s.cron()).isEqualTo("0 0 2 * * *"));
        assertThat(service.runDueBackups()).isZero();

        f.clock.advance(Duration.ofDays(1));
        assertThat(service.runDueBackups()).isEqualTo(1);
        assertThat(service.runDueBackups()).isZero();
        assertThat(service.list(reader, VersionServiceTest.PROD, "shop")).singleElement()
                .satisfies(b -> assertThat(b.author()).isEqualTo("system"));

        service.unschedule(writer, VersionServiceTest.PROD, "shop");
        assertThat(service.schedules(reader, VersionServiceTest.PROD)).isEmpty();
        assertThatThrownBy(() -> service.schedule(writer, VersionServiceTest.PROD, "shop", "every day"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("cron"));
    }
}
