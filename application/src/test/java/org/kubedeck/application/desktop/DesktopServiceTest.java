package org.kubedeck.application.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kubedeck.application.desktop.port.in.DesktopQuery.DesktopView;
import org.kubedeck.application.desktop.port.in.ManageDesktopsUseCase.Creation;
import org.kubedeck.application.desktop.port.out.DesktopCluster.DesktopSpec;
import org.kubedeck.application.desktop.port.out.DesktopMetrics.Operation;
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
import org.kubedeck.domain.desktop.DesktopAddress;
import org.kubedeck.domain.desktop.DesktopNames;
import org.kubedeck.domain.desktop.DesktopPhase;
import org.kubedeck.domain.desktop.DesktopPod;
import org.kubedeck.domain.desktop.DesktopPolicy;
import org.kubedeck.domain.desktop.DesktopResources;
import org.kubedeck.domain.quota.QuotaSpec;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.Permissions;

class DesktopServiceTest {

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
    private DesktopService service = service(DESKS, 3);

    private DesktopService service(ClusterName configured, int maxTotal) {
        return service(configured, maxTotal, Duration.ZERO);
    }

    private DesktopService service(ClusterName configured, int maxTotal, Duration idleTimeout) {
        DesktopSettings settings = new DesktopSettings(configured, "vnc-pods", POLICY, "vnc:1", "1920x1080",
                "/headless", new DesktopAddress("desk.example", true), "nginx", "", "ingress-nginx", maxTotal,
                Duration.ofSeconds(300), idleTimeout);
        return new DesktopService(settings, claims, cluster, chosen, metrics, quotas, f.keyring, f.auditLog, f.guard,
                f.clock());
    }

    @BeforeEach
    void registerDesktopCluster() {
        f.register(DESKS, "Desktops", "desks.example");
    }

    @Test
    void createSubmitsTheDesktopWithTheResourcesAskedForAndAFreshPassword() {
        Creation creation = service.create(alice, "2", "4Gi", null);

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
        String password = service.create(alice, null, null, null).desktop().vncPassword();

        Creation again = service.create(alice, "2", null, null);

        assertThat(again.created()).isFalse();
        assertThat(again.desktop().name()).isEqualTo("vnc-alice");
        assertThat(again.desktop().vncPassword()).isEqualTo(password);
        assertThat(cluster.provisioned()).hasSize(1);
    }

    @Test
    void badOrOutOfBoundsValuesAreRefusedBeforeAnythingIsClaimed() {
        assertThatThrownBy(() -> service.create(alice, "lots", null, null))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("resource_quota.cpu_limit"));
        assertThatThrownBy(() -> service.create(alice, null, null, "51Gi"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("resource_quota.storage"));
        assertThat(claims.find(alice.username())).isEmpty();
        assertThat(cluster.provisioned()).isEmpty();
    }

    @Test
    void theCapOnAllDesktopsIsATooManyRequestsWithoutRetryTime() {
        service = service(DESKS, 1);
        service.create(bob, null, null, null);

        assertThatThrownBy(() -> service.create(alice, null, null, null))
                .isInstanceOfSatisfying(TooManyRequestsException.class, e -> {
                    assertThat(e.retryAfter()).isEmpty();
                    assertThat(e.getMessage()).contains("maximum of 1 desktops");
                });
        assertThat(cluster.provisioned()).hasSize(1);
    }

    @Test
    void aClusterThatFailsTheCreateFreesTheClaimSoTheOwnerCanTryAgain() {
        cluster.unreachable(true);
        assertThatThrownBy(() -> service.create(alice, null, null, null))
                .isInstanceOf(ClusterUnavailableException.class);
        assertThat(claims.find(alice.username())).isEmpty();
        assertThat(metrics.failed).containsExactly(Operation.CREATE);
        assertThat(f.audit.events(AuditAction.DESKTOP_CREATED)).singleElement()
                .satisfies(e -> assertThat(e.outcome()).isEqualTo(Outcome.FAILURE));

        cluster.unreachable(false);
        assertThat(service.create(alice, null, null, null).created()).isTrue();
    }

