package org.kubedeck.adapters.k8s.quota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.kubedeck.adapters.k8s.testing.RigNamespace.await;
import io.fabric8.kubernetes.api.model.LimitRange;
import io.fabric8.kubernetes.api.model.LimitRangeItem;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceQuota;
import io.fabric8.kubernetes.api.model.ResourceQuotaBuilder;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kubedeck.adapters.k8s.KubernetesCalls;
import org.kubedeck.adapters.k8s.testing.ChangeAfterRead;
import org.kubedeck.adapters.k8s.testing.FakeCluster;
import org.kubedeck.adapters.k8s.testing.KubeconfigYaml;
import org.kubedeck.adapters.k8s.testing.RigNamespace;
import org.kubedeck.domain.AccessDeniedException;
import org.kubedeck.domain.ConflictException;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.NotFoundException;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.cluster.ClusterUnavailableException;
import org.kubedeck.domain.cluster.Kubeconfig;
import org.kubedeck.domain.quota.LimitSpec;
import org.kubedeck.domain.quota.LimitSpec.Limit;
import org.kubedeck.domain.quota.QuotaItem;
import org.kubedeck.domain.quota.QuotaSpec;
import org.kubedeck.domain.quota.QuotaView;

/**
 * On the real API server: quotas and limit ranges are written through the adapter and read back with an
 * independent client; what a quota counts as used is what the cluster's quota controller and admission count for
 * pods the test creates, and a limit range's defaults are what its admission plugin gives a pod. Refusals are the
 * server's own: 409 for a name taken and for a write at a version changed meanwhile, 422, 403 for a credential
 * without the right.
 */
class QuotaKubernetesAdapterTest {

    private static final Duration SOON = Duration.ofSeconds(10);
    private static final Map<String, String> COMPUTE = Map.of("requests.cpu", "2", "requests.memory", "4Gi",
            "limits.cpu", "500m", "pods", "10", "count/deployments.apps", "5");
    private static final Limit CONTAINER = new Limit("Container",
            Map.of("cpu", "2", "memory", "1Gi"), Map.of("cpu", "100m", "memory", "64Mi"),
            Map.of("cpu", "500m", "memory", "512Mi"), Map.of("cpu", "250m", "memory", "256Mi"),
            Map.of("cpu", "4"));
    private static final Limit CLAIM = new Limit("PersistentVolumeClaim", Map.of("storage", "10Gi"),
            Map.of("storage", "1Gi"), null, null, null);

    @RegisterExtension
    final RigNamespace namespace = new RigNamespace();

    private final ChangeAfterRead meanwhile = new ChangeAfterRead();
    private final KubernetesCalls calls = namespace.calls(meanwhile);
    private final QuotaKubernetesAdapter adapter = new QuotaKubernetesAdapter(calls);
    private final KubernetesClient objects = namespace.objects();
    private final ClusterAccess cluster = namespace.access();
    private final String shop = namespace.name();
    private final String other = namespace.other();

    @Test
    void aCreatedQuotaIsStoredWithItsHardLimitsExactlyAndReadsBack() {
        QuotaView created = adapter.createQuota(cluster, shop, new QuotaSpec("compute", COMPUTE));

        assertThat(text(quota("compute").getSpec().getHard())).isEqualTo(COMPUTE);
        assertThat(created).as("nothing counted yet when it is created").isEqualTo(new QuotaView("compute", COMPUTE,
                Map.of()));
        assertThat(adapter.quota(cluster, shop, "compute")).hasValueSatisfying(read -> assertThat(read.hard())
                .isEqualTo(COMPUTE));
        assertThat(adapter.quotas(cluster, shop)).extracting(QuotaView::name).containsExactly("compute");
    }

