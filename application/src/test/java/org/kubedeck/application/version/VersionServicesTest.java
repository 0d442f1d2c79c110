package org.kubedeck.application.version;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kubedeck.application.kube.ResourceHistory;
import org.kubedeck.application.testing.FakeResourceCluster;
import org.kubedeck.application.testing.InMemoryVersionStore;
import org.kubedeck.application.testing.TestFixture;
import org.kubedeck.application.version.port.in.EditResourceUseCase.EditResourceCommand;
import org.kubedeck.application.version.port.in.ResourceVersionsQuery.ResourceView;
import org.kubedeck.application.version.port.in.ResourceVersionsQuery.VersionDiff;
import org.kubedeck.application.version.port.in.TagVersionUseCase.TagVersionCommand;
import org.kubedeck.domain.AccessDeniedException;
import org.kubedeck.domain.ConflictException;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.NotFoundException;
import org.kubedeck.domain.audit.AuditAction;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.kube.NamespaceRef;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.kube.ResourceRef;
import org.kubedeck.domain.kube.VersionHistory.SideBySideRow.Change;
import org.kubedeck.domain.kube.YamlVersion;
import org.kubedeck.domain.user.AccessLevel;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.Permissions;


class VersionServicesTest {

    static final ClusterName PROD = ClusterName.of("prod");
    static final ResourceRef WEB = new ResourceRef(PROD, "shop", ResourceKind.DEPLOYMENT, "web");
    static final ResourceRef TOKENS = new ResourceRef(PROD, "shop", ResourceKind.SECRET, "tokens");
    static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              replicas: 2
            """;

    private final TestFixture f = new TestFixture();
    private final FakeResourceCluster cluster = new FakeResourceCluster();
    private final InMemoryVersionStore store = new InMemoryVersionStore();
    private final ResourceHistory history = new ResourceHistory(cluster, store, f.secrets, f.clock());
    private final Services service = new Services(new VersionQueryService(f.gate, cluster, store, history),
            new EditResourceService(f.gate, cluster, store, history, f.auditLog),
            new RollbackVersionService(f.gate, cluster, store, history, f.auditLog),
            new TagVersionService(f.gate, store, f.auditLog),
            new CaptureExternalChangesService(f.gate, store, history));

    /** The version use cases over the same cluster and store, as the console wires them. */
    private record Services(VersionQueryService query, EditResourceService editing,
            RollbackVersionService rollingBack, TagVersionService tagging, CaptureExternalChangesService capture) {
    }
    private final Actor reader = TestFixture.actor("reader", Permissions.perCluster(Map.of(PROD, AccessLevel.READ)));
    private final Actor writer = TestFixture.actor("writer", Permissions.perCluster(Map.of(PROD, AccessLevel.WRITE)));
    private final Actor stranger = TestFixture.actor("stranger", Permissions.NONE);

    @BeforeEach
    void registerProd() {
        f.register(PROD, "Production", "prod.example");
        cluster.put("shop", DEPLOYMENT);
    }

    private String edited(int replicas) {
        return DEPLOYMENT.replace("replicas: 2", "replicas: " + replicas);
    }

    @Test
    void viewingStartsTheHistoryOnce() {
        ResourceView view = service.query().view(reader, WEB);

        assertThat(view.yaml()).contains("replicas: 2");
        assertThat(view.version()).isEqualTo(1);
        service.query().view(reader, WEB);
        assertThat(service.query().versions(reader, WEB)).singleElement().satisfies(v -> {
            assertThat(v.author()).isEqualTo(YamlVersion.FIRST_SEEN);
            assertThat(v.diff()).contains("+  replicas: 2");
        });
    }

    @Test
    void anEditIsAppliedAndRecordedWithItsDiffAuthorAndNote() {
        ResourceView before = service.query().view(writer, WEB);

        ResourceView after = service.editing().edit(writer,
                new EditResourceCommand(WEB, edited(3), before.resourceVersion(), "more capacity"));

        assertThat(after.version()).isEqualTo(2);
        YamlVersion v2 = service.query().versions(writer, WEB).get(0);
        assertThat(v2.author()).isEqualTo("writer");
        assertThat(v2.note()).isEqualTo("more capacity");
        assertThat(v2.diff()).contains("-  replicas: 2", "+  replicas: 3");
        assertThat(f.audit.events(AuditAction.RESOURCE_EDITED)).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("\"version\":2"));
    }

    @Test
    void anEditAgainstAStaleStateIsAConflictAndChangesNothing() {
        ResourceView loaded = service.query().view(writer, WEB);
        cluster.put("shop", edited(5));

        assertThatThrownBy(() -> service.editing().edit(writer,
                new EditResourceCommand(WEB, edited(3), loaded.resourceVersion(), null)))
                .isInstanceOf(ConflictException.class);

        List<YamlVersion> versions = service.query().versions(writer, WEB);
        assertThat(versions).extracting(YamlVersion::author).containsExactly(YamlVersion.EXTERNAL,
                YamlVersion.FIRST_SEEN);
        assertThat(versions.get(0).yaml()).contains("replicas: 5");
    }

    @Test
    void theHistoryIsListedWithoutAskingTheCluster() {
        service.query().view(reader, WEB);
        cluster.unreachable(true);

        assertThat(service.query().history(reader, WEB)).extracting(YamlVersion::author)
                .containsExactly(YamlVersion.FIRST_SEEN);
        assertThatThrownBy(() -> service.query().history(stranger, WEB)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aChangeMadeOutsideTheConsoleIsFoundInTheBackground() {
        service.query().view(reader, WEB);
        cluster.put("shop", edited(4));

        assertThat(service.capture().captureExternalChanges(10)).isEqualTo(1);
        assertThat(service.capture().captureExternalChanges(10)).isZero();
        YamlVersion latest = service.query().versions(reader, WEB).get(0);
        assertThat(latest.author()).isEqualTo(YamlVersion.EXTERNAL);
        assertThat(latest.version()).isEqualTo(2);
    }

    @Test
    void rollbackAppliesTheOldStateAsANewVersion() {
        ResourceView loaded = service.query().view(writer, WEB);
        service.editing().edit(writer, new EditResourceCommand(WEB, edited(3), loaded.resourceVersion(), null));
        YamlVersion first = service.query().versions(writer, WEB).get(1);

        YamlVersion rolledBack = service.rollingBack().rollback(writer, first.id());

        assertThat(rolledBack.version()).isEqualTo(3);
        assertThat(rolledBack.yaml()).isEqualTo(first.yaml());
        assertThat(rolledBack.note()).isEqualTo("rolled back to v1");
        assertThat(service.query().view(writer, WEB).yaml()).contains("replicas: 2");
        assertThat(f.audit.events(AuditAction.VERSION_ROLLED_BACK)).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("\"to_version\":1", "\"new_version\":3"));
    }

    @Test
    void rollbackRecreatesADeletedResource() {
        YamlVersion first = service.query().versions(writer, WEB).get(0);
        cluster.delete(ResourceKind.DEPLOYMENT, "shop", "web");

        service.rollingBack().rollback(writer, first.id());

        assertThat(cluster.exists(ResourceKind.DEPLOYMENT, "shop", "web")).isTrue();
    }

    @Test
    void secretValuesAreMaskedInVersionsYetARollbackRestoresThem() {
        cluster.put("shop", """
                apiVersion: v1
                kind: Secret
                metadata:
                  name: tokens
                data:
                  password: %s
                """.formatted(FakeResourceCluster.base64("hunter2-original")));
        ResourceView view = service.query().view(writer, TOKENS);
        assertThat(view.yaml()).doesNotContain("hunter2", FakeResourceCluster.base64("hunter2-original"))
                .contains("<hidden:");
        service.editing().edit(writer, new EditResourceCommand(TOKENS, view.yaml().replaceAll("<hidden:[^>]+>",
                FakeResourceCluster.base64("changed-value")), view.resourceVersion(), "rotate"));
        List<YamlVersion> versions = service.query().versions(writer, TOKENS);
        assertThat(versions).hasSize(2);
        versions.forEach(v -> assertThat(v.yaml() + v.diff()).doesNotContain("hunter2", "changed-value",
                FakeResourceCluster.base64("hunter2-original"), FakeResourceCluster.base64("changed-value")));
        assertThat(versions.get(0).diff()).contains("-  password: <hidden:", "+  password: <hidden:");

        service.rollingBack().rollback(writer, versions.get(1).id());

        assertThat(service.query().view(writer, TOKENS).yaml()).isEqualTo(view.yaml());
    }

    @Test
    void diffsShowBothSidesOfTwoVersionsOfOneResource() {
        ResourceView loaded = service.query().view(writer, WEB);
        service.editing().edit(writer, new EditResourceCommand(WEB, edited(3), loaded.resourceVersion(), null));
        List<YamlVersion> versions = service.query().versions(writer, WEB);

        VersionDiff diff = service.query().diff(reader, versions.get(1).id(), versions.get(0).id());

        assertThat(diff.unified()).contains("--- v1", "+++ v2", "-  replicas: 2", "+  replicas: 3");
        assertThat(diff.rows()).anySatisfy(row -> {
            assertThat(row.change()).isEqualTo(Change.CHANGED);
            assertThat(row.left()).contains("replicas: 2");
            assertThat(row.right()).contains("replicas: 3");
        });
        cluster.put("shop", DEPLOYMENT.replace("name: web", "name: api"));
        ResourceRef api = new ResourceRef(PROD, "shop", ResourceKind.DEPLOYMENT, "api");
        String other = service.query().versions(reader, api).get(0).id();
        assertThatThrownBy(() -> service.query().diff(reader, versions.get(0).id(), other))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void readersSeeButOnlyWritersChangeAndStrangersSeeNothing() {
        String first = service.query().versions(reader, WEB).get(0).id();

        assertThatThrownBy(() -> service.editing().edit(reader,
                new EditResourceCommand(WEB, edited(3), "1", null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.rollingBack().rollback(reader, first))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.tagging().tag(reader, new TagVersionCommand(first, "good")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.query().version(stranger, first)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.query().view(stranger, WEB)).isInstanceOf(NotFoundException.class);
        assertThat(f.audit.events(AuditAction.DENIED)).hasSize(5);
        assertThat(cluster.read(null, ResourceKind.DEPLOYMENT, "shop", "web", v -> "").orElseThrow().yaml())
                .contains("replicas: 2");
    }

    @Test
    void aNamespacesObjectsAreListedForReaders() {
        assertThat(service.query().objects(reader, NamespaceRef.of(PROD, "shop"))).containsExactly(WEB);
        assertThatThrownBy(() -> service.query().objects(stranger, NamespaceRef.of(PROD, "shop")))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aVersionCanBeTagged() {
        String first = service.query().versions(writer, WEB).get(0).id();

        assertThat(service.tagging().tag(writer,
                new TagVersionCommand(first, " known good ")).tag()).isEqualTo("known good");
        assertThatThrownBy(() -> service.tagging().tag(writer, new TagVersionCommand(first, "")))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> service.query().version(writer, "no-such-id")).isInstanceOf(NotFoundException.class);
        assertThat(f.audit.events(AuditAction.VERSION_TAGGED)).hasSize(1);
    }
}
