package org.kubedeck.application.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kubedeck.application.cluster.port.out.ClusterStore;
import org.kubedeck.application.testing.FakeClusters;
import org.kubedeck.application.testing.FakeClusters.FakeCluster;
import org.kubedeck.application.testing.TestFixture;
import org.kubedeck.application.workload.port.in.BrowseWorkloadsQuery.WorkloadDetail;
import org.kubedeck.application.workload.port.in.ChangePodLoadUseCase.LoadChange;
import org.kubedeck.application.workload.port.in.ChangePodLoadUseCase.LoadChangeCommand;
import org.kubedeck.domain.AccessDeniedException;
import org.kubedeck.domain.NotFoundException;
import org.kubedeck.domain.audit.AuditAction;
import org.kubedeck.domain.audit.AuditEvent;
import org.kubedeck.domain.cluster.Cluster;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.kube.ResourceRef;
import org.kubedeck.domain.user.AccessLevel;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.Permissions;
import org.kubedeck.domain.workload.KickWarning;
import org.kubedeck.domain.workload.LoadAction;
import org.kubedeck.domain.workload.LoadLabel;


class WorkloadServicesTest {

    private static final ClusterName PROD = ClusterName.of("prod");
    private static final Map<String, String> WEB = Map.of("app", "web");

    private final TestFixture f = new TestFixture();
    private final PodLoad pods = new PodLoad(f.kubernetes, f.history(), LoadLabel.DEFAULT);
    private final BrowseWorkloadsService browse = new BrowseWorkloadsService(f.gate, f.kubernetes, f.kubernetes,
            f.kubernetes, f.restores, LoadLabel.DEFAULT);
    private final ChangePodLoadService changeLoad = new ChangePodLoadService(f.gate, f.kubernetes, pods, f.restores,
            f.auditLog, f.clock());
    private final RestoreDuePodsService restoreDue = new RestoreDuePodsService(f.gate, f.kubernetes, pods,
            f.restores, f.auditLog, f.clock());
    private final Actor reader = TestFixture.actor("reader", Permissions.perCluster(Map.of(PROD, AccessLevel.READ)));
    private final Actor writer = TestFixture.actor("writer", Permissions.perCluster(Map.of(PROD, AccessLevel.WRITE)));
    private FakeCluster prod;

    @BeforeEach
    void registerProd() {
        ClusterStore store = f.clusters;
        store.add(new Cluster(PROD, "Production", List.of(), null, f.clock.instant(), null),
                f.secrets.seal(FakeClusters.kubeconfig("prod.example").content()));
        prod = f.kubernetes.cluster("prod.example")
                .deployment("shop", "web", WEB, 2)
                .pod("shop", "web-0", Map.of("app", "web", "load", "online"), true)
                .pod("shop", "web-1", Map.of("app", "web", "load", "online"), true)
                .service("shop", "web", Map.of("app", "web", "load", "online"))
                .barePod("shop", "debug", Map.of("run", "debug"))
                .namespace("empty");
    }

    private static ResourceRef web() {
        return new ResourceRef(PROD, "shop", ResourceKind.DEPLOYMENT, "web");
    }

    private LoadChange change(Actor actor, LoadAction action, boolean confirmed, String... pods) {
        return changeLoad.changeLoad(actor, new LoadChangeCommand(PROD, "shop", List.of(pods), action, confirmed));
    }