    @Test
    void quotasAreTheNamespacesSortedByName() {
        createNamespace(other);
        seedQuota(shop, "storage", Map.of("requests.storage", "100Gi"));
        seedQuota(shop, "compute", Map.of("pods", "10"));
        seedQuota(other, "elsewhere", Map.of("pods", "1"));

        assertThat(adapter.quotas(cluster, shop)).extracting(QuotaView::name).containsExactly("compute", "storage");
        assertThat(adapter.quotas(cluster, shop + "-none")).as("a namespace that does not exist").isEmpty();
        assertThat(adapter.quota(cluster, shop, "elsewhere")).isEmpty();
    }

    /** The quota admission counts each pod as it is created, and the quota controller recounts after a deletion. */
    @Test
    void whatTheClusterCountsAsUsedShowsBesideEachLimit() {
        seedQuota(shop, "compute", Map.of("pods", "10", "requests.memory", "4Gi", "requests.cpu", "2"));
        for (int i = 0; i < 4; i++) {
            createPod("worker-" + i, "250m", "256Mi");
        }

        await(SOON, () -> "4".equals(used("compute").get("pods")));
        QuotaView quota = adapter.quota(cluster, shop, "compute").orElseThrow();

        assertThat(quota.used()).isEqualTo(Map.of("pods", "4", "requests.cpu", "1", "requests.memory", "1Gi"));
        assertThat(quota.items()).extracting(QuotaItem::resource, QuotaItem::hard, QuotaItem::used,
                QuotaItem::ratio).containsExactly(
                tuple("pods", "10", "4", 0.4),
                tuple("requests.cpu", "2", "1", 0.5),
                tuple("requests.memory", "4Gi", "1Gi", 0.25));
        assertThat(adapter.quotas(cluster, shop)).containsExactly(quota);

        objects.pods().inNamespace(shop).withName("worker-0").withGracePeriod(0).delete();

        await(SOON, () -> "3".equals(used("compute").get("pods")));
        assertThat(used("compute")).isEqualTo(Map.of("pods", "3", "requests.cpu", "750m",
                "requests.memory", "768Mi"));
    }

    @Test
    void everyQuotaOfTheClusterComesInOneListSortedByNamespaceAndName() {
        createNamespace(other);
        seedQuota(shop, "compute", Map.of("pods", "10"));
        seedQuota(other, "storage", Map.of("pods", "10"));
        seedQuota(shop, "objects", Map.of("pods", "10"));
        createPod("worker", "100m", "64Mi");

        await(SOON, () -> adapter.everyQuota(cluster).stream()
                .filter(q -> q.namespace().startsWith(shop) && q.quota().used().containsKey("pods")).count() == 3);

        assertThat(adapter.everyQuota(cluster)).filteredOn(q -> q.namespace().startsWith(shop))
                .extracting(q -> q.namespace() + "/" + q.quota().name() + " " + q.quota().used().get("pods"))
                .containsExactly(shop + "/compute 1", shop + "/objects 1", other + "/storage 0");
    }

    @Test
    void replacingSetsTheHardLimitsAndKeepsEverythingElse() {
        objects.resourceQuotas().inNamespace(shop).resource(new ResourceQuotaBuilder()
                .withNewMetadata().withName("compute").withLabels(Map.of("team", "shop")).endMetadata()
                .withNewSpec().withHard(quantities(Map.of("pods", "10", "requests.cpu", "2")))
                .withScopes("NotBestEffort").endSpec()
                .build()).create();
        awaitTakenUp(shop, "compute");
        createPod("worker", "100m", "128Mi");
        await(SOON, () -> "1".equals(used("compute").get("pods")));

        QuotaView replaced = adapter.replaceQuota(cluster, shop, new QuotaSpec("compute",
                Map.of("pods", "20", "limits.memory", "8Gi")));

        ResourceQuota stored = quota("compute");
        assertThat(text(stored.getSpec().getHard())).isEqualTo(Map.of("pods", "20", "limits.memory", "8Gi"));
        assertThat(stored.getSpec().getScopes()).containsExactly("NotBestEffort");
        assertThat(stored.getMetadata().getLabels()).isEqualTo(Map.of("team", "shop"));
        assertThat(replaced).as("counted before the change").isEqualTo(new QuotaView("compute",
                Map.of("pods", "20", "limits.memory", "8Gi"), Map.of("pods", "1", "requests.cpu", "100m")));
        await(SOON, () -> used("compute").containsKey("limits.memory"));
        assertThat(used("compute")).as("recounted by the quota controller")
                .isEqualTo(Map.of("pods", "1", "limits.memory", "128Mi"));
    }

