package org.kubedeck.adapters.k8s.quota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.fabric8.kubernetes.api.model.LimitRange;
import io.fabric8.kubernetes.api.model.LimitRangeItem;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceQuota;
import io.fabric8.kubernetes.api.model.ResourceQuotaBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kubedeck.adapters.k8s.KubernetesCalls;
import org.kubedeck.adapters.k8s.testing.FakeCluster;
import org.kubedeck.adapters.k8s.testing.KubeconfigYaml;
import org.kubedeck.application.quota.port.out.QuotaCluster.QuotaView;
import org.kubedeck.domain.AccessDeniedException;
import org.kubedeck.domain.ConflictException;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.NotFoundException;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.cluster.ClusterUnavailableException;
import org.kubedeck.domain.quota.LimitSpec;
import org.kubedeck.domain.quota.LimitSpec.Limit;
import org.kubedeck.domain.quota.QuotaItem;
import org.kubedeck.domain.quota.QuotaSpec;

/**
 * Against fabric8's API fake over HTTP; objects are seeded and read back with fabric8's own client. The fake runs
 * no quota controller, so {@code status.used} is seeded; refusals it cannot produce (422, 403, a write losing a
 * race) are canned.
 */
class QuotaKubernetesAdapterTest {

    private static final String SHOP = "shop";
    private static final Map<String, String> COMPUTE = Map.of("requests.cpu", "2", "requests.memory", "4Gi",
            "limits.cpu", "500m", "pods", "10", "count/deployments.apps", "5");
    private static final Limit CONTAINER = new Limit("Container",
            Map.of("cpu", "2", "memory", "1Gi"), Map.of("cpu", "100m", "memory", "64Mi"),
            Map.of("cpu", "500m", "memory", "512Mi"), Map.of("cpu", "250m", "memory", "256Mi"),
            Map.of("cpu", "4"));
    private static final Limit CLAIM = new Limit("PersistentVolumeClaim", Map.of("storage", "10Gi"),
            Map.of("storage", "1Gi"), null, null, null);

    private final FakeCluster fake = FakeCluster.crud();
    private final KubernetesClient objects = fake.objects();
    private final ClusterAccess cluster = fake.access();
    private final QuotaKubernetesAdapter adapter = new QuotaKubernetesAdapter(fake.calls());

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void aCreatedQuotaIsStoredWithItsHardLimitsExactlyAndReadsBack() {
        QuotaView created = adapter.createQuota(cluster, SHOP, new QuotaSpec("compute", COMPUTE));

        assertThat(text(quota("compute").getSpec().getHard())).isEqualTo(COMPUTE);
        assertThat(created).isEqualTo(new QuotaView("compute", COMPUTE, Map.of()));
        assertThat(adapter.quota(cluster, SHOP, "compute")).contains(created);
        assertThat(adapter.quotas(cluster, SHOP)).containsExactly(created);
    }

    @Test
    void quotasAreTheNamespacesSortedByName() {
        seedQuota(SHOP, "storage", Map.of("requests.storage", "100Gi"), Map.of());
        seedQuota(SHOP, "compute", Map.of("pods", "10"), Map.of());
        seedQuota("other", "elsewhere", Map.of("pods", "1"), Map.of());

        assertThat(adapter.quotas(cluster, SHOP)).extracting(QuotaView::name).containsExactly("compute", "storage");
        assertThat(adapter.quotas(cluster, "empty")).isEmpty();
        assertThat(adapter.quota(cluster, SHOP, "elsewhere")).isEmpty();
    }

    @Test
    void whatTheClusterCountsAsUsedShowsBesideEachLimit() {
        seedQuota(SHOP, "compute", Map.of("pods", "10", "requests.memory", "4Gi", "requests.cpu", "2"),
                Map.of("pods", "4", "requests.memory", "1Gi"));

        QuotaView quota = adapter.quota(cluster, SHOP, "compute").orElseThrow();

        assertThat(quota.used()).isEqualTo(Map.of("pods", "4", "requests.memory", "1Gi"));
        assertThat(quota.items()).extracting(QuotaItem::resource, QuotaItem::hard, QuotaItem::used,
                QuotaItem::ratio).containsExactly(
                tuple("pods", "10", "4", 0.4),
                tuple("requests.cpu", "2", null, 0.0),
                tuple("requests.memory", "4Gi", "1Gi", 0.25));
        assertThat(adapter.quotas(cluster, SHOP)).containsExactly(quota);
    }

