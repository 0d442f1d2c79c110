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
import org.kubedeck.application.version.port.in.BackupsQuery.Action;
import org.kubedeck.application.version.port.in.BackupsQuery.ObjectChange;
import org.kubedeck.application.version.port.in.RestoreBackupUseCase.RestoreBackupCommand;
import org.kubedeck.application.version.port.in.ScheduleBackupsUseCase.ScheduleBackupsCommand;
import org.kubedeck.application.version.port.out.BackupStore.SealedBackup;
import org.kubedeck.domain.AccessDeniedException;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.NotFoundException;
import org.kubedeck.domain.audit.AuditAction;
import org.kubedeck.domain.kube.NamespaceRef;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.kube.ResourceRef;
import org.kubedeck.domain.user.AccessLevel;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.Permissions;
import org.kubedeck.domain.version.Backup;
import org.kubedeck.domain.version.Backup.BackupObject;
import org.kubedeck.domain.version.BackupContent;


class BackupServicesTest {

    private static final NamespaceRef SHOP = NamespaceRef.of(VersionServicesTest.PROD, "shop");

    private final TestFixture f = new TestFixture();
    private final FakeResourceCluster cluster = new FakeResourceCluster();
    private final InMemoryVersionStore versions = new InMemoryVersionStore();
    private final InMemoryBackupStore backups = new InMemoryBackupStore();
    private final InMemoryBackupSchedules schedules = new InMemoryBackupSchedules();
    private final ResourceHistory history = new ResourceHistory(cluster, versions, f.secrets, f.clock());
    private final Backups shared = new Backups(cluster, backups, history, f.secrets, f.clock());
    private final Services service = new Services(new BackupQueryService(f.gate, shared, schedules),
            new CreateBackupService(f.gate, shared, f.auditLog),
            new RestoreBackupService(f.gate, shared, cluster, f.changes(history)),
            new BackupScheduleService(f.gate, schedules, f.auditLog, f.clock()),
            new RunDueBackupsService(f.gate, schedules, shared, f.auditLog, f.clock()));

    /** The backup use cases over the same store, cluster and schedules, as the console wires them. */
    private record Services(BackupQueryService query, CreateBackupService creating, RestoreBackupService restoring,
            BackupScheduleService scheduling, RunDueBackupsService due) {
    }

    private final Actor reader = TestFixture.actor("reader",
            Permissions.perCluster(Map.of(VersionServicesTest.PROD, AccessLevel.READ)));
    private final Actor writer = TestFixture.actor("writer",
            Permissions.perCluster(Map.of(VersionServicesTest.PROD, AccessLevel.WRITE)));

    @BeforeEach
    void registerProdWithAShop() {
        f.register(VersionServicesTest.PROD, "Production", "prod.example");
        cluster.put("shop", VersionServicesTest.DEPLOYMENT);
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
        cluster.put("other", VersionServicesTest.DEPLOYMENT);
    }

    @Test
    void aBackupHoldsEveryObjectOfTheNamespaceWithSecretValuesMasked() {
        Backup backup = service.creating().create(writer, SHOP);

        assertThat(backup.objects()).containsExactly(new BackupObject(ResourceKind.DEPLOYMENT, "web"),
                new BackupObject(ResourceKind.CONFIGMAP, "settings"), new BackupObject(ResourceKind.SECRET, "tokens"));
        assertThat(backup.yaml()).contains("kind: Deployment", "mode: fast", "<hidden:")
                .doesNotContain("hunter2", FakeResourceCluster.base64("hunter2-original"));
        assertThat(service.query().list(reader, SHOP)).extracting(Backup::id)
                .containsExactly(backup.id());
        assertThat(f.audit.events(AuditAction.BACKUP_CREATED)).hasSize(1);
        assertThat(service.query().compare(reader, backup.id())).extracting(ObjectChange::action)
                .containsOnly(Action.UNCHANGED);
    }

    @Test
    void theStoreKeepsOnlyTheSummaryInTheClearAndTheWholeBackupSealed() {
        Backup backup = service.creating().create(writer, SHOP);

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
        Backup backup = service.creating().create(writer, SHOP);
        cluster.delete(ResourceKind.CONFIGMAP, "shop", "settings");
        cluster.delete(ResourceKind.SECRET, "shop", "tokens");

        List<ObjectChange> preview = service.restoring().restore(writer,
                new RestoreBackupCommand(backup.id(), null, true));

        assertThat(preview).extracting(ObjectChange::name, ObjectChange::action)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("settings", Action.CREATE),
                        org.assertj.core.groups.Tuple.tuple("tokens", Action.CREATE));
        assertThat(cluster.exists(ResourceKind.CONFIGMAP, "shop", "settings")).as("a preview changes nothing")
                .isFalse();

