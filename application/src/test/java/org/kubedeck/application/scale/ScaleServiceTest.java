package org.kubedeck.application.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kubedeck.application.scale.port.in.ScaleWorkloadUseCase.ScaleReport;
import org.kubedeck.application.testing.FakeQuotaCluster;
import org.kubedeck.application.testing.FakeScaleCluster;
import org.kubedeck.application.testing.TestFixture;
import org.kubedeck.domain.AccessDeniedException;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.NotFoundException;
import org.kubedeck.domain.audit.AuditAction;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.kube.ResourceRef;
import org.kubedeck.domain.quota.LimitSpec;
import org.kubedeck.domain.quota.LimitSpec.Limit;
import org.kubedeck.domain.quota.PodResources;
import org.kubedeck.domain.quota.PodResources.Container;
import org.kubedeck.domain.quota.QuotaSpec;
import org.kubedeck.domain.scale.Replicas;
import org.kubedeck.domain.user.AccessLevel;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.Permissions;


class ScaleServiceTest {

    private static final ClusterName PROD = ClusterName.of("prod");
    private static final ResourceRef WEB = new ResourceRef(PROD, "shop", ResourceKind.DEPLOYMENT, "web");

    private final TestFixture f = new TestFixture();
    private final FakeScaleCluster cluster = new FakeScaleCluster();
    private final FakeQuotaCluster quotas = new FakeQuotaCluster();
    private final ScaleService service = new ScaleService(f.gate, cluster, quotas, f.changes());
    private final Actor reader = TestFixture.actor("reader", Permissions.perCluster(Map.of(PROD, AccessLevel.READ)));
    private final Actor writer = TestFixture.actor("writer", Permissions.perCluster(Map.of(PROD, AccessLevel.WRITE)));

    @BeforeEach
    void seed() {
        f.register(PROD, "Production", "prod.example");
        cluster.put(ResourceKind.DEPLOYMENT, "shop", "web", 2, new PodResources(List.of(
                new Container("web", Map.of("cpu", "500m", "memory", "256Mi"), Map.of("memory", "512Mi")),
                new Container("log", Map.of(), Map.of())), List.of()));
        quotas.createLimitRange(null, "shop", new LimitSpec("defaults", List.of(new Limit("Container", null, null,
                Map.of("memory", "128Mi"), Map.of("cpu", "100m", "memory", "64Mi"), null))));
        quotas.createQuota(null, "shop", new QuotaSpec("compute", Map.of("requests.cpu", "4", "limits.memory", "4Gi",
                "pods", "5", "configmaps", "10")));
        quotas.used("shop", "compute", Map.of("requests.cpu", "1200m", "limits.memory", "1Gi", "pods", "2"));
    }

    @Test
    void aPreviewSetsThePodsAddedAgainstTheQuotasCountingLimitRangeDefaults() {
        ScaleReport report = service.preview(reader, WEB, new Replicas(5));

        assertThat(report.perPod()).containsExactly(entry("limits.memory", "640Mi"), entry("requests.cpu", "600m"),
                entry("requests.memory", "320Mi"));
        assertThat(report.headroom()).extracting(h -> h.resource() + " " + h.needed() + " " + h.fits())
                .containsExactly("limits.memory 1920Mi true", "pods 3 true", "requests.cpu 1800m true");
        assertThat(report.fits()).isTrue();
        assertThat(report.scaled()).isFalse();
        assertThat(cluster.writes()).isZero();

        assertThat(service.preview(reader, WEB, new Replicas(8)).headroom())
                .filteredOn(h -> !h.fits()).extracting(h -> h.resource() + " " + h.needed())
                .containsExactly("limits.memory 3840Mi", "pods 6", "requests.cpu 3600m");
    }

    @Test
    void scalingDownNeedsNothingFromTheQuotas() {
        ScaleReport report = service.preview(reader, WEB, new Replicas(0));

        assertThat(report.scalesUp()).isFalse();
        assertThat(report.headroom()).isEmpty();
        assertThat(report.fits()).isTrue();
    }

    @Test
    void aQuotaOnAResourceTheTemplateLeavesUnsetIsNamed() {
        quotas.createQuota(null, "shop", new QuotaSpec("limits", Map.of("limits.cpu", "8")));

        ScaleReport report = service.preview(reader, WEB, new Replicas(3));

        assertThat(report.unset()).containsExactly("limits.cpu");
        assertThat(report.fits()).isFalse();
    }

    @Test
    void scalingSetsTheReplicasAndAuditsFromAndTo() {
        ScaleReport report = service.scale(writer, WEB, new Replicas(8));

        assertThat(report.scaled()).isTrue();
        assertThat(report.fits()).isFalse();
        assertThat(cluster.replicas(ResourceKind.DEPLOYMENT, "shop", "web")).isEqualTo(8);
        assertThat(f.audit.events(AuditAction.WORKLOAD_SCALED)).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("\"from\":2", "\"to\":8"));

        assertThat(service.scale(writer, WEB, new Replicas(8)).scaled()).isFalse();
        assertThat(cluster.writes()).isEqualTo(1);
    }

    @Test
    void readersMayPreviewButNotScale() {
        assertThatThrownBy(() -> service.scale(reader, WEB, new Replicas(3))).isInstanceOf(AccessDeniedException.class);

        assertThat(cluster.replicas(ResourceKind.DEPLOYMENT, "shop", "web")).isEqualTo(2);
        assertThat(f.audit.events(AuditAction.DENIED)).hasSize(1);
        assertThat(f.audit.events(AuditAction.WORKLOAD_SCALED)).isEmpty();
    }

    @Test
    void daemonSetsAndMissingWorkloadsAreRefused() {
        assertThatThrownBy(() -> service.scale(writer, new ResourceRef(PROD, "shop", ResourceKind.DAEMONSET, "agent"),
                new Replicas(3))).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("kind"));
        assertThatThrownBy(() -> service.preview(reader, new ResourceRef(PROD, "shop", ResourceKind.STATEFULSET, "db"),
                new Replicas(3))).isInstanceOf(NotFoundException.class);
        assertThat(cluster.writes()).isZero();
    }
}