    @Test
    void creatingAQuotaWhoseNameIsTakenIsAConflict() {
        adapter.createQuota(cluster, shop, new QuotaSpec("compute", Map.of("pods", "10")));

        assertThatThrownBy(() -> adapter.createQuota(cluster, shop, new QuotaSpec("compute", Map.of("pods", "5"))))
                .isInstanceOf(ConflictException.class)
                .hasMessage("ResourceQuota " + shop + "/compute already exists.");
        assertThat(text(quota("compute").getSpec().getHard())).isEqualTo(Map.of("pods", "10"));
    }

    @Test
    void replacingOrDeletingAMissingQuotaIsNotFound() {
        assertThatThrownBy(() -> adapter.replaceQuota(cluster, shop, new QuotaSpec("ghost", Map.of("pods", "1"))))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("ResourceQuota " + shop + "/ghost does not exist.");
        assertThatThrownBy(() -> adapter.deleteQuota(cluster, shop, "ghost"))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("ResourceQuota " + shop + "/ghost does not exist.");
        assertThat(adapter.quota(cluster, shop, "ghost")).isEmpty();
    }

    @Test
    void deletingRemovesOnlyThatQuota() {
        seedQuota(shop, "compute", Map.of("pods", "10"));
        seedQuota(shop, "storage", Map.of("requests.storage", "100Gi"));

        adapter.deleteQuota(cluster, shop, "compute");

        assertThat(quota("compute")).isNull();
        assertThat(adapter.quotas(cluster, shop)).extracting(QuotaView::name).containsExactly("storage");
    }

    /** Another client changes the quota after the adapter read it: the server refuses the stale write. */
    @Test
    void aQuotaChangedBetweenReadingAndWritingIsAConflict() {
        seedQuota(shop, "compute", Map.of("pods", "10"));
        meanwhile.afterReading("/api/v1/namespaces/" + shop + "/resourcequotas/compute",
                () -> objects.resourceQuotas().inNamespace(shop).withName("compute").edit(quota -> {
                    quota.getSpec().getHard().put("pods", new Quantity("15"));
                    return quota;
                }));

        assertThatThrownBy(() -> adapter.replaceQuota(cluster, shop, new QuotaSpec("compute", Map.of("pods", "20"))))
                .isInstanceOf(ConflictException.class)
                .hasMessage("ResourceQuota " + shop + "/compute changed meanwhile; reload and try again.");
        assertThat(text(quota("compute").getSpec().getHard())).as("the other change stays")
                .isEqualTo(Map.of("pods", "15"));
    }