    @Test
    void everyQuotaOfTheClusterComesInOneListSortedByNamespaceAndName() {
        for (String[] at : new String[][] {{"shop", "compute"}, {"bank", "storage"}, {"shop", "objects"}}) {
            objects.resourceQuotas().inNamespace(at[0]).resource(new ResourceQuotaBuilder()
                    .withNewMetadata().withName(at[1]).endMetadata()
                    .withNewSpec().withHard(quantities(Map.of("pods", "10"))).endSpec()
                    .withNewStatus().withUsed(quantities(Map.of("pods", "4"))).endStatus().build()).create();
        }

        assertThat(adapter.everyQuota(cluster))
                .extracting(q -> q.namespace() + "/" + q.quota().name() + " " + q.quota().used().get("pods"))
                .containsExactly("bank/storage 4", "shop/compute 4", "shop/objects 4");
    }

    @Test
    void replacingSetsTheHardLimitsAndKeepsEverythingElse() {
        objects.resourceQuotas().inNamespace(SHOP).resource(new ResourceQuotaBuilder()
                .withNewMetadata().withName("compute").withLabels(Map.of("team", "shop")).endMetadata()
                .withNewSpec().withHard(quantities(Map.of("pods", "10", "requests.cpu", "2")))
                .withScopes("NotBestEffort").endSpec()
                .withNewStatus().withUsed(quantities(Map.of("pods", "3"))).endStatus()
                .build()).create();

        QuotaView replaced = adapter.replaceQuota(cluster, SHOP, new QuotaSpec("compute",
                Map.of("pods", "20", "limits.memory", "8Gi")));

        ResourceQuota stored = quota("compute");
        assertThat(text(stored.getSpec().getHard())).isEqualTo(Map.of("pods", "20", "limits.memory", "8Gi"));
        assertThat(stored.getSpec().getScopes()).containsExactly("NotBestEffort");
        assertThat(stored.getMetadata().getLabels()).isEqualTo(Map.of("team", "shop"));
        assertThat(replaced).isEqualTo(new QuotaView("compute", Map.of("pods", "20", "limits.memory", "8Gi"),
                Map.of("pods", "3")));
    }

    @Test
    void creatingAQuotaWhoseNameIsTakenIsAConflict() {
        adapter.createQuota(cluster, SHOP, new QuotaSpec("compute", Map.of("pods", "10")));

        assertThatThrownBy(() -> adapter.createQuota(cluster, SHOP, new QuotaSpec("compute", Map.of("pods", "5"))))
                .isInstanceOf(ConflictException.class)
                .hasMessage("ResourceQuota shop/compute already exists.");
        assertThat(text(quota("compute").getSpec().getHard())).isEqualTo(Map.of("pods", "10"));
    }

    @Test
    void replacingOrDeletingAMissingQuotaIsNotFound() {
        assertThatThrownBy(() -> adapter.replaceQuota(cluster, SHOP, new QuotaSpec("ghost", Map.of("pods", "1"))))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("ResourceQuota shop/ghost does not exist.");
        assertThatThrownBy(() -> adapter.deleteQuota(cluster, SHOP, "ghost"))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("ResourceQuota shop/ghost does not exist.");
        assertThat(adapter.quota(cluster, SHOP, "ghost")).isEmpty();
    }

    @Test
    void deletingRemovesOnlyThatQuota() {
        seedQuota(SHOP, "compute", Map.of("pods", "10"), Map.of());
        seedQuota(SHOP, "storage", Map.of("requests.storage", "100Gi"), Map.of());

        adapter.deleteQuota(cluster, SHOP, "compute");

        assertThat(quota("compute")).isNull();
        assertThat(adapter.quotas(cluster, SHOP)).extracting(QuotaView::name).containsExactly("storage");
    }

