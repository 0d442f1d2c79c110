package org.kubedeck.application.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kubedeck.application.desktop.port.in.CreateDesktopUseCase.CreateDesktopCommand;
import org.kubedeck.application.desktop.port.in.CreateDesktopUseCase.Creation;
import org.kubedeck.application.desktop.port.in.DesktopLifecycleUseCase.DeleteDesktopCommand;
import org.kubedeck.application.desktop.port.in.DesktopQuery.DesktopView;
import org.kubedeck.application.desktop.port.out.DesktopCluster.DesktopSpec;
import org.kubedeck.application.desktop.port.out.DesktopMetrics.Operation;
import org.kubedeck.application.testing.FakeContainerLogs;
import org.kubedeck.application.testing.FakeDesktopCluster;
import org.kubedeck.application.testing.FakeQuotaCluster;
import org.kubedeck.application.testing.InMemoryDesktopClaims;
import org.kubedeck.application.testing.InMemoryDesktopSettingsStore;
import org.kubedeck.application.testing.RecordingDesktopMetrics;
import org.kubedeck.application.testing.TestFixture;
import org.kubedeck.domain.AccessDeniedException;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.NotFoundException;
import org.kubedeck.domain.TooManyRequestsException;
import org.kubedeck.domain.audit.AuditAction;
import org.kubedeck.domain.audit.Outcome;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.cluster.ClusterUnavailableException;
import org.kubedeck.domain.container.ContainerRef;
import org.kubedeck.domain.desktop.DesktopAddress;
import org.kubedeck.domain.desktop.DesktopNames;
import org.kubedeck.domain.desktop.DesktopPhase;
import org.kubedeck.domain.desktop.DesktopPod;
import org.kubedeck.domain.desktop.DesktopPolicy;
import org.kubedeck.domain.desktop.DesktopResources;
import org.kubedeck.domain.quota.QuotaSpec;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.Permissions;


class DesktopServicesTest {

    private static final ClusterName DESKS = ClusterName.of("desks");
    private static final DesktopPolicy POLICY = new DesktopPolicy(DesktopResources.parse("1", "2Gi", "10Gi"),
            DesktopResources.parse("500m", "1Gi", "1Gi"), DesktopResources.parse("2", "4Gi", "50Gi"));

    private final TestFixture f = new TestFixture();
    private final FakeDesktopCluster cluster = new FakeDesktopCluster(f.clock());
    private final InMemoryDesktopClaims claims = new InMemoryDesktopClaims();
    private final InMemoryDesktopSettingsStore chosen = new InMemoryDesktopSettingsStore();
    private final RecordingDesktopMetrics metrics = new RecordingDesktopMetrics();
    private final FakeQuotaCluster quotas = new FakeQuotaCluster();
    private final Actor alice = TestFixture.actor("alice", Permissions.NONE);
    private final Actor bob = TestFixture.actor("bob", Permissions.NONE);
    private final Actor admin = TestFixture.actor("admin", Permissions.ADMINISTRATOR);
    private final FakeContainerLogs logs = new FakeContainerLogs();
    private Services service = service(DESKS, 3);

    private Services service(ClusterName configured, int maxTotal) {
        return service(configured, maxTotal, Duration.ZERO);
    }

    private Services service(ClusterName configured, int maxTotal, Duration idleTimeout) {
        DesktopSettings settings = new DesktopSettings(configured, "vnc-pods", POLICY, "vnc:1", "1920x1080",
                "/headless", new DesktopAddress("desk.example", true), "nginx", "", "ingress-nginx", maxTotal,
                Duration.ofSeconds(300), idleTimeout);
        Desktops desktops = new Desktops(settings, cluster, claims, chosen, f.keyring, f.clock());
        return new Services(new CreateDesktopService(desktops, metrics, f.auditLog),
                new DesktopLifecycleService(desktops, metrics, f.auditLog),
                new ChooseDesktopClusterService(chosen, f.keyring, f.auditLog, f.guard),
                new DesktopQueryService(desktops, quotas, f.guard, logs),
                new DesktopMaintenanceService(desktops, metrics, f.auditLog));
    }

    /** The desktop use cases over the same claims, cluster and settings, as the console wires them. */
    private record Services(CreateDesktopService creating, DesktopLifecycleService lifecycle,
            ChooseDesktopClusterService choosing, DesktopQueryService query, DesktopMaintenanceService maintenance) {
    }

    @BeforeEach
    void registerDesktopCluster() {
        f.register(DESKS, "Desktops", "desks.example");
    }

