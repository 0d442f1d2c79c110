package org.kubedeck.application.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kubedeck.application.cluster.port.in.AddClusterUseCase.AddClusterCommand;
import org.kubedeck.application.cluster.port.in.AddClusterUseCase.ImportClusterCommand;
import org.kubedeck.application.cluster.port.in.ChangeClusterUseCase.UpdateClusterCommand;
import org.kubedeck.application.cluster.port.out.LocalKubeconfig;
import org.kubedeck.application.testing.FakeClusters;
import org.kubedeck.application.testing.TestFixture;
import org.kubedeck.domain.AccessDeniedException;
import org.kubedeck.domain.ConflictException;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.NotFoundException;
import org.kubedeck.domain.audit.AuditAction;
import org.kubedeck.domain.cluster.Cluster;
import org.kubedeck.domain.cluster.ClusterHealth;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.cluster.ClusterUnavailableException;
import org.kubedeck.domain.cluster.Kubeconfig;
import org.kubedeck.domain.user.AccessLevel;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.Permissions;


class ClusterServicesTest {

    private final TestFixture f = new TestFixture();
    private Optional<LocalKubeconfig.Found> localKubeconfig = Optional.empty();
    private final RegisteredClusters registered = new RegisteredClusters(f.clusters, f.kubernetes, f.keyring,
            f.clock());
    private final Services service = new Services(new ClusterQueryService(registered, f.guard),
            new AddClusterService(f.clusters, registered, f.secrets, f.kubernetes, () -> localKubeconfig, f.auditLog,
                    f.guard, f.clock()),
            new ChangeClusterService(registered, f.secrets, f.kubernetes, f.keyring, f.auditLog, f.guard, f.clock()),
            new ClusterHealthService(registered));

    /** The cluster use cases over the same store and connector, as the console wires them. */
    private record Services(ClusterQueryService query, AddClusterService adding, ChangeClusterService changing,
            ClusterHealthService health) {
    }
    private final Actor root = TestFixture.actor("root", Permissions.ADMINISTRATOR);
    private static final ClusterName PROD = ClusterName.of("prod");

    private Cluster addProd() {
        f.kubernetes.cluster("prod.example");
        return service.adding().addCluster(root, new AddClusterCommand(PROD, "Production", List.of("eu", "critical"),
                null, FakeClusters.kubeconfig("prod.example")));
    }

    @Test
    void addingConnectsFirstAndStoresTheKubeconfigSealed() {
        Cluster cluster = addProd();
        assertThat(cluster.health().status()).isEqualTo(ClusterHealth.Status.REACHABLE);
        assertThat(cluster.health().version()).isEqualTo("v1.31.2");
        assertThat(cluster.health().nodeCount()).isEqualTo(3);
        byte[] stored = f.clusters.kubeconfig(PROD).orElseThrow().sealed();
        assertThat(new String(stored, StandardCharsets.UTF_8)).doesNotContain("secret-token");
        assertThat(f.audit.events(AuditAction.CLUSTER_ADDED)).singleElement()
                .satisfies(e -> assertThat(e.detail()).doesNotContain("secret-token"));
    }

    @Test
    void anUnreachableClusterIsNotStored() {
        f.kubernetes.cluster("down.example").down = true;
        assertThatThrownBy(() -> service.adding().addCluster(root, new AddClusterCommand(PROD, null, List.of(), null,
                FakeClusters.kubeconfig("down.example")))).isInstanceOf(ClusterUnavailableException.class);
        assertThat(f.clusters.findAll()).isEmpty();
    }