    @Test
    void withoutADesktopClusterCreatingExplainsWhatIsMissingAndThereIsNothingToList() {
        service = service(null, 3);
        assertThat(service.desktops(alice, false)).isEmpty();
        assertThat(service.desktops(admin, true)).isEmpty();
        assertThatThrownBy(() -> service.desktop(alice, "vnc-alice")).isInstanceOf(ClusterUnavailableException.class);
        assertThatThrownBy(() -> service.create(alice, null, null, null))
                .isInstanceOf(ClusterUnavailableException.class)
                .hasMessageContaining("No desktop cluster");
    }

    @Test
    void usersSeeAndTouchOnlyTheirOwnDesktopWhileAdminsReachAll() {
        service.create(alice, null, null, null);

        assertThatThrownBy(() -> service.desktop(bob, "vnc-alice")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.logs(bob, "vnc-alice", 10)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.restart(bob, "vnc-alice")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.delete(bob, "vnc-alice", true)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.desktop(bob, "not a desktop")).isInstanceOf(NotFoundException.class);
        assertThat(service.desktops(bob, false)).isEmpty();
        assertThatThrownBy(() -> service.desktops(bob, true)).isInstanceOf(AccessDeniedException.class);

        assertThat(service.desktop(admin, "vnc-alice").desktop().owner()).isEqualTo("alice");
        assertThat(service.desktop(admin, "vnc-alice").desktop().vncPassword()).isNull();
        assertThat(service.desktop(alice, "vnc-alice").desktop().vncPassword()).isNotNull();
        assertThat(service.desktops(admin, true)).extracting(DesktopView::name).containsExactly("vnc-alice");
        service.restart(admin, "vnc-alice");
        assertThat(f.audit.events(AuditAction.DESKTOP_RESTARTED)).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("\"owner\":\"alice\""));
    }

    @Test
    void deleteFreesTheOwnerAndKeepsTheHomeVolumeUnlessAsked() {
        service.create(alice, null, null, null);
        DesktopNames names = DesktopNames.of(alice.username());

        service.delete(alice, "vnc-alice", false);
        assertThat(claims.find(alice.username())).isEmpty();
        assertThat(cluster.hasHome(names)).isTrue();
        assertThatThrownBy(() -> service.desktop(alice, "vnc-alice")).isInstanceOf(NotFoundException.class);

        service.create(alice, null, null, null);
        service.delete(alice, "vnc-alice", true);
        assertThat(cluster.hasHome(names)).isFalse();
        assertThat(metrics.succeeded).containsExactly(Operation.CREATE, Operation.DELETE, Operation.CREATE,
                Operation.DELETE);
    }

    @Test
    void logsAreCappedAt5000Lines() {
        service.create(alice, null, null, null);
        cluster.pod("vnc-alice", pod(true, null));
        assertThat(service.logs(alice, "vnc-alice", 1_000_000)).isEqualTo("last 5000 lines\n");
    }

    @Test
    void observingCountsPhasesAndEachFailedStartOnce() {
        service.create(alice, null, null, null);
        service.create(bob, null, null, null);
        cluster.pod("vnc-alice", pod(true, null));
        cluster.pod("vnc-bob", pod(false, "ImagePullBackOff"));

        service.observe();
        assertThat(metrics.observed).containsEntry(DesktopPhase.RUNNING, 1).containsEntry(DesktopPhase.CREATING, 1);
        assertThat(metrics.failed).isEmpty();

        f.clock.advance(Duration.ofSeconds(301));
        service.observe();
        service.observe();
        assertThat(metrics.observed).containsEntry(DesktopPhase.FAILED, 1);
        assertThat(metrics.failed).containsExactly(Operation.START);
        assertThat(service.desktop(bob, "vnc-bob").desktop().reason()).startsWith("ImagePullBackOff");
    }

    @Test
    void aDesktopDeletedBehindTheConsolesBackFreesItsClaim() {
        service.create(alice, null, null, null);
        cluster.vanish("vnc-alice");

        service.observe();
        assertThat(claims.find(alice.username())).as("too fresh to call abandoned").isPresent();

        f.clock.advance(Duration.ofSeconds(301));
        service.observe();
        assertThat(claims.find(alice.username())).isEmpty();
        assertThat(service.create(alice, null, null, null).created()).isTrue();
    }

    @Test
    void onlyAdminsChooseTheDesktopClusterAndTheirChoiceWins() {
        assertThatThrownBy(() -> service.chooseCluster(alice, DESKS)).isInstanceOf(AccessDeniedException.class);
        assertThat(f.audit.events(AuditAction.DENIED)).hasSize(1);
        assertThatThrownBy(() -> service.chooseCluster(admin, ClusterName.of("nowhere")))
                .isInstanceOf(NotFoundException.class);

        service = service(null, 3);
        service.chooseCluster(admin, DESKS);
        assertThat(service.clusterChoice(admin).current()).contains(DESKS);
        assertThat(service.create(alice, null, null, null).created()).isTrue();
        service.chooseCluster(admin, null);
        assertThat(service.clusterChoice(admin).current()).isEmpty();
    }

    @Test
    void theHeadroomSaysWhatADefaultDesktopWouldTakeFromTheNamespacesQuota() {
        quotas.createQuota(null, "vnc-pods", new QuotaSpec("desktops", Map.of("requests.cpu", "4",
                "requests.memory", "6Gi", "pods", "10", "configmaps", "5")));
        quotas.used("vnc-pods", "desktops", Map.of("requests.cpu", "3500m", "requests.memory", "2Gi", "pods", "3"));

        assertThat(service.headroom(alice)).extracting(h -> h.resource() + " " + h.used() + "+" + h.needed() + "/"
                + h.hard() + " " + (h.fits() ? "fits" : "full"))
                .containsExactly("pods 3+1/10 fits", "requests.cpu 3500m+1/4 full", "requests.memory 2Gi+2Gi/6Gi fits");
        assertThat(service(null, 3).headroom(alice)).isEmpty();
    }

    @Test
    void withoutAnIdleTimeoutNothingIsStopped() {
        service.create(alice, null, null, null);
        cluster.pod("vnc-alice", pod(true, null));
        f.clock.advance(Duration.ofDays(3));

        service.observe();

        assertThat(service.desktop(alice, "vnc-alice").desktop().phase()).isEqualTo(DesktopPhase.RUNNING);
    }

    @Test
    void aDesktopNobodyIsConnectedToIsStoppedAfterTheIdleTimeoutAndKeepsItsHome() {
        service = service(DESKS, 3, Duration.ofMinutes(30));
        service.create(alice, null, null, null);
        service.create(bob, null, null, null);
        cluster.pod("vnc-alice", pod(true, null));
        cluster.pod("vnc-bob", pod(true, null));
        cluster.connections("vnc-bob", 1);

        f.clock.advance(Duration.ofMinutes(20));
        service.observe();
        cluster.connections("vnc-bob", 0);
        f.clock.advance(Duration.ofMinutes(11));
        service.observe();

        assertThat(service.desktop(alice, "vnc-alice").desktop().phase()).isEqualTo(DesktopPhase.STOPPED);
        assertThat(service.desktop(bob, "vnc-bob").desktop().phase())
                .as("bob was connected 11 minutes ago").isEqualTo(DesktopPhase.RUNNING);
        assertThat(cluster.hasHome(DesktopNames.of(alice.username()))).isTrue();
        assertThat(f.audit.events(AuditAction.DESKTOP_STOPPED)).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("system");
            assertThat(e.target()).isEqualTo("vnc-alice");
            assertThat(e.detail()).contains("\"reason\":\"idle\"");
        });

        f.clock.advance(Duration.ofMinutes(20));
        service.observe();
        service.observe();
        assertThat(service.desktop(bob, "vnc-bob").desktop().phase()).isEqualTo(DesktopPhase.STOPPED);
        assertThat(f.audit.events(AuditAction.DESKTOP_STOPPED)).hasSize(2);
        assertThat(metrics.succeeded).filteredOn(Operation.STOP::equals).hasSize(2);
    }

    @Test
    void aRestartedDesktopGetsAFreshIdleWindow() {
        service = service(DESKS, 3, Duration.ofMinutes(30));
        service.create(alice, null, null, null);
        f.clock.advance(Duration.ofHours(2));
        cluster.pod("vnc-alice", pod(true, null));

        service.observe();

        assertThat(service.desktop(alice, "vnc-alice").desktop().phase())
                .as("its pod started just now").isEqualTo(DesktopPhase.RUNNING);
    }

    private DesktopPod pod(boolean ready, String waiting) {
        return new DesktopPod("pod", ready ? "Running" : "Pending", ready, "node-1", "10.0.0.9",
                f.clock.instant(), waiting, waiting == null ? null : "Back-off pulling image", 0);
    }

}