    @Test
    void createSubmitsTheDesktopWithTheResourcesAskedForAndAFreshPassword() {
        Creation creation = service.creating().create(alice, new CreateDesktopCommand("2", "4Gi", null));

        assertThat(creation.created()).isTrue();
        DesktopView desktop = creation.desktop();
        assertThat(desktop.name()).isEqualTo("vnc-alice");
        assertThat(desktop.phase()).isEqualTo(DesktopPhase.CREATING);
        assertThat(desktop.novncUrl()).startsWith("https://desk.example/user/alice/vnc.html");
        assertThat(desktop.vncPassword()).hasSize(16).isAlphanumeric();
        DesktopSpec spec = cluster.provisioned().get(0);
        assertThat(spec.resources()).isEqualTo(DesktopResources.parse("2", "4Gi", "10Gi"));
        assertThat(spec.names()).isEqualTo(DesktopNames.of(alice.username()));
        assertThat(spec.vncPassword()).isEqualTo(desktop.vncPassword());
        assertThat(f.audit.events(AuditAction.DESKTOP_CREATED)).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("\"cpu_limit\":\"2\"")
                        .doesNotContain(desktop.vncPassword()));
        assertThat(metrics.succeeded).containsExactly(Operation.CREATE);
        assertThat(claims.find(alice.username())).isPresent();
    }

    @Test
    void aSecondCreateReportsTheDesktopAlreadyThere() {
        String password = service.creating().create(alice, CreateDesktopCommand.defaults()).desktop().vncPassword();

        Creation again = service.creating().create(alice, new CreateDesktopCommand("2", null, null));

        assertThat(again.created()).isFalse();
        assertThat(again.desktop().name()).isEqualTo("vnc-alice");
        assertThat(again.desktop().vncPassword()).isEqualTo(password);
        assertThat(cluster.provisioned()).hasSize(1);
    }

    @Test
    void badOrOutOfBoundsValuesAreRefusedBeforeAnythingIsClaimed() {
        assertThatThrownBy(() -> service.creating().create(alice, new CreateDesktopCommand("lots", null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("resource_quota.cpu_limit"));
        assertThatThrownBy(() -> service.creating().create(alice, new CreateDesktopCommand(null, null, "51Gi")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("resource_quota.storage"));
        assertThat(claims.find(alice.username())).isEmpty();
        assertThat(cluster.provisioned()).isEmpty();
    }

    @Test
    void theCapOnAllDesktopsIsATooManyRequestsWithoutRetryTime() {
        service = service(DESKS, 1);
        service.creating().create(bob, CreateDesktopCommand.defaults());

        assertThatThrownBy(() -> service.creating().create(alice, CreateDesktopCommand.defaults()))
                .isInstanceOfSatisfying(TooManyRequestsException.class, e -> {
                    assertThat(e.retryAfter()).isEmpty();
                    assertThat(e.getMessage()).contains("maximum of 1 desktops");
                });
        assertThat(cluster.provisioned()).hasSize(1);
    }

    @Test
    void aClusterThatFailsTheCreateFreesTheClaimSoTheOwnerCanTryAgain() {
        cluster.unreachable(true);
        assertThatThrownBy(() -> service.creating().create(alice, CreateDesktopCommand.defaults()))
                .isInstanceOf(ClusterUnavailableException.class);
        assertThat(claims.find(alice.username())).isEmpty();
        assertThat(metrics.failed).containsExactly(Operation.CREATE);
        assertThat(f.audit.events(AuditAction.DESKTOP_CREATED)).singleElement()
                .satisfies(e -> assertThat(e.outcome()).isEqualTo(Outcome.FAILURE));

        cluster.unreachable(false);
        assertThat(service.creating().create(alice, CreateDesktopCommand.defaults()).created()).isTrue();
    }

    @Test
    void withoutADesktopClusterCreatingExplainsWhatIsMissingAndThereIsNothingToList() {
        service = service(null, 3);
        assertThat(service.query().desktops(alice, false)).isEmpty();
        assertThat(service.query().desktops(admin, true)).isEmpty();
        assertThatThrownBy(() -> service.query().desktop(alice, "vnc-alice"))
                .isInstanceOf(ClusterUnavailableException.class);
        assertThatThrownBy(() -> service.creating().create(alice, CreateDesktopCommand.defaults()))
                .isInstanceOf(ClusterUnavailableException.class)
                .hasMessageContaining("No desktop cluster");
    }

    @Test
    void usersSeeAndTouchOnlyTheirOwnDesktopWhileAdminsReachAll() {
        service.creating().create(alice, CreateDesktopCommand.defaults());

        assertThatThrownBy(() -> service.query().desktop(bob, "vnc-alice")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.query().logs(bob, "vnc-alice", 10)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.lifecycle().restart(bob, "vnc-alice")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.lifecycle().delete(bob, new DeleteDesktopCommand("vnc-alice", true)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.query().desktop(bob, "not a desktop")).isInstanceOf(NotFoundException.class);
        assertThat(service.query().desktops(bob, false)).isEmpty();
        assertThatThrownBy(() -> service.query().desktops(bob, true)).isInstanceOf(AccessDeniedException.class);

        assertThat(service.query().desktop(admin, "vnc-alice").desktop().owner()).isEqualTo("alice");
        assertThat(service.query().desktop(admin, "vnc-alice").desktop().vncPassword()).isNull();
        assertThat(service.query().desktop(alice, "vnc-alice").desktop().vncPassword()).isNotNull();
        assertThat(service.query().desktops(admin, true)).extracting(DesktopView::name).containsExactly("vnc-alice");
        service.lifecycle().restart(admin, "vnc-alice");
        assertThat(f.audit.events(AuditAction.DESKTOP_RESTARTED)).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("\"owner\":\"alice\""));
    }

    @Test
    void deleteFreesTheOwnerAndKeepsTheHomeVolumeUnlessAsked() {
        service.creating().create(alice, CreateDesktopCommand.defaults());
        DesktopNames names = DesktopNames.of(alice.username());

        service.lifecycle().delete(alice, new DeleteDesktopCommand("vnc-alice", false));
        assertThat(claims.find(alice.username())).isEmpty();
        assertThat(cluster.hasHome(names)).isTrue();
        assertThatThrownBy(() -> service.query().desktop(alice, "vnc-alice")).isInstanceOf(NotFoundException.class);

        service.creating().create(alice, CreateDesktopCommand.defaults());
        service.lifecycle().delete(alice, new DeleteDesktopCommand("vnc-alice", true));
        assertThat(cluster.hasHome(names)).isFalse();
        assertThat(metrics.succeeded).containsExactly(Operation.CREATE, Operation.DELETE, Operation.CREATE,
                Operation.DELETE);
    }

    @Test
    void aDesktopsLogIsItsContainersTailCappedAt5000Lines() {
        service.creating().create(alice, CreateDesktopCommand.defaults());
        ContainerRef desktop = ContainerRef.of(DESKS, "vnc-pods", "vnc-alice-0", DesktopNames.CONTAINER);
        logs.wrote(desktop, 6000);

        assertThat(service.query().logs(alice, "vnc-alice", 2)).isEqualTo("line 5999\nline 6000\n");
        assertThat(service.query().logs(alice, "vnc-alice", 1_000_000).lines())
                .isEqualTo(FakeContainerLogs.numbered(1001, 6000));
    }

    @Test
    void aDesktopWithoutPodHasNoLogAndOneNotStartedAnEmptyOne() {
        service.creating().create(alice, CreateDesktopCommand.defaults());

        assertThatThrownBy(() -> service.query().logs(alice, "vnc-alice", 10)).isInstanceOf(NotFoundException.class)
                .hasMessage("Desktop vnc-alice has no pod yet.");
        logs.waiting(ContainerRef.of(DESKS, "vnc-pods", "vnc-alice-0", DesktopNames.CONTAINER));
        assertThat(service.query().logs(alice, "vnc-alice", 10)).isEmpty();
    }

    @Test
    void observingCountsPhasesAndEachFailedStartOnce() {
        service.creating().create(alice, CreateDesktopCommand.defaults());
        service.creating().create(bob, CreateDesktopCommand.defaults());
        cluster.pod("vnc-alice", pod(true, null));
        cluster.pod("vnc-bob", pod(false, "ImagePullBackOff"));

        service.maintenance().observe();
        assertThat(metrics.observed).containsEntry(DesktopPhase.RUNNING, 1).containsEntry(DesktopPhase.CREATING, 1);
        assertThat(metrics.failed).isEmpty();

        f.clock.advance(Duration.ofSeconds(301));
        service.maintenance().observe();
        service.maintenance().observe();
        assertThat(metrics.observed).containsEntry(DesktopPhase.FAILED, 1);
        assertThat(metrics.failed).containsExactly(Operation.START);
        assertThat(service.query().desktop(bob, "vnc-bob").desktop().reason().text()).startsWith("ImagePullBackOff");
    }

    @Test
    void aDesktopDeletedBehindTheConsolesBackFreesItsClaim() {
        service.creating().create(alice, CreateDesktopCommand.defaults());
        cluster.vanish("vnc-alice");

        service.maintenance().observe();
        assertThat(claims.find(alice.username())).as("too fresh to call abandoned").isPresent();

        f.clock.advance(Duration.ofSeconds(301));
        service.maintenance().observe();
        assertThat(claims.find(alice.username())).isEmpty();
        assertThat(service.creating().create(alice, CreateDesktopCommand.defaults()).created()).isTrue();
    }

    @Test
    void onlyAdminsChooseTheDesktopClusterAndTheirChoiceWins() {
        assertThatThrownBy(() -> service.choosing().chooseCluster(alice, DESKS))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(f.audit.events(AuditAction.DENIED)).hasSize(1);
        assertThatThrownBy(() -> service.choosing().chooseCluster(admin, ClusterName.of("nowhere")))
                .isInstanceOf(NotFoundException.class);

        service = service(null, 3);
        service.choosing().chooseCluster(admin, DESKS);
        assertThat(service.query().clusterChoice(admin).current()).contains(DESKS);
        assertThat(service.creating().create(alice, CreateDesktopCommand.defaults()).created()).isTrue();
        service.choosing().chooseCluster(admin, null);
        assertThat(service.query().clusterChoice(admin).current()).isEmpty();
    }

    @Test
    void theHeadroomSaysWhatADefaultDesktopWouldTakeFromTheNamespacesQuota() {
        quotas.createQuota(null, "vnc-pods", new QuotaSpec("desktops", Map.of("requests.cpu", "4",
                "requests.memory", "6Gi", "pods", "10", "configmaps", "5")));
        quotas.used("vnc-pods", "desktops", Map.of("requests.cpu", "3500m", "requests.memory", "2Gi", "pods", "3"));

        assertThat(service.query().headroom(alice)).extracting(h -> h.resource() + " " + h.used() + "+" + h.needed()
                + "/" + h.hard() + " " + (h.fits() ? "fits" : "full"))
                .containsExactly("pods 3+1/10 fits", "requests.cpu 3500m+1/4 full", "requests.memory 2Gi+2Gi/6Gi fits");
        assertThat(service(null, 3).query().headroom(alice)).isEmpty();
    }

    @Test
    void withoutAnIdleTimeoutNothingIsStopped() {
        service.creating().create(alice, CreateDesktopCommand.defaults());
        cluster.pod("vnc-alice", pod(true, null));
        f.clock.advance(Duration.ofDays(3));

        service.maintenance().observe();

        assertThat(service.query().desktop(alice, "vnc-alice").desktop().phase()).isEqualTo(DesktopPhase.RUNNING);
    }

    @Test
    void aDesktopNobodyIsConnectedToIsStoppedAfterTheIdleTimeoutAndKeepsItsHome() {
        service = service(DESKS, 3, Duration.ofMinutes(30));
        service.creating().create(alice, CreateDesktopCommand.defaults());
        service.creating().create(bob, CreateDesktopCommand.defaults());
        cluster.pod("vnc-alice", pod(true, null));
        cluster.pod("vnc-bob", pod(true, null));
        cluster.connections("vnc-bob", 1);

        f.clock.advance(Duration.ofMinutes(20));
        service.maintenance().observe();
        cluster.connections("vnc-bob", 0);
        f.clock.advance(Duration.ofMinutes(11));
        service.maintenance().observe();

        assertThat(service.query().desktop(alice, "vnc-alice").desktop().phase()).isEqualTo(DesktopPhase.STOPPED);
        assertThat(service.query().desktop(bob, "vnc-bob").desktop().phase())
                .as("bob was connected 11 minutes ago").isEqualTo(DesktopPhase.RUNNING);
        assertThat(cluster.hasHome(DesktopNames.of(alice.username()))).isTrue();
        assertThat(f.audit.events(AuditAction.DESKTOP_STOPPED)).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("system");
            assertThat(e.target()).isEqualTo("vnc-alice");
            assertThat(e.detail()).contains("\"reason\":\"idle\"");
        });

        f.clock.advance(Duration.ofMinutes(20));
        service.maintenance().observe();
        service.maintenance().observe();
        assertThat(service.query().desktop(bob, "vnc-bob").desktop().phase()).isEqualTo(DesktopPhase.STOPPED);
        assertThat(f.audit.events(AuditAction.DESKTOP_STOPPED)).hasSize(2);
        assertThat(metrics.succeeded).filteredOn(Operation.STOP::equals).hasSize(2);
    }

    @Test
    void aRestartedDesktopGetsAFreshIdleWindow() {
        service = service(DESKS, 3, Duration.ofMinutes(30));
        service.creating().create(alice, CreateDesktopCommand.defaults());
        f.clock.advance(Duration.ofHours(2));
        cluster.pod("vnc-alice", pod(true, null));

        service.maintenance().observe();

        assertThat(service.query().desktop(alice, "vnc-alice").desktop().phase())
                .as("its pod started just now").isEqualTo(DesktopPhase.RUNNING);
    }

    private DesktopPod pod(boolean ready, String waiting) {
        return new DesktopPod("pod", ready ? "Running" : "Pending", ready, "node-1", "10.0.0.9",
                f.clock.instant(), waiting, waiting == null ? null : "Back-off pulling image", 0);
    }

}