    @Test
    void aKubeconfigNeedingALocalPluginIsRefusedWithAReason() {
        Kubeconfig exec = new Kubeconfig("kind: Config\nusers: [{name: u, user: {exec: {command: aws}}}]");
        assertThatThrownBy(() -> service.adding().addCluster(root,
                new AddClusterCommand(PROD, null, List.of(), null, exec)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("plugins");
        assertThat(f.clusters.exists(PROD)).isFalse();
    }

    @Test
    void duplicateNameIsAConflict() {
        addProd();
        assertThatThrownBy(this::addProd).isInstanceOf(ConflictException.class);
    }

    @Test
    void onlyGlobalAdminsAddAndDelete() {
        addProd();
        Actor clusterAdmin = TestFixture.actor("ops", Permissions.perCluster(Map.of(PROD, AccessLevel.ADMIN)));
        assertThatThrownBy(() -> service.adding().addCluster(clusterAdmin, new AddClusterCommand(
                ClusterName.of("dev"), null, List.of(), null, FakeClusters.kubeconfig("prod.example"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.changing().deleteCluster(clusterAdmin, PROD))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(f.clusters.exists(PROD)).isTrue();
        assertThat(f.audit.events(AuditAction.DENIED)).hasSize(2);
    }

    @Test
    void clusterAdminEditsItButAWriteUserIsRefused() {
        addProd();
        Actor clusterAdmin = TestFixture.actor("ops", Permissions.perCluster(Map.of(PROD, AccessLevel.ADMIN)));
        Actor writer = TestFixture.actor("dev", Permissions.perCluster(Map.of(PROD, AccessLevel.WRITE)));
        UpdateClusterCommand rename = new UpdateClusterCommand(PROD, Optional.of("Prod EU"), Optional.empty(),
                Optional.empty(), Optional.empty());
        assertThatThrownBy(() -> service.changing().updateCluster(writer, rename))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(service.changing().updateCluster(clusterAdmin, rename).displayName()).isEqualTo("Prod EU");
        assertThat(f.clusters.find(PROD).orElseThrow().tags()).containsOnlyKeys("eu", "critical");
    }

    @Test
    void aNewKubeconfigMustConnectBeforeItReplacesTheOldOne() {
        addProd();
        var old = f.clusters.kubeconfig(PROD).orElseThrow();
        f.kubernetes.cluster("new.example").down = true;
        assertThatThrownBy(() -> service.changing().updateCluster(root, new UpdateClusterCommand(PROD, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(FakeClusters.kubeconfig("new.example")))))
                .isInstanceOf(ClusterUnavailableException.class);
        assertThat(f.clusters.kubeconfig(PROD)).contains(old);
    }

    @Test
    void unlistedClusterIsInvisible() {
        addProd();
        f.kubernetes.cluster("dev.example");
        service.adding().addCluster(root, new AddClusterCommand(ClusterName.of("dev"), null, List.of(), null,
                FakeClusters.kubeconfig("dev.example")));
        Actor devOnly = TestFixture.actor("dev", Permissions.perCluster(Map.of(ClusterName.of("dev"),
                AccessLevel.READ)));
        assertThat(service.query().visibleClusters(devOnly)).extracting(c -> c.name().value()).containsExactly("dev");
        assertThatThrownBy(() -> service.query().cluster(devOnly, PROD)).isInstanceOf(NotFoundException.class);
        assertThat(f.audit.events(AuditAction.DENIED)).hasSize(1);
    }

    @Test
    void healthRefreshRecordsAnUnreachableClusterWithoutFailing() {
        addProd();
        f.kubernetes.cluster("prod.example").down = true;
        service.health().refreshHealth();
        ClusterHealth health = f.clusters.find(PROD).orElseThrow().health();
        assertThat(health.status()).isEqualTo(ClusterHealth.Status.UNREACHABLE);
        assertThat(health.errorText()).contains("Cannot reach");
    }

    @Test
    void testConnectionIsRecordedAndAudited() {
        addProd();
        assertThat(service.changing().testConnection(root, PROD).status()).isEqualTo(ClusterHealth.Status.REACHABLE);
        assertThat(f.audit.events(AuditAction.CLUSTER_TESTED)).hasSize(1);
    }

    @Test
    void anEmptyConsoleOffersTheLocalKubeconfigsContextsToAdminsOnly() {
        f.kubernetes.cluster("prod.example");
        localKubeconfig = Optional.of(new LocalKubeconfig.Found("/home/ops/.kube/config",
                FakeClusters.kubeconfig("prod.example")));
        Actor reader = TestFixture.actor("reader", Permissions.globalRead());
        assertThat(service.adding().importOffer(reader)).isEmpty();
        var offer = service.adding().importOffer(root).orElseThrow();
        assertThat(offer.contexts()).containsExactly("main", "other");

        Cluster imported = service.adding().importContext(root,
                new ImportClusterCommand("other", ClusterName.of("imported")));
        assertThat(imported.context()).isEqualTo("other");
        assertThat(service.adding().importOffer(root)).as("only while no cluster is registered").isEmpty();
    }

    @Test
    void aLocalKubeconfigThatCannotBeUsedIsOfferedWithTheReason() {
        localKubeconfig = Optional.of(new LocalKubeconfig.Found("/home/ops/.kube/config",
                new Kubeconfig("kind: Config\nusers: [{name: u, user: {exec: {command: gcloud}}}]")));
        var offer = service.adding().importOffer(root).orElseThrow();
        assertThat(offer.contexts()).isEmpty();
        assertThat(offer.problem()).contains("plugins");
    }

    @Test
    void deletingRemovesClusterAndKubeconfig() {
        addProd();
        service.changing().deleteCluster(root, PROD);
        assertThat(f.clusters.exists(PROD)).isFalse();
        assertThat(f.clusters.kubeconfig(PROD)).isEmpty();
        assertThat(f.audit.events(AuditAction.CLUSTER_DELETED)).hasSize(1);
    }
}
