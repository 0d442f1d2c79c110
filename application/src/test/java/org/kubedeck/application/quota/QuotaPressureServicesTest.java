package org.kubedeck.application.quota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kubedeck.application.quota.port.in.QuotaPressureQuery.QuotaTrend;
import org.kubedeck.application.quota.port.out.QuotaAlerts.QuotaAlert;
import org.kubedeck.application.testing.FakeQuotaCluster;
import org.kubedeck.application.testing.InMemoryQuotaSamples;
import org.kubedeck.application.testing.TestFixture;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.NotFoundException;
import org.kubedeck.domain.audit.AuditAction;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.kube.NamespaceRef;
import org.kubedeck.domain.quota.QuotaSample;
import org.kubedeck.domain.quota.QuotaSpec;
import org.kubedeck.domain.user.AccessLevel;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.Permissions;


class QuotaPressureServicesTest {

    private static final ClusterName PROD = ClusterName.of("prod");

    private final TestFixture f = new TestFixture();
    private final FakeQuotaCluster cluster = new FakeQuotaCluster();
    private final InMemoryQuotaSamples samples = new InMemoryQuotaSamples();
    private final List<List<QuotaSample>> reported = new ArrayList<>();
    private final List<QuotaAlert> alerts = new ArrayList<>();
    private final QuotaPressureSettings settings = new QuotaPressureSettings(Duration.ofMinutes(5),
            Duration.ofDays(30), 0.8, 1.0);
    private final SampleQuotasService sampling = new SampleQuotasService(f.clusters, f.keyring, cluster, samples,
            reported::add, alerts::add, settings, f.auditLog, f.clock());
    private final QuotaPressureQueryService service = new QuotaPressureQueryService(f.guard, samples, settings,
            f.clock());
    private final Actor reader = TestFixture.actor("reader", Permissions.perCluster(Map.of(PROD, AccessLevel.READ)));

    @BeforeEach
    void quotaInShop() {
        f.register(PROD, "Production", "prod.example");
        cluster.createQuota(null, "shop", new QuotaSpec("compute", Map.of("pods", "10", "requests.cpu", "4")));
        cluster.used("shop", "compute", Map.of("pods", "5", "requests.cpu", "1"));
    }

    @Test
    void oneReplicaSamplesPerIntervalAndTheSeriesGrows() {
        assertThat(sampling.sample()).isEqualTo(2);
        assertThat(sampling.sample()).as("the round is taken").isZero();

        f.clock.advance(Duration.ofMinutes(5));
        cluster.used("shop", "compute", Map.of("pods", "6", "requests.cpu", "1"));
        assertThat(sampling.sample()).isEqualTo(2);

        assertThat(service.trend(reader, trend(7))).filteredOn(s -> s.resource().equals("pods"))
                .extracting(QuotaSample::ratio).containsExactly(0.5, 0.6);
        assertThat(reported.get(reported.size() - 1)).hasSize(2);
    }

    @Test
    void crossingAThresholdUpwardsIsAuditedOnceAndShowsAsPressure() {
        sampling.sample();
        f.clock.advance(Duration.ofMinutes(5));
        cluster.used("shop", "compute", Map.of("pods", "9", "requests.cpu", "1"));
        sampling.sample();
        f.clock.advance(Duration.ofMinutes(5));
        sampling.sample();
        f.clock.advance(Duration.ofMinutes(5));
        cluster.used("shop", "compute", Map.of("pods", "10", "requests.cpu", "1"));
        sampling.sample();

        assertThat(f.audit.events(AuditAction.QUOTA_PRESSURE)).extracting(e -> e.detail())
                .containsExactly("{\"resource\":\"pods\",\"used\":\"9\",\"hard\":\"10\",\"level\":\"high\"}",
                        "{\"resource\":\"pods\",\"used\":\"10\",\"hard\":\"10\",\"level\":\"full\"}");
        assertThat(alerts).extracting(QuotaAlert::level, alert -> alert.sample().used())
                .containsExactly(tuple("high", "9"), tuple("full", "10"));
        assertThat(service.pressure(reader)).singleElement().satisfies(s -> {
            assertThat(s.resource()).isEqualTo("pods");
            assertThat(s.ratio()).isEqualTo(1.0);
        });
        assertThat(service.pressure(TestFixture.actor("stranger", Permissions.NONE))).isEmpty();
    }

    @Test
    void anUnreachableClusterIsSkippedAndStrangersSeeNoHistory() {
        cluster.unreachable(true);
        assertThat(sampling.sample()).isZero();
        assertThatThrownBy(() -> service.trend(TestFixture.actor("stranger", Permissions.NONE), trend(7)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aTrendNamesItsQuotaAndCoversOneDayToAYear() {
        assertThatThrownBy(() -> new QuotaTrend(NamespaceRef.of(PROD, "shop"), " ", 7))
                .isInstanceOf(InvalidInputException.class).hasMessage("Name the quota.");
        assertThatThrownBy(() -> trend(0)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> trend(367)).isInstanceOf(InvalidInputException.class);
        assertThat(trend(366).days()).isEqualTo(366);
    }

    private static QuotaTrend trend(int days) {
        return new QuotaTrend(NamespaceRef.of(PROD, "shop"), "compute", days);
    }
}