        List<ObjectChange> restored = service.restoring().restore(writer,
                new RestoreBackupCommand(backup.id(), null, false));

        assertThat(restored).isEqualTo(preview);
        assertThat(cluster.exists(ResourceKind.CONFIGMAP, "shop", "settings")).isTrue();
        String secret = cluster.read(null, ResourceKind.SECRET, "shop", "tokens", v -> new String(v)).orElseThrow()
                .yaml();
        assertThat(secret).as("the real value came back").contains("password: hunter2-original");
        assertThat(service.query().compare(reader, backup.id())).extracting(ObjectChange::action)
                .containsOnly(Action.UNCHANGED);
        assertThat(versions.list(new ResourceRef(VersionServicesTest.PROD, "shop", ResourceKind.CONFIGMAP,
                "settings"), 10)).singleElement().satisfies(v -> {
                    assertThat(v.author()).isEqualTo("writer");
                    assertThat(v.note()).isEqualTo("restored from backup " + backup.id());
                });
        assertThat(f.audit.events(AuditAction.BACKUP_RESTORED)).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("configmap/settings:create", "secret/tokens:create"));
    }

    @Test
    void aSelectedRestoreTouchesOnlyWhatWasSelected() {
        Backup backup = service.creating().create(writer, SHOP);
        cluster.put("shop", VersionServicesTest.DEPLOYMENT.replace("replicas: 2", "replicas: 9"));
        cluster.delete(ResourceKind.CONFIGMAP, "shop", "settings");

        List<ObjectChange> restored = service.restoring().restore(writer, new RestoreBackupCommand(backup.id(),
                List.of(new BackupObject(ResourceKind.DEPLOYMENT, "web")), false));

        assertThat(restored).singleElement().satisfies(change -> {
            assertThat(change.action()).isEqualTo(Action.UPDATE);
            assertThat(change.diff()).contains("-  replicas: 9", "+  replicas: 2");
        });
        assertThat(cluster.exists(ResourceKind.CONFIGMAP, "shop", "settings")).isFalse();
        assertThatThrownBy(() -> service.restoring().restore(writer, new RestoreBackupCommand(backup.id(),
                List.of(new BackupObject(ResourceKind.SERVICE, "nope")), true)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("objects"));
    }

    @Test
    void readersListAndCompareButOnlyWritersBackUpRestoreAndSchedule() {
        Backup backup = service.creating().create(writer, SHOP);

        assertThatThrownBy(() -> service.creating().create(reader, SHOP))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.restoring().restore(reader, new RestoreBackupCommand(backup.id(), null, true)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.scheduling().schedule(reader, new ScheduleBackupsCommand(SHOP, "0 0 2 * * *")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(service.query().get(reader, backup.id()).yaml()).contains("kind: ConfigMap");
        Actor stranger = TestFixture.actor("stranger", Permissions.NONE);
        assertThatThrownBy(() -> service.query().get(stranger, backup.id())).isInstanceOf(NotFoundException.class);
        assertThat(f.audit.events(AuditAction.DENIED)).hasSize(4);
    }

    @Test
    void anEmptyNamespaceHasNothingToBackUp() {
        assertThatThrownBy(() -> service.creating().create(writer, NamespaceRef.of(VersionServicesTest.PROD, "empty")))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("nothing to back up");
        assertThatThrownBy(() -> service.creating().create(writer,
                NamespaceRef.of(VersionServicesTest.PROD, "Not_A_Namespace")))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void scheduledBackupsRunWhenDueAsTheConsole() {
        service.scheduling().schedule(writer, new ScheduleBackupsCommand(SHOP, "0 0 2 * * *"));
        assertThat(service.query().schedules(reader, VersionServicesTest.PROD)).singleElement()
                .satisfies(s -> assertThat(s.cron()).isEqualTo("0 0 2 * * *"));
        assertThat(service.due().runDueBackups()).isZero();

        f.clock.advance(Duration.ofDays(1));
        assertThat(service.due().runDueBackups()).isEqualTo(1);
        assertThat(service.due().runDueBackups()).isZero();
        assertThat(service.query().list(reader, SHOP)).singleElement()
                .satisfies(b -> assertThat(b.author()).isEqualTo("system"));

        service.scheduling().unschedule(writer, SHOP);
        assertThat(service.query().schedules(reader, VersionServicesTest.PROD)).isEmpty();
        assertThatThrownBy(() -> service.scheduling().schedule(writer, new ScheduleBackupsCommand(SHOP, "every day")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("cron"));
    }
}
