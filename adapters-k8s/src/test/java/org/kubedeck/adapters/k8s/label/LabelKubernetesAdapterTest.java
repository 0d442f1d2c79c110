package org.kubedeck.adapters.k8s.label;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.google.gson.JsonParser;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kubedeck.adapters.k8s.KubernetesCalls;
import org.kubedeck.adapters.k8s.testing.FakeCluster;
import org.kubedeck.adapters.k8s.testing.KubeconfigYaml;
import org.kubedeck.application.label.port.out.LabelCluster.LabeledObject;
import org.kubedeck.domain.AccessDeniedException;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.NotFoundException;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.cluster.ClusterUnavailableException;
import org.kubedeck.domain.label.LabelChange;
import org.kubedeck.domain.label.LabelSelector;
import org.kubedeck.domain.version.ResourceKind;

/**
 * Against fabric8's API fake over HTTP; objects are seeded and read back with fabric8's own client. Two things the
 * fake does differently from an API server: it keeps a merge patch's {@code "key": null} as a label without value
 * instead of removing the key, and it ignores set-based selector requirements ({@code in}, {@code notin}) and
 * answers as if they were not there. The requests are checked for what a server would get.
 */
class LabelKubernetesAdapterTest {

    private static final String SHOP = "shop";
    private static final String OTHER = "other";

    private final FakeCluster fake = FakeCluster.crud();
    private final KubernetesClient objects = fake.objects();
    private final ClusterAccess cluster = fake.access();
    private final LabelKubernetesAdapter adapter = new LabelKubernetesAdapter(fake.calls());

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void theLabelsOfADeploymentAndOfAConfigMap() {
        seedDeployment("web", Map.of("app", "web", "tier", "front"));
        seedConfigMap(SHOP, "settings", Map.of("app", "web"));
        seedConfigMap(SHOP, "plain", Map.of());

        assertThat(adapter.labels(cluster, ResourceKind.DEPLOYMENT, SHOP, "web"))
                .isEqualTo(Map.of("app", "web", "tier", "front"));
        assertThat(adapter.labels(cluster, ResourceKind.CONFIGMAP, SHOP, "settings")).isEqualTo(Map.of("app", "web"));
        assertThat(adapter.labels(cluster, ResourceKind.CONFIGMAP, SHOP, "plain")).isEmpty();
    }

    @Test
    void theLabelsOfAMissingObjectAreNotFound() {
        seedConfigMap(OTHER, "settings", Map.of("app", "web"));

        assertThatThrownBy(() -> adapter.labels(cluster, ResourceKind.DEPLOYMENT, SHOP, "ghost"))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("Deployment shop/ghost does not exist.");
        assertThatThrownBy(() -> adapter.labels(cluster, ResourceKind.CONFIGMAP, SHOP, "settings"))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("ConfigMap shop/settings does not exist.");
    }

    @Test
    void aChangeAddsChangesAndRemovesInOneMergePatch() {
        seedDeployment("web", Map.of("app", "web", "tier", "front", "canary", "true"));
        int before = fake.requestCount();

        Map<String, String> after = adapter.change(cluster, ResourceKind.DEPLOYMENT, SHOP, "web",
                new LabelChange(Map.of("tier", "edge", "release", "stable"), Set.of("canary")));

        assertThat(fake.requestCount() - before).isOne();
        RecordedRequest patch = fake.lastRequest();
        assertThat(patch.getMethod()).isEqualTo("PATCH");
        assertThat(patch.getPath()).isEqualTo("/apis/apps/v1/namespaces/shop/deployments/web");
        assertThat(patch.getHeader("Content-Type")).startsWith("application/merge-patch+json");
        Map<String, String> expected = Map.of("app", "web", "tier", "edge", "release", "stable");
        assertThat(after).isEqualTo(expected);
        assertThat(storedLabels(SHOP, "web")).isEqualTo(expected);
        assertThat(adapter.labels(cluster, ResourceKind.DEPLOYMENT, SHOP, "web")).isEqualTo(expected);
    }

    /** Canned, because the fake's CRUD part consumes the body it records. */
    @Test
    void theMergePatchSetsTheNewValuesAndNullsTheRemovedKeys() {
        try (FakeCluster canned = FakeCluster.withCannedAnswers()) {
            canned.expect().patch().withPath("/apis/apps/v1/namespaces/shop/deployments/web").andReturn(200, """
                    {"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"web","namespace":"shop",
                    "labels":{"app":"web","tier":"edge","release":"stable"}}}""").once();

            Map<String, String> after = adapter.change(canned.access(), ResourceKind.DEPLOYMENT, SHOP, "web",
                    new LabelChange(Map.of("tier", "edge", "release", "stable"), Set.of("canary", "beta")));

            String sent = canned.lastRequest().getUtf8Body();
            assertThat(JsonParser.parseString(sent)).isEqualTo(JsonParser.parseString("""
                    {"metadata":{"labels":{"release":"stable","tier":"edge","beta":null,"canary":null}}}"""));
            assertThat(after).isEqualTo(Map.of("app", "web", "tier", "edge", "release", "stable"));
        }
    }