    @Test
    void readUserBrowsesClusterToPods() {
        assertThat(browse.namespaces(reader, PROD)).containsExactly("empty", "shop");
        assertThat(browse.workloadTypes(reader, PROD, "shop")).extracting(c -> c.type().code() + "=" + c.count())
                .containsExactly("deployment=1", "statefulset=0", "daemonset=0", "pod=1");
        WorkloadDetail detail = browse.workload(reader, web());
        assertThat(detail.pods()).extracting(p -> p.name()).containsExactly("web-0", "web-1");
        assertThat(detail.services()).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("web");
            assertThat(s.routesByLoadLabel()).isTrue();
        });
        assertThat(browse.workloads(reader, PROD, "shop", ResourceKind.POD)).extracting(w -> w.name())
                .containsExactly("debug");
    }

    @Test
    void readUserCannotKickAndTheRefusalIsAudited() {
        assertThatThrownBy(() -> change(reader, LoadAction.KICK, true, "web-1"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(prod.label("shop", "web-1", "load")).isEqualTo("online");
        assertThat(f.kubernetes.labelPatches).hasValue(0);
        assertThat(f.audit.events(AuditAction.DENIED)).singleElement()
                .satisfies(e -> assertThat(e.cluster()).isEqualTo("prod"));
    }

    @Test
    void writeUserKicksAndRestoresAndEachChangeIsAuditedWithOldAndNewValue() {
        LoadChange kicked = change(writer, LoadAction.KICK, false, "web-1");
        assertThat(kicked.applied()).isTrue();
        assertThat(prod.label("shop", "web-1", "load")).isEqualTo("done");
        change(writer, LoadAction.RESTORE, false, "web-1");
        assertThat(prod.label("shop", "web-1", "load")).isEqualTo("online");

        AuditEvent kick = f.audit.events(AuditAction.POD_KICKED).get(0);
        assertThat(kick.cluster()).isEqualTo("prod");
        assertThat(kick.target()).isEqualTo("shop/web-1");
        assertThat(kick.detail()).contains("\"namespace\":\"shop\"", "\"pod\":\"web-1\"", "\"old\":\"online\"",
                "\"new\":\"done\"");
        assertThat(f.audit.events(AuditAction.POD_RESTORED).get(0).detail()).contains("\"old\":\"done\"",
                "\"new\":\"online\"");
    }

    @Test
    void kickingTwiceIsHarmless() {
        change(writer, LoadAction.KICK, false, "web-1");
        LoadChange again = change(writer, LoadAction.KICK, false, "web-1");
        assertThat(again.changes()).singleElement().satisfies(c -> assertThat(c.oldValue()).isEqualTo("done"));
        assertThat(prod.label("shop", "web-1", "load")).isEqualTo("done");
    }

    @Test
    void unlistedClusterIsInvisible() {
        Actor stranger = TestFixture.actor("stranger", Permissions.perCluster(Map.of(ClusterName.of("dev"),
                AccessLevel.ADMIN)));
        assertThatThrownBy(() -> browse.namespaces(stranger, PROD)).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("does not exist");
        assertThatThrownBy(() -> change(stranger, LoadAction.KICK, true, "web-1"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> browse.ready(stranger, PROD, "shop", Duration.ZERO))
                .isInstanceOf(NotFoundException.class);
        assertThat(prod.label("shop", "web-1", "load")).isEqualTo("online");
    }

    @Test
    void kickWarnsWhenNoServiceSelectorUsesTheLoadLabelAndChangesNothingUntilConfirmed() {
        prod.deployment("shop", "api", Map.of("app", "api"), 1)
                .pod("shop", "api-0", Map.of("app", "api", "load", "online"), true)
                .service("shop", "api", Map.of("app", "api"));
        LoadChange unconfirmed = change(writer, LoadAction.KICK, false, "api-0");
        assertThat(unconfirmed.applied()).isFalse();
        assertThat(unconfirmed.warnings()).extracting(KickWarning::kind)
                .containsExactly(KickWarning.Kind.NO_SERVICE_USES_LOAD_LABEL);
        assertThat(prod.label("shop", "api-0", "load")).isEqualTo("online");

        assertThat(change(writer, LoadAction.KICK, true, "api-0").applied()).isTrue();
        assertThat(prod.label("shop", "api-0", "load")).isEqualTo("done");
    }

    @Test
    void kickWarnsWhenItWouldLeaveTheServiceWithoutReadyOnlinePods() {
        change(writer, LoadAction.KICK, false, "web-0");
        LoadChange last = change(writer, LoadAction.KICK, false, "web-1");
        assertThat(last.applied()).isFalse();
        assertThat(last.warnings()).singleElement().satisfies(w -> {
            assertThat(w.kind()).isEqualTo(KickWarning.Kind.SERVICE_LEFT_WITHOUT_READY_PODS);
            assertThat(w.service()).isEqualTo("web");
        });
        assertThat(prod.label("shop", "web-1", "load")).isEqualTo("online");
    }

    @Test
    void bulkKickOfEveryPodWarnsAndConfirmedBulkKickChangesAll() {
        assertThat(change(writer, LoadAction.KICK, false, "web-0", "web-1").applied()).isFalse();
        LoadChange done = change(writer, LoadAction.KICK, true, "web-0", "web-1");
        assertThat(done.changes()).hasSize(2);
        assertThat(f.kubernetes.labelPatches).hasValue(2);
        assertThat(prod.label("shop", "web-0", "load")).isEqualTo("done");
    }

    @Test
    void restoreNeverAsksForConfirmation() {
        change(writer, LoadAction.KICK, true, "web-0", "web-1");
        assertThat(change(writer, LoadAction.RESTORE, false, "web-0", "web-1").applied()).isTrue();
    }

    @Test
    void aKickWithAutoRestorePutsThePodBackWhenTheTimeComes() {
        changeLoad.changeLoad(writer, new LoadChangeCommand(PROD, "shop", List.of("web-1"), LoadAction.KICK, false,
                Duration.ofMinutes(15)));
        assertThat(browse.workload(reader, web()).restoresDue())
                .containsKey("web-1");
        f.clock.advance(Duration.ofMinutes(14));
        assertThat(restoreDue.restoreDuePods()).isZero();
        assertThat(prod.label("shop", "web-1", "load")).isEqualTo("done");

        f.clock.advance(Duration.ofMinutes(2));
        assertThat(restoreDue.restoreDuePods()).isEqualTo(1);
        assertThat(prod.label("shop", "web-1", "load")).isEqualTo("online");
        AuditEvent restored = f.audit.events(AuditAction.POD_RESTORED).get(0);
        assertThat(restored.actor()).isEqualTo("system");
        assertThat(restored.detail()).contains("\"reason\":\"auto_restore\"", "\"requested_by\":\"writer\"");
        assertThat(restoreDue.restoreDuePods()).isZero();
    }

    @Test
    void aManualRestoreCancelsThePlannedOne() {
        changeLoad.changeLoad(writer, new LoadChangeCommand(PROD, "shop", List.of("web-1"), LoadAction.KICK, false,
                Duration.ofMinutes(15)));
        change(writer, LoadAction.RESTORE, false, "web-1");
        assertThat(f.restores.planned(PROD, "shop")).isEmpty();
    }

    @Test
    void autoRestoreIsBoundedAndOnlyFollowsAKick() {
        assertThatThrownBy(() -> new LoadChangeCommand(PROD, "shop", List.of("web-1"), LoadAction.KICK, false,
                Duration.ofHours(25))).hasMessageContaining("24 hours");
        assertThatThrownBy(() -> new LoadChangeCommand(PROD, "shop", List.of("web-1"), LoadAction.RESTORE, false,
                Duration.ofMinutes(5))).isInstanceOf(org.kubedeck.domain.InvalidInputException.class);
    }

    @Test
    void unknownNamespaceWorkloadAndPodAre404() {
        assertThatThrownBy(() -> browse.workloadTypes(reader, PROD, "nope")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> browse.workload(reader, new ResourceRef(PROD, "shop", ResourceKind.DEPLOYMENT,
                "nope"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> browse.pod(reader, new ResourceRef(PROD, "shop", ResourceKind.POD, "ghost")))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("shop/ghost");
        assertThatThrownBy(() -> change(writer, LoadAction.KICK, true, "ghost"))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("shop/ghost");
    }

    @Test
    void aPodIsShownToReadersOfItsClusterAndToNoOneElse() {
        assertThat(browse.pod(reader, new ResourceRef(PROD, "shop", ResourceKind.POD, "web-0")).pod().name())
                .isEqualTo("web-0");
        Actor stranger = TestFixture.actor("stranger", Permissions.NONE);
        assertThatThrownBy(() -> browse.pod(stranger, new ResourceRef(PROD, "shop", ResourceKind.POD, "web-0")))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void theWorkloadCountsTheReadyPodsThatAreNotKickedOutAsServing() {
        assertThat(browse.workload(reader, web()).serving()).isEqualTo(2);
        change(writer, LoadAction.KICK, true, "web-0");
        assertThat(browse.workload(reader, web()).serving()).isEqualTo(1);
    }
}