    @Test
    void hardLimitsTheClusterRefusesAreInvalidInputInItsWords() {
        assertThatThrownBy(() -> adapter.createQuota(cluster, shop, new QuotaSpec("compute", Map.of("gpus", "2"))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("hard"))
                .hasMessageStartingWith("The cluster refused the quota: ResourceQuota \"compute\" is invalid: ")
                .hasMessageContaining("spec.hard[gpus]: Invalid value: \"gpus\": must be a standard resource for "
                        + "quota");
        assertThat(quota("compute")).isNull();
    }

    @Test
    void aCredentialThatMayNotListQuotasIsDeniedAccess() {
        ClusterAccess viewer = namespace.accessAs("viewer");

        assertThatThrownBy(() -> adapter.quotas(viewer, shop))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("The cluster's credential may not list resourcequotas in " + shop + ": resourcequotas is "
                        + "forbidden: User \"system:serviceaccount:" + shop + ":viewer\" cannot list resource "
                        + "\"resourcequotas\" in API group \"\" in the namespace \"" + shop + "\"");
    }

    @Test
    void aReadOnlyCredentialReadsQuotasButMayNotWriteThem() {
        seedQuota(shop, "compute", Map.of("pods", "10"));
        ClusterAccess reader = new ClusterAccess(ClusterName.of("reader"),
                new Kubeconfig(namespace.rig().readerKubeconfig()), null);

        assertThat(adapter.quotas(reader, shop)).extracting(QuotaView::name).containsExactly("compute");
        assertThatThrownBy(() -> adapter.replaceQuota(reader, shop, new QuotaSpec("compute", Map.of("pods", "1"))))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageStartingWith("The cluster's credential may not update ResourceQuota " + shop
                        + "/compute: resourcequotas \"compute\" is forbidden: User \"reader\" cannot update");
        assertThatThrownBy(() -> adapter.createLimitRange(reader, shop, new LimitSpec("defaults",
                List.of(CONTAINER))))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageStartingWith("The cluster's credential may not create LimitRange " + shop + "/defaults: ");
        assertThat(text(quota("compute").getSpec().getHard())).isEqualTo(Map.of("pods", "10"));
        assertThat(limitRange("defaults")).isNull();
    }

    @Test
    void aCreatedLimitRangeReadsBackAsItWasGiven() {
        LimitSpec spec = new LimitSpec("defaults", List.of(CONTAINER, CLAIM));

        LimitSpec created = adapter.createLimitRange(cluster, shop, spec);

        assertThat(created).isEqualTo(spec);
        assertThat(adapter.limitRange(cluster, shop, "defaults")).contains(spec);
        assertThat(adapter.limitRanges(cluster, shop)).containsExactly(spec);
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

    /** The limit range's admission plugin gives a container without resources the range's defaults. */
    @Test
    void aPodWithoutResourcesGetsTheLimitRangesDefaults() {
        adapter.createLimitRange(cluster, shop, new LimitSpec("defaults", List.of(CONTAINER)));

        namespace.create("""
                apiVersion: v1
                kind: Pod
                metadata: {name: plain}
                spec: {containers: [{name: main, image: nginx}]}
                """);

        ResourceRequirements resources = objects.pods().inNamespace(shop).withName("plain").get().getSpec()
                .getContainers().get(0).getResources();
        assertThat(text(resources.getLimits())).isEqualTo(Map.of("cpu", "500m", "memory", "512Mi"));
        assertThat(text(resources.getRequests())).isEqualTo(Map.of("cpu", "250m", "memory", "256Mi"));
    }

    /**
     * A quantity comes back in the cluster's spelling, and create's answer says so. A Container limit with only a
     * maximum gets the server's defaults as well: the default limit is the maximum, the default request the limit.
     */
    @Test
    void aQuantityInAnotherSpellingComesBackInTheClustersAndCreateSaysSo() {
        LimitSpec spec = new LimitSpec("defaults", List.of(new Limit("Container", Map.of("cpu", "1.5",
                "memory", "1024Mi"), null, null, null, null)));

        LimitSpec created = adapter.createLimitRange(cluster, shop, spec);

        Map<String, String> normalized = Map.of("cpu", "1500m", "memory", "1Gi");
        LimitSpec stored = new LimitSpec("defaults", List.of(new Limit("Container", normalized, null, normalized,
                normalized, null)));
        assertThat(created).isEqualTo(stored);
        assertThat(adapter.limitRange(cluster, shop, "defaults")).contains(stored);
    }

    @Test
    void replacingALimitRangeSetsItsLimits() {
        adapter.createLimitRange(cluster, shop, new LimitSpec("defaults", List.of(CONTAINER, CLAIM)));
        LimitSpec narrower = new LimitSpec("defaults", List.of(new Limit("Pod", Map.of("cpu", "4"), null, null,
                null, Map.of("memory", "2"))));

        LimitSpec replaced = adapter.replaceLimitRange(cluster, shop, narrower);

        assertThat(replaced).isEqualTo(narrower);
        assertThat(limitRange("defaults").getSpec().getLimits()).singleElement().satisfies(limit -> {
            assertThat(limit.getType()).isEqualTo("Pod");
            assertThat(text(limit.getMax())).isEqualTo(Map.of("cpu", "4"));
            assertThat(text(limit.getMaxLimitRequestRatio())).isEqualTo(Map.of("memory", "2"));
        });
        assertThat(adapter.limitRange(cluster, shop, "defaults")).contains(narrower);
    }

    @Test
    void limitRangesAreSortedAndRefusedLikeQuotas() {
        LimitSpec defaults = new LimitSpec("defaults", List.of(CONTAINER));
        LimitSpec claims = new LimitSpec("claims", List.of(CLAIM));
        adapter.createLimitRange(cluster, shop, defaults);
        adapter.createLimitRange(cluster, shop, claims);

        assertThat(adapter.limitRanges(cluster, shop)).containsExactly(claims, defaults);
        assertThatThrownBy(() -> adapter.createLimitRange(cluster, shop, defaults))
                .isInstanceOf(ConflictException.class)
                .hasMessage("LimitRange " + shop + "/defaults already exists.");
        assertThatThrownBy(() -> adapter.replaceLimitRange(cluster, shop, new LimitSpec("ghost", List.of(CLAIM))))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("LimitRange " + shop + "/ghost does not exist.");
        assertThatThrownBy(() -> adapter.deleteLimitRange(cluster, shop, "ghost"))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("LimitRange " + shop + "/ghost does not exist.");
        assertThat(adapter.limitRange(cluster, shop, "ghost")).isEmpty();
    }

    @Test
    void aLimitRangeChangedBetweenReadingAndWritingIsAConflict() {
        adapter.createLimitRange(cluster, shop, new LimitSpec("claims", List.of(CLAIM)));
        meanwhile.afterReading("/api/v1/namespaces/" + shop + "/limitranges/claims",
                () -> objects.limitRanges().inNamespace(shop).withName("claims").edit(limitRange -> {
                    limitRange.getMetadata().setLabels(Map.of("team", "shop"));
                    return limitRange;
                }));

        assertThatThrownBy(() -> adapter.replaceLimitRange(cluster, shop, new LimitSpec("claims", List.of(
                new Limit("PersistentVolumeClaim", Map.of("storage", "20Gi"), null, null, null, null)))))
                .isInstanceOf(ConflictException.class)
                .hasMessage("LimitRange " + shop + "/claims changed meanwhile; reload and try again.");
        assertThat(text(limitRange("claims").getSpec().getLimits().get(0).getMax()))
                .isEqualTo(Map.of("storage", "10Gi"));
    }

    @Test
    void deletingALimitRangeRemovesIt() {
        adapter.createLimitRange(cluster, shop, new LimitSpec("defaults", List.of(CONTAINER)));

        adapter.deleteLimitRange(cluster, shop, "defaults");

        assertThat(limitRange("defaults")).isNull();
        assertThat(adapter.limitRanges(cluster, shop)).isEmpty();
    }

    @Test
    void limitsTheClusterRefusesAreInvalidInputOnLimits() {
        assertThatThrownBy(() -> adapter.createLimitRange(cluster, shop, new LimitSpec("defaults",
                List.of(new Limit("Container", Map.of("cpu", "200m"), null, Map.of("cpu", "500m"), null, null)))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("limits"))
                .hasMessageStartingWith("The cluster refused the limit range: LimitRange \"defaults\" is invalid: ")
                .hasMessageContaining("default value 500m is greater than max value 200m");
        assertThat(limitRange("defaults")).isNull();
    }

    /** No server at all: a port on this machine where nothing listens. */
    @Test
    void anUnreachableClusterIsUnavailableWithinTheDeadline() {
        ClusterAccess unreachable = KubeconfigYaml.forServer(FakeCluster.unreachableUrl()).access();
        QuotaSpec quota = new QuotaSpec("compute", Map.of("pods", "10"));
        LimitSpec limits = new LimitSpec("defaults", List.of(CONTAINER));
        long started = System.nanoTime();

        assertThatThrownBy(() -> adapter.quotas(unreachable, shop)).isInstanceOf(ClusterUnavailableException.class)
                .hasMessageContaining("Cannot reach");
        assertThatThrownBy(() -> adapter.quota(unreachable, shop, "compute"))
                .isInstanceOf(ClusterUnavailableException.class);
        assertThatThrownBy(() -> adapter.createQuota(unreachable, shop, quota))
                .isInstanceOf(ClusterUnavailableException.class);
        assertThatThrownBy(() -> adapter.replaceQuota(unreachable, shop, quota))
                .isInstanceOf(ClusterUnavailableException.class);
        assertThatThrownBy(() -> adapter.deleteQuota(unreachable, shop, "compute"))
                .isInstanceOf(ClusterUnavailableException.class);
        assertThatThrownBy(() -> adapter.limitRanges(unreachable, shop))
                .isInstanceOf(ClusterUnavailableException.class);
        assertThatThrownBy(() -> adapter.createLimitRange(unreachable, shop, limits))
                .isInstanceOf(ClusterUnavailableException.class);
        assertThatThrownBy(() -> adapter.replaceLimitRange(unreachable, shop, limits))
                .isInstanceOf(ClusterUnavailableException.class);
        assertThatThrownBy(() -> adapter.deleteLimitRange(unreachable, shop, "defaults"))
                .isInstanceOf(ClusterUnavailableException.class);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(KubernetesCalls.DEADLINE);
    }

    private void createNamespace(String name) {
        objects.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(name).endMetadata().build())
                .create();
    }

    private void seedQuota(String in, String name, Map<String, String> hard) {
        objects.resourceQuotas().inNamespace(in).resource(new ResourceQuotaBuilder()
                .withNewMetadata().withName(name).endMetadata()
                .withNewSpec().withHard(quantities(hard)).endSpec()
                .build()).create();
        awaitTakenUp(in, name);
    }

    /**
     * Until the quota controller has taken the quota up (written its hard limits into the status). Only then
     * does the quota admission count the pods created: it passes over a quota still without them, and the
     * controller counts again only on its periodic resync.
     */
    private void awaitTakenUp(String in, String name) {
        await(SOON, () -> {
            ResourceQuota quota = objects.resourceQuotas().inNamespace(in).withName(name).get();
            return quota.getStatus() != null && quota.getStatus().getHard() != null
                    && !quota.getStatus().getHard().isEmpty();
        });
    }

    /** A bare pod whose one container requests that much and is limited to the memory it requests. */
    private void createPod(String name, String cpu, String memory) {
        namespace.create("""
                apiVersion: v1
                kind: Pod
                metadata: {name: %s}
                spec:
                  containers:
                  - name: main
                    image: nginx
                    resources: {requests: {cpu: %s, memory: %s}, limits: {memory: %s}}
                """.formatted(name, cpu, memory, memory));
    }

    private Map<String, String> used(String name) {
        ResourceQuota quota = quota(name);
        return quota.getStatus() == null || quota.getStatus().getUsed() == null ? Map.of()
                : text(quota.getStatus().getUsed());
    }

    private ResourceQuota quota(String name) {
        return objects.resourceQuotas().inNamespace(shop).withName(name).get();
    }

    private LimitRange limitRange(String name) {
        return objects.limitRanges().inNamespace(shop).withName(name).get();
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