    @Test
    void aQuotaChangedBetweenReadingAndWritingIsAConflict() {
        try (FakeCluster canned = FakeCluster.withCannedAnswers()) {
            canned.objects().resourceQuotas().inNamespace(SHOP).resource(new ResourceQuotaBuilder()
                    .withNewMetadata().withName("compute").endMetadata()
                    .withNewSpec().withHard(quantities(Map.of("pods", "10"))).endSpec().build()).create();
            canned.expect().put().withPath("/api/v1/namespaces/shop/resourcequotas/compute").andReturn(409, """
                    {"kind":"Status","apiVersion":"v1","status":"Failure","reason":"Conflict","code":409,
                    "message":"Operation cannot be fulfilled on resourcequotas \\"compute\\": the object has been \
                    modified; please apply your changes to the latest version and try again"}""").once();

            assertThatThrownBy(() -> adapter.replaceQuota(canned.access(), SHOP, new QuotaSpec("compute",
                    Map.of("pods", "20"))))
                    .isInstanceOf(ConflictException.class)
                    .hasMessage("ResourceQuota shop/compute changed meanwhile; reload and try again.");
        }
    }

    @Test
    void hardLimitsTheClusterRefusesAreInvalidInputInItsWords() {
        try (FakeCluster canned = FakeCluster.withCannedAnswers()) {
            canned.expect().post().withPath("/api/v1/namespaces/shop/resourcequotas").andReturn(422, """
                    {"kind":"Status","apiVersion":"v1","status":"Failure","reason":"Invalid","code":422,
                    "message":"ResourceQuota \\"compute\\" is invalid: spec.hard[example.com/gpus]: Invalid value: \
                    \\"example.com/gpus\\": must be a standard resource for quota"}""").once();

            assertThatThrownBy(() -> adapter.createQuota(canned.access(), SHOP, new QuotaSpec("compute",
                    Map.of("example.com/gpus", "2"))))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("hard"))
                    .hasMessage("The cluster refused the quota: ResourceQuota \"compute\" is invalid: "
                            + "spec.hard[example.com/gpus]: Invalid value: \"example.com/gpus\": must be a standard "
                            + "resource for quota");
        }
    }

    @Test
    void aCredentialThatMayNotListQuotasIsDeniedAccess() {
        try (FakeCluster restricted = FakeCluster.withCannedAnswers()) {
            restricted.expect().get().withPath("/api/v1/namespaces/shop/resourcequotas").andReturn(403, """
                    {"kind":"Status","apiVersion":"v1","status":"Failure","reason":"Forbidden","code":403,
                    "message":"resourcequotas is forbidden"}""").always();

            assertThatThrownBy(() -> adapter.quotas(restricted.access(), SHOP))
                    .isInstanceOf(AccessDeniedException.class)
                    .hasMessage("The cluster's credential may not list resourcequotas in shop: "
                            + "resourcequotas is forbidden");
        }
    }

    @Test
    void aCreatedLimitRangeReadsBackAsItWasGiven() {
        LimitSpec spec = new LimitSpec("defaults", List.of(CONTAINER, CLAIM));

        LimitSpec created = adapter.createLimitRange(cluster, SHOP, spec);

        assertThat(created).isEqualTo(spec);
        assertThat(adapter.limitRange(cluster, SHOP, "defaults")).contains(spec);
        assertThat(adapter.limitRanges(cluster, SHOP)).containsExactly(spec);
        List<LimitRangeItem> stored = limitRange("defaults").getSpec().getLimits();
        assertThat(stored).extracting(LimitRangeItem::getType).containsExactly("Container", "PersistentVolumeClaim");
        assertThat(text(stored.get(0).getMax())).isEqualTo(Map.of("cpu", "2", "memory", "1Gi"));
        assertThat(text(stored.get(0).getMin())).isEqualTo(Map.of("cpu", "100m", "memory", "64Mi"));
        assertThat(text(stored.get(0).getDefault())).isEqualTo(Map.of("cpu", "500m", "memory", "512Mi"));
        assertThat(text(stored.get(0).getDefaultRequest())).isEqualTo(Map.of("cpu", "250m", "memory", "256Mi"));
        assertThat(text(stored.get(0).getMaxLimitRequestRatio())).isEqualTo(Map.of("cpu", "4"));
        assertThat(stored.get(1).getDefault()).isNullOrEmpty();
        assertThat(stored.get(1).getMaxLimitRequestRatio()).isNullOrEmpty();
    }

    /** client-java writes quantities in its canonical form; what create answers is what a later read gives. */
    @Test
    void aQuantityInAnotherSpellingComesBackInTheClustersAndCreateSaysSo() {
        LimitSpec spec = new LimitSpec("defaults", List.of(new Limit("Container", Map.of("cpu", "1.5",
                "memory", "1024Mi"), null, null, null, null)));

        LimitSpec created = adapter.createLimitRange(cluster, SHOP, spec);

        LimitSpec normalized = new LimitSpec("defaults", List.of(new Limit("Container", Map.of("cpu", "1500m",
                "memory", "1Gi"), null, null, null, null)));
        assertThat(created).isEqualTo(normalized);
        assertThat(adapter.limitRange(cluster, SHOP, "defaults")).contains(normalized);
    }

    @Test
    void replacingALimitRangeSetsItsLimits() {
        adapter.createLimitRange(cluster, SHOP, new LimitSpec("defaults", List.of(CONTAINER, CLAIM)));
        LimitSpec narrower = new LimitSpec("defaults", List.of(new Limit("Pod", Map.of("cpu", "4"), null, null,
                null, Map.of("memory", "2"))));

        LimitSpec replaced = adapter.replaceLimitRange(cluster, SHOP, narrower);

        assertThat(replaced).isEqualTo(narrower);
        assertThat(limitRange("defaults").getSpec().getLimits()).singleElement().satisfies(limit -> {
            assertThat(limit.getType()).isEqualTo("Pod");
            assertThat(text(limit.getMax())).isEqualTo(Map.of("cpu", "4"));
            assertThat(text(limit.getMaxLimitRequestRatio())).isEqualTo(Map.of("memory", "2"));
        });
        assertThat(adapter.limitRange(cluster, SHOP, "defaults")).contains(narrower);
    }

    @Test
    void limitRangesAreSortedAndRefusedLikeQuotas() {
        LimitSpec defaults = new LimitSpec("defaults", List.of(CONTAINER));
        LimitSpec claims = new LimitSpec("claims", List.of(CLAIM));
        adapter.createLimitRange(cluster, SHOP, defaults);
        adapter.createLimitRange(cluster, SHOP, claims);

        assertThat(adapter.limitRanges(cluster, SHOP)).containsExactly(claims, defaults);
        assertThatThrownBy(() -> adapter.createLimitRange(cluster, SHOP, defaults))
                .isInstanceOf(ConflictException.class)
                .hasMessage("LimitRange shop/defaults already exists.");
        assertThatThrownBy(() -> adapter.replaceLimitRange(cluster, SHOP, new LimitSpec("ghost", List.of(CLAIM))))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("LimitRange shop/ghost does not exist.");
        assertThatThrownBy(() -> adapter.deleteLimitRange(cluster, SHOP, "ghost"))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("LimitRange shop/ghost does not exist.");
        assertThat(adapter.limitRange(cluster, SHOP, "ghost")).isEmpty();
    }

    @Test
    void deletingALimitRangeRemovesIt() {
        adapter.createLimitRange(cluster, SHOP, new LimitSpec("defaults", List.of(CONTAINER)));

        adapter.deleteLimitRange(cluster, SHOP, "defaults");

        assertThat(limitRange("defaults")).isNull();
        assertThat(adapter.limitRanges(cluster, SHOP)).isEmpty();
    }

    @Test
    void limitsTheClusterRefusesAreInvalidInputOnLimits() {
        try (FakeCluster canned = FakeCluster.withCannedAnswers()) {
            canned.expect().post().withPath("/api/v1/namespaces/shop/limitranges").andReturn(422, """
                    {"kind":"Status","apiVersion":"v1","status":"Failure","reason":"Invalid","code":422,
                    "message":"LimitRange \\"defaults\\" is invalid: spec.limits[0].default[cpu]: Invalid value: \
                    \\"500m\\": default value 500m is greater than max value 200m"}""").once();

            assertThatThrownBy(() -> adapter.createLimitRange(canned.access(), SHOP, new LimitSpec("defaults",
                    List.of(new Limit("Container", Map.of("cpu", "200m"), null, Map.of("cpu", "500m"), null,
                            null)))))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.field()).isEqualTo("limits"))
                    .hasMessage("The cluster refused the limit range: LimitRange \"defaults\" is invalid: "
                            + "spec.limits[0].default[cpu]: Invalid value: \"500m\": default value 500m is greater "
                            + "than max value 200m");
        }
    }

    @Test
    void anUnreachableClusterIsUnavailableWithinTheDeadline() {
        ClusterAccess unreachable = KubeconfigYaml.forServer(FakeCluster.unreachableUrl()).access();
        QuotaSpec quota = new QuotaSpec("compute", Map.of("pods", "10"));
        LimitSpec limits = new LimitSpec("defaults", List.of(CONTAINER));
        long started = System.nanoTime();

        assertThatThrownBy(() -> adapter.quotas(unreachable, SHOP)).isInstanceOf(ClusterUnavailableException.class)
                .hasMessageContaining("Cannot reach");
        assertThatThrownBy(() -> adapter.quota(unreachable, SHOP, "compute"))
                .isInstanceOf(ClusterUnavailableException.class);
        assertThatThrownBy(() -> adapter.createQuota(unreachable, SHOP, quota))
                .isInstanceOf(ClusterUnavailableException.class);
        assertThatThrownBy(() -> adapter.replaceQuota(unreachable, SHOP, quota))
                .isInstanceOf(ClusterUnavailableException.class);
        assertThatThrownBy(() -> adapter.deleteQuota(unreachable, SHOP, "compute"))
                .isInstanceOf(ClusterUnavailableException.class);
        assertThatThrownBy(() -> adapter.limitRanges(unreachable, SHOP))
                .isInstanceOf(ClusterUnavailableException.class);
        assertThatThrownBy(() -> adapter.createLimitRange(unreachable, SHOP, limits))
                .isInstanceOf(ClusterUnavailableException.class);
        assertThatThrownBy(() -> adapter.replaceLimitRange(unreachable, SHOP, limits))
                .isInstanceOf(ClusterUnavailableException.class);
        assertThatThrownBy(() -> adapter.deleteLimitRange(unreachable, SHOP, "defaults"))
                .isInstanceOf(ClusterUnavailableException.class);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(KubernetesCalls.DEADLINE);
    }

    private void seedQuota(String namespace, String name, Map<String, String> hard, Map<String, String> used) {
        objects.resourceQuotas().inNamespace(namespace).resource(new ResourceQuotaBuilder()
                .withNewMetadata().withName(name).endMetadata()
                .withNewSpec().withHard(quantities(hard)).endSpec()
                .withNewStatus().withHard(quantities(hard)).withUsed(quantities(used)).endStatus()
                .build()).create();
    }

    private ResourceQuota quota(String name) {
        return objects.resourceQuotas().inNamespace(SHOP).withName(name).get();
    }

    private LimitRange limitRange(String name) {
        return objects.limitRanges().inNamespace(SHOP).withName(name).get();
    }

    private static Map<String, Quantity> quantities(Map<String, String> amounts) {
        return amounts.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, amount -> new Quantity(amount.getValue())));
    }

    /** fabric8's quantities as written: "4Gi", "500m". */
    private static Map<String, String> text(Map<String, Quantity> quantities) {
        return quantities.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, quantity -> quantity.getValue().toString()));
    }
}