    @Test
    void removingALabelTheObjectDoesNotHaveIsNoError() {
        seedConfigMap(SHOP, "settings", Map.of("app", "web"));

        Map<String, String> after = adapter.change(cluster, ResourceKind.CONFIGMAP, SHOP, "settings",
                LabelChange.removing(Set.of("canary")));

        assertThat(after).isEqualTo(Map.of("app", "web"));
    }

    @Test
    void changingTheLabelsOfAMissingObjectIsNotFound() {
        assertThatThrownBy(() -> adapter.change(cluster, ResourceKind.DEPLOYMENT, SHOP, "ghost",
                LabelChange.setting(Map.of("app", "web"))))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("Deployment shop/ghost does not exist.");
    }

    @Test
    void labelsTheClusterRefusesAreInvalidInputInItsWords() {
        try (FakeCluster canned = FakeCluster.withCannedAnswers()) {
            canned.expect().patch().withPath("/apis/apps/v1/namespaces/shop/deployments/web").andReturn(422, """
                    {"kind":"Status","apiVersion":"v1","status":"Failure","reason":"Invalid","code":422,
                    "message":"Deployment.apps \\"web\\" is invalid: spec.selector: Invalid value: \
                    \\"app=web\\": field is immutable"}""").once();

            assertThatThrownBy(() -> adapter.change(canned.access(), ResourceKind.DEPLOYMENT, SHOP, "web",
                    LabelChange.setting(Map.of("app", "shop"))))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.field()).isEqualTo("labels"))
                    .hasMessage("The cluster refused the labels: Deployment.apps \"web\" is invalid: spec.selector: "
                            + "Invalid value: \"app=web\": field is immutable");
        }
    }

    @Test
    void anEqualitySelectorPicksTheMatchingObjectsOfEveryNamespaceSortedByNamespaceThenName() {
        seedShopAndOther();

        assertThat(adapter.select(cluster, ResourceKind.CONFIGMAP, null, LabelSelector.parse("app=web")))
                .extracting(LabeledObject::namespace, LabeledObject::name).containsExactly(
                        tuple(OTHER, "a"), tuple(OTHER, "f"), tuple(SHOP, "a"), tuple(SHOP, "b"), tuple(SHOP, "d"));
    }

    @Test
    void anInequalitySelectorAlsoPicksObjectsWithoutTheLabel() {
        seedShopAndOther();

        assertThat(adapter.select(cluster, ResourceKind.CONFIGMAP, null, LabelSelector.parse("tier!=db")))
                .extracting(LabeledObject::namespace, LabeledObject::name).containsExactly(
                        tuple(OTHER, "a"), tuple(OTHER, "f"), tuple(OTHER, "g"),
                        tuple(SHOP, "a"), tuple(SHOP, "c"), tuple(SHOP, "d"), tuple(SHOP, "e"));
    }

    @Test
    void aSetSelectorIsSentToTheServerAndHeldToWhereTheServerIgnoresIt() {
        seedShopAndOther();

        assertThat(adapter.select(cluster, ResourceKind.CONFIGMAP, null, LabelSelector.parse("tier in (front,edge)")))
                .extracting(LabeledObject::namespace, LabeledObject::name).containsExactly(
                        tuple(OTHER, "a"), tuple(OTHER, "g"), tuple(SHOP, "a"), tuple(SHOP, "c"), tuple(SHOP, "d"));
        assertThat(URLDecoder.decode(fake.lastRequest().getPath(), StandardCharsets.UTF_8))
                .startsWith("/api/v1/configmaps?").contains("labelSelector=tier in (front,edge)");
    }

    @Test
    void aSelectorInOneNamespaceLeavesTheOthersOut() {
        seedShopAndOther();

        assertThat(adapter.select(cluster, ResourceKind.CONFIGMAP, SHOP, LabelSelector.parse("!canary")))
                .extracting(LabeledObject::name).containsExactly("a", "b", "c", "e");
        assertThat(adapter.select(cluster, ResourceKind.CONFIGMAP, SHOP,
                LabelSelector.parse("app=web,tier in (front,edge),!canary")))
                .extracting(LabeledObject::name).containsExactly("a");
        assertThat(adapter.select(cluster, ResourceKind.CONFIGMAP, OTHER,
                LabelSelector.parse("app=web,tier in (front,edge),!canary")))
                .extracting(LabeledObject::name).containsExactly("a");
        assertThat(URLDecoder.decode(fake.lastRequest().getPath(), StandardCharsets.UTF_8))
                .startsWith("/api/v1/namespaces/other/configmaps?");
    }

    @Test
    void anEmptySelectorPicksEverythingAndSendsNoSelector() {
        seedShopAndOther();

        assertThat(adapter.select(cluster, ResourceKind.CONFIGMAP, SHOP, LabelSelector.parse("")))
                .extracting(LabeledObject::name).containsExactly("a", "b", "c", "d", "e");
        assertThat(fake.lastRequest().getPath()).doesNotContain("labelSelector");
        assertThat(adapter.select(cluster, ResourceKind.CONFIGMAP, null, LabelSelector.parse(""))).hasSize(8);
    }

    @Test
    void aSelectedObjectCarriesItsKindAndAllItsLabels() {
        seedDeployment("web", Map.of("app", "web", "tier", "front"));
        seedDeployment("api", Map.of("app", "api"));
        seedConfigMap(SHOP, "settings", Map.of("app", "web"));

        assertThat(adapter.select(cluster, ResourceKind.DEPLOYMENT, SHOP, LabelSelector.parse("app=web")))
                .containsExactly(new LabeledObject(ResourceKind.DEPLOYMENT, SHOP, "web",
                        Map.of("app", "web", "tier", "front")));
    }

    @Test
    void aSelectionInANamespaceWithoutObjectsIsEmpty() {
        assertThat(adapter.select(cluster, ResourceKind.CONFIGMAP, "empty", LabelSelector.parse("app=web")))
                .isEmpty();
    }

    @Test
    void aCredentialThatMayNotListEveryNamespaceIsDeniedAccess() {
        try (FakeCluster restricted = FakeCluster.withCannedAnswers()) {
            restricted.expect().get().withPath("/api/v1/configmaps?watch=false").andReturn(403, """
                    {"kind":"Status","apiVersion":"v1","status":"Failure","reason":"Forbidden","code":403,
                    "message":"configmaps is forbidden: User \\"viewer\\" cannot list resource \\"configmaps\\" \
                    at the cluster scope"}""").always();

            assertThatThrownBy(() -> adapter.select(restricted.access(), ResourceKind.CONFIGMAP, null,
                    LabelSelector.parse("")))
                    .isInstanceOf(AccessDeniedException.class)
                    .hasMessage("The cluster's credential may not list configmaps in all namespaces: configmaps is "
                            + "forbidden: User \"viewer\" cannot list resource \"configmaps\" at the cluster scope");
        }
    }

    @Test
    void anUnreachableClusterIsUnavailableWithinTheDeadline() {
        ClusterAccess unreachable = KubeconfigYaml.forServer(FakeCluster.unreachableUrl()).access();
        long started = System.nanoTime();

        assertThatThrownBy(() -> adapter.labels(unreachable, ResourceKind.CONFIGMAP, SHOP, "settings"))
                .isInstanceOf(ClusterUnavailableException.class).hasMessageContaining("Cannot reach");
        assertThatThrownBy(() -> adapter.change(unreachable, ResourceKind.CONFIGMAP, SHOP, "settings",
                LabelChange.setting(Map.of("app", "web"))))
                .isInstanceOf(ClusterUnavailableException.class).hasMessageContaining("Cannot reach");
        assertThatThrownBy(() -> adapter.select(unreachable, ResourceKind.CONFIGMAP, null, LabelSelector.parse("")))
                .isInstanceOf(ClusterUnavailableException.class).hasMessageContaining("Cannot reach");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(KubernetesCalls.DEADLINE);
    }

    /** Eight ConfigMaps in two namespaces; the selector tests name by hand which of them match. */
    private void seedShopAndOther() {
        seedConfigMap(SHOP, "d", Map.of("app", "web", "tier", "edge", "canary", "true"));
        seedConfigMap(SHOP, "a", Map.of("app", "web", "tier", "front"));
        seedConfigMap(SHOP, "b", Map.of("app", "web", "tier", "db"));
        seedConfigMap(SHOP, "c", Map.of("app", "api", "tier", "front"));
        seedConfigMap(SHOP, "e", Map.of());
        seedConfigMap(OTHER, "g", Map.of("tier", "front", "canary", "yes"));
        seedConfigMap(OTHER, "a", Map.of("app", "web", "tier", "edge"));
        seedConfigMap(OTHER, "f", Map.of("app", "web"));
    }

    private void seedConfigMap(String namespace, String name, Map<String, String> labels) {
        objects.configMaps().inNamespace(namespace).resource(new ConfigMapBuilder().withNewMetadata()
                .withName(name).withLabels(labels).endMetadata().addToData("mode", "fast").build()).create();
    }

    private void seedDeployment(String name, Map<String, String> labels) {
        Map<String, String> selector = Map.of("app", name);
        objects.apps().deployments().inNamespace(SHOP).resource(new DeploymentBuilder()
                .withNewMetadata().withName(name).withLabels(labels).endMetadata()
                .withNewSpec().withReplicas(1).withNewSelector().withMatchLabels(selector).endSelector()
                .withNewTemplate().withNewMetadata().withLabels(selector).endMetadata()
                .withNewSpec().addNewContainer().withName("main").withImage("nginx").endContainer().endSpec()
                .endTemplate().endSpec()
                .build()).create();
    }

    /** The deployment's labels as fabric8 reads them, without the null values the fake leaves for removed keys. */
    private Map<String, String> storedLabels(String namespace, String name) {
        Map<String, String> labels = new HashMap<>(objects.apps().deployments().inNamespace(namespace)
                .withName(name).get().getMetadata().getLabels());
        labels.values().removeIf(value -> value == null);
        return labels;
    }
}
