package org.kubedeck.adapters.k8s.label;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.kubedeck.adapters.k8s.testing.RigNamespace.await;
import com.google.gson.JsonParser;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kubedeck.adapters.k8s.KubernetesCalls;
import org.kubedeck.adapters.k8s.testing.FakeCluster;
import org.kubedeck.adapters.k8s.testing.KubeconfigYaml;
import org.kubedeck.adapters.k8s.testing.RequestLog;
import org.kubedeck.adapters.k8s.testing.RequestLog.Sent;
import org.kubedeck.adapters.k8s.testing.RigNamespace;
import org.kubedeck.application.label.port.out.LabelCluster.LabeledObject;
import org.kubedeck.domain.AccessDeniedException;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.NotFoundException;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.cluster.ClusterUnavailableException;
import org.kubedeck.domain.cluster.Kubeconfig;
import org.kubedeck.domain.kube.LabelSelector;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.label.LabelChange;

/**
 * On the real API server: labels are changed through the adapter and read back with an independent client; the
 * server applies every selector, set-based ones included, and removes a key a merge patch sets to null. Every
 * namespace holds the server's own ConfigMap {@code kube-root-ca.crt}, so selections in a namespace count it.
 * Selections across namespaces carry a label unique to the test, as other tests share the server.
 */
class LabelKubernetesAdapterTest {

    private static final Duration SOON = Duration.ofSeconds(10);
    private static final String ROOT_CA = "kube-root-ca.crt";
    private static final String RUN = "kubedeck.test/run";

    @RegisterExtension
    final RigNamespace namespace = new RigNamespace();

    private final RequestLog requests = new RequestLog();
    private final Bodies bodies = new Bodies();
    private final KubernetesCalls calls = namespace.calls(requests, bodies);
    private final LabelKubernetesAdapter adapter = new LabelKubernetesAdapter(calls);
    private final KubernetesClient objects = namespace.objects();
    private final ClusterAccess cluster = namespace.access();
    private final String shop = namespace.name();
    private final String other = namespace.other();
    /** Requirement that picks only this test's objects out of every namespace of the shared server. */
    private final String ours = RUN + "=" + shop;

    @Test
    void theLabelsOfADeploymentAndOfAConfigMap() {
        seedDeployment("web", Map.of("app", "web", "tier", "front"));
        seedConfigMap(shop, "settings", Map.of("app", "web"));
        seedConfigMap(shop, "plain", Map.of());

        assertThat(adapter.labels(cluster, ResourceKind.DEPLOYMENT, shop, "web"))
                .isEqualTo(Map.of("app", "web", "tier", "front"));
        assertThat(adapter.labels(cluster, ResourceKind.CONFIGMAP, shop, "settings")).isEqualTo(Map.of("app", "web"));
        assertThat(adapter.labels(cluster, ResourceKind.CONFIGMAP, shop, "plain")).isEmpty();
    }

    @Test
    void theLabelsOfAMissingObjectAreNotFound() {
        createOther();
        seedConfigMap(other, "settings", Map.of("app", "web"));

        assertThatThrownBy(() -> adapter.labels(cluster, ResourceKind.DEPLOYMENT, shop, "ghost"))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("Deployment " + shop + "/ghost does not exist.");
        assertThatThrownBy(() -> adapter.labels(cluster, ResourceKind.CONFIGMAP, shop, "settings"))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("ConfigMap " + shop + "/settings does not exist.");
    }

    @Test
    void aChangeAddsChangesAndRemovesInOneMergePatch() {
        seedDeployment("web", Map.of("app", "web", "tier", "front", "canary", "true"));
        requests.forget();

        Map<String, String> after = adapter.change(cluster, ResourceKind.DEPLOYMENT, shop, "web",
                new LabelChange(Map.of("tier", "edge", "release", "stable"), Set.of("canary", "beta")));

        assertThat(requests.sent()).containsExactly(new Sent("PATCH",
                "/apis/apps/v1/namespaces/" + shop + "/deployments/web"));
        assertThat(bodies.contentType()).startsWith("application/merge-patch+json");
        assertThat(JsonParser.parseString(bodies.last())).isEqualTo(JsonParser.parseString("""
                {"metadata":{"labels":{"release":"stable","tier":"edge","beta":null,"canary":null}}}"""));
        Map<String, String> expected = Map.of("app", "web", "tier", "edge", "release", "stable");
        assertThat(after).isEqualTo(expected);
        assertThat(objects.apps().deployments().inNamespace(shop).withName("web").get().getMetadata().getLabels())
                .as("the server removes the keys the patch sets to null").isEqualTo(expected);
        assertThat(adapter.labels(cluster, ResourceKind.DEPLOYMENT, shop, "web")).isEqualTo(expected);
    }

    @Test
    void removingALabelTheObjectDoesNotHaveIsNoError() {
        seedConfigMap(shop, "settings", Map.of("app", "web"));

        Map<String, String> after = adapter.change(cluster, ResourceKind.CONFIGMAP, shop, "settings",
                LabelChange.removing(Set.of("canary")));

        assertThat(after).isEqualTo(Map.of("app", "web"));
        assertThat(storedLabels(shop, "settings")).isEqualTo(Map.of("app", "web"));
    }

    @Test
    void changingTheLabelsOfAMissingObjectIsNotFound() {
        assertThatThrownBy(() -> adapter.change(cluster, ResourceKind.DEPLOYMENT, shop, "ghost",
                LabelChange.setting(Map.of("app", "web"))))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("Deployment " + shop + "/ghost does not exist.");
    }

    /**
     * Canned: LabelChange checks keys and values as the server does before anything is sent, and a merge patch of
     * labels alone is nothing else a real server refuses as invalid; the translation of a 422 stays covered here.
     */
    @Test
    void labelsTheClusterRefusesAreInvalidInputInItsWords() {
        try (FakeCluster canned = FakeCluster.withCannedAnswers()) {
            canned.expect().patch().withPath("/apis/apps/v1/namespaces/shop/deployments/web").andReturn(422, """
                    {"kind":"Status","apiVersion":"v1","status":"Failure","reason":"Invalid","code":422,
                    "message":"Deployment.apps \\"web\\" is invalid: spec.selector: Invalid value: \
                    \\"app=web\\": field is immutable"}""").once();

            assertThatThrownBy(() -> adapter.change(canned.access(), ResourceKind.DEPLOYMENT, "shop", "web",
                    LabelChange.setting(Map.of("app", "shop"))))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.field()).isEqualTo("labels"))
                    .hasMessage("The cluster refused the labels: Deployment.apps \"web\" is invalid: spec.selector: "
                            + "Invalid value: \"app=web\": field is immutable");
        }
    }

    @Test
    void aReadOnlyCredentialReadsLabelsButMayNotChangeThem() {
        seedConfigMap(shop, "settings", Map.of("app", "web"));
        ClusterAccess reader = new ClusterAccess(ClusterName.of("reader"),
                new Kubeconfig(namespace.rig().readerKubeconfig()), null);

        assertThat(adapter.labels(reader, ResourceKind.CONFIGMAP, shop, "settings")).isEqualTo(Map.of("app", "web"));
        assertThatThrownBy(() -> adapter.change(reader, ResourceKind.CONFIGMAP, shop, "settings",
                LabelChange.setting(Map.of("app", "api"))))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("The cluster's credential may not patch ConfigMap " + shop + "/settings: configmaps "
                        + "\"settings\" is forbidden: User \"reader\" cannot patch resource \"configmaps\" in API "
                        + "group \"\" in the namespace \"" + shop + "\"");
        assertThat(storedLabels(shop, "settings")).isEqualTo(Map.of("app", "web"));
    }

    @Test
    void anEqualitySelectorPicksTheMatchingObjectsOfEveryNamespaceSortedByNamespaceThenName() {
        seedShopAndOther();

        assertThat(adapter.select(cluster, ResourceKind.CONFIGMAP, null, LabelSelector.parse(ours + ",app=web")))
                .extracting(LabeledObject::namespace, LabeledObject::name).containsExactly(
                        tuple(shop, "a"), tuple(shop, "b"), tuple(shop, "d"), tuple(other, "a"), tuple(other, "f"));
    }

    @Test
    void anInequalitySelectorAlsoPicksObjectsWithoutTheLabel() {
        seedShopAndOther();

        assertThat(adapter.select(cluster, ResourceKind.CONFIGMAP, null, LabelSelector.parse(ours + ",tier!=db")))
                .extracting(LabeledObject::namespace, LabeledObject::name).containsExactly(
                        tuple(shop, "a"), tuple(shop, "c"), tuple(shop, "d"), tuple(shop, "e"),
                        tuple(other, "a"), tuple(other, "f"), tuple(other, "g"));
    }

    @Test
    void aSetSelectorIsAppliedByTheServer() {
        seedShopAndOther();
        requests.forget();

        assertThat(adapter.select(cluster, ResourceKind.CONFIGMAP, null, LabelSelector.parse(ours
                + ",tier in (front,edge)")))
                .extracting(LabeledObject::namespace, LabeledObject::name).containsExactly(
                        tuple(shop, "a"), tuple(shop, "c"), tuple(shop, "d"), tuple(other, "a"), tuple(other, "g"));
        assertThat(requests.sent()).singleElement().satisfies(sent -> assertThat(URLDecoder.decode(sent.target(),
                StandardCharsets.UTF_8)).startsWith("/api/v1/configmaps?").contains("tier in (front,edge)"));
        assertThat(objects.configMaps().inAnyNamespace().withLabelIn("tier", "front", "edge").withLabel(RUN, shop)
                .list().getItems()).as("what the server itself selects").hasSize(5);
    }

    @Test
    void aSelectorInOneNamespaceLeavesTheOthersOut() {
        seedShopAndOther();

        assertThat(adapter.select(cluster, ResourceKind.CONFIGMAP, shop, LabelSelector.parse("!canary")))
                .extracting(LabeledObject::name).containsExactly("a", "b", "c", "e", ROOT_CA);
        assertThat(adapter.select(cluster, ResourceKind.CONFIGMAP, shop,
                LabelSelector.parse("app=web,tier in (front,edge),!canary")))
                .extracting(LabeledObject::name).containsExactly("a");
        requests.forget();
        assertThat(adapter.select(cluster, ResourceKind.CONFIGMAP, other,
                LabelSelector.parse("app=web,tier in (front,edge),!canary")))
                .extracting(LabeledObject::name).containsExactly("a");
        assertThat(requests.sent()).singleElement().satisfies(sent -> assertThat(sent.target())
                .startsWith("/api/v1/namespaces/" + other + "/configmaps?"));
    }

    @Test
    void anEmptySelectorPicksEverythingAndSendsNoSelector() {
        seedShopAndOther();
        requests.forget();

        assertThat(adapter.select(cluster, ResourceKind.CONFIGMAP, shop, LabelSelector.parse("")))
                .extracting(LabeledObject::name).containsExactly("a", "b", "c", "d", "e", ROOT_CA);
        assertThat(requests.sent()).singleElement().satisfies(sent -> assertThat(sent.target())
                .doesNotContain("labelSelector"));
        assertThat(adapter.select(cluster, ResourceKind.CONFIGMAP, null, LabelSelector.parse("")))
                .filteredOn(object -> object.namespace().startsWith(shop)).hasSize(10);
    }

    @Test
    void aSelectedObjectCarriesItsKindAndAllItsLabels() {
        seedDeployment("web", Map.of("app", "web", "tier", "front"));
        seedDeployment("api", Map.of("app", "api"));
        seedConfigMap(shop, "settings", Map.of("app", "web"));

        assertThat(adapter.select(cluster, ResourceKind.DEPLOYMENT, shop, LabelSelector.parse("app=web")))
                .containsExactly(new LabeledObject(ResourceKind.DEPLOYMENT, shop, "web",
                        Map.of("app", "web", "tier", "front")));
    }

    @Test
    void aSelectionInANamespaceWithoutObjectsIsEmpty() {
        assertThat(adapter.select(cluster, ResourceKind.CONFIGMAP, shop + "-none", LabelSelector.parse("app=web")))
                .isEmpty();
        assertThat(adapter.select(cluster, ResourceKind.DEPLOYMENT, shop, LabelSelector.parse(""))).isEmpty();
    }

    /**
     * A change in bulk as the labels page makes it: the selection shown first, then a change of each object in
     * it. Exactly the previewed objects change, and a selection by the new label finds them again.
     */
    @Test
    void aBatchByASelectorChangesExactlyWhatItsPreviewShowed() {
        seedDeployment("web", Map.of("app", "web", "tier", "front"));
        seedDeployment("api", Map.of("app", "api", "tier", "front"));
        seedDeployment("db", Map.of("app", "db", "tier", "back"));
        seedDeployment("edge", Map.of("app", "edge", "tier", "front", "canary", "true"));
        LabelSelector selector = LabelSelector.parse("tier=front,!canary");

        List<String> preview = adapter.select(cluster, ResourceKind.DEPLOYMENT, shop, selector).stream()
                .map(LabeledObject::name).toList();
        for (String name : preview) {
            adapter.change(cluster, ResourceKind.DEPLOYMENT, shop, name, new LabelChange(Map.of("release", "stable"),
                    Set.of("tier")));
        }

        assertThat(preview).containsExactly("api", "web");
        assertThat(objects.apps().deployments().inNamespace(shop).withLabel("release", "stable").list().getItems())
                .extracting(deployment -> deployment.getMetadata().getName()).containsExactlyInAnyOrderElementsOf(
                        preview);
        assertThat(storedDeploymentLabels("web")).isEqualTo(Map.of("app", "web", "release", "stable"));
        assertThat(storedDeploymentLabels("db")).isEqualTo(Map.of("app", "db", "tier", "back"));
        assertThat(storedDeploymentLabels("edge")).isEqualTo(Map.of("app", "edge", "tier", "front", "canary",
                "true"));
        assertThat(adapter.select(cluster, ResourceKind.DEPLOYMENT, shop, LabelSelector.parse("release=stable")))
                .extracting(LabeledObject::name).isEqualTo(preview);
        assertThat(adapter.select(cluster, ResourceKind.DEPLOYMENT, shop, selector)).as("nothing left to change")
                .isEmpty();
    }

    @Test
    void aCredentialThatMayNotListEveryNamespaceIsDeniedAccess() {
        ClusterAccess viewer = namespace.accessAs("viewer");

        assertThatThrownBy(() -> adapter.select(viewer, ResourceKind.CONFIGMAP, null, LabelSelector.parse("")))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("The cluster's credential may not list configmaps in all namespaces: configmaps is "
                        + "forbidden: User \"system:serviceaccount:" + shop + ":viewer\" cannot list resource "
                        + "\"configmaps\" in API group \"\" at the cluster scope");
    }

    /** No server at all: a port on this machine where nothing listens. */
    @Test
    void anUnreachableClusterIsUnavailableWithinTheDeadline() {
        ClusterAccess unreachable = KubeconfigYaml.forServer(FakeCluster.unreachableUrl()).access();
        long started = System.nanoTime();

        assertThatThrownBy(() -> adapter.labels(unreachable, ResourceKind.CONFIGMAP, shop, "settings"))
                .isInstanceOf(ClusterUnavailableException.class).hasMessageContaining("Cannot reach");
        assertThatThrownBy(() -> adapter.change(unreachable, ResourceKind.CONFIGMAP, shop, "settings",
                LabelChange.setting(Map.of("app", "web"))))
                .isInstanceOf(ClusterUnavailableException.class).hasMessageContaining("Cannot reach");
        assertThatThrownBy(() -> adapter.select(unreachable, ResourceKind.CONFIGMAP, null, LabelSelector.parse("")))
                .isInstanceOf(ClusterUnavailableException.class).hasMessageContaining("Cannot reach");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(KubernetesCalls.DEADLINE);
    }

    /**
     * Eight ConfigMaps in two namespaces, each with the test's own label beside those named here; the selector
     * tests name by hand which of them match. Returns once both namespaces hold their kube-root-ca.crt too.
     */
    private void seedShopAndOther() {
        createOther();
        seedConfigMap(shop, "d", ours(Map.of("app", "web", "tier", "edge", "canary", "true")));
        seedConfigMap(shop, "a", ours(Map.of("app", "web", "tier", "front")));
        seedConfigMap(shop, "b", ours(Map.of("app", "web", "tier", "db")));
        seedConfigMap(shop, "c", ours(Map.of("app", "api", "tier", "front")));
        seedConfigMap(shop, "e", ours(Map.of()));
        seedConfigMap(other, "g", ours(Map.of("tier", "front", "canary", "yes")));
        seedConfigMap(other, "a", ours(Map.of("app", "web", "tier", "edge")));
        seedConfigMap(other, "f", ours(Map.of("app", "web")));
        for (String in : List.of(shop, other)) {
            await(SOON, () -> objects.configMaps().inNamespace(in).withName(ROOT_CA).get() != null);
        }
    }

    private Map<String, String> ours(Map<String, String> labels) {
        Map<String, String> with = new HashMap<>(labels);
        with.put(RUN, shop);
        return with;
    }

    private void createOther() {
        objects.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(other).endMetadata()
                .build()).create();
    }

    private void seedConfigMap(String in, String name, Map<String, String> labels) {
        objects.configMaps().inNamespace(in).resource(new ConfigMapBuilder().withNewMetadata()
                .withName(name).withLabels(labels).endMetadata().addToData("mode", "fast").build()).create();
    }

    private void seedDeployment(String name, Map<String, String> labels) {
        Map<String, String> selector = Map.of("app", name);
        objects.apps().deployments().inNamespace(shop).resource(new DeploymentBuilder()
                .withNewMetadata().withName(name).withLabels(labels).endMetadata()
                .withNewSpec().withReplicas(1).withNewSelector().withMatchLabels(selector).endSelector()
                .withNewTemplate().withNewMetadata().withLabels(selector).endMetadata()
                .withNewSpec().addNewContainer().withName("main").withImage("nginx").endContainer().endSpec()
                .endTemplate().endSpec()
                .build()).create();
    }

    private Map<String, String> storedLabels(String in, String name) {
        ConfigMap configMap = objects.configMaps().inNamespace(in).withName(name).get();
        return labelsOf(configMap);
    }

    private Map<String, String> storedDeploymentLabels(String name) {
        return labelsOf(objects.apps().deployments().inNamespace(shop).withName(name).get());
    }

    private static Map<String, String> labelsOf(HasMetadata object) {
        return object.getMetadata().getLabels() == null ? Map.of() : object.getMetadata().getLabels();
    }

    /** The content type and body of the requests the adapter sent with a body; RequestLog keeps only their target. */
    private static final class Bodies implements Interceptor {

        private final List<String> contentTypes = new CopyOnWriteArrayList<>();
        private final List<String> bodies = new CopyOnWriteArrayList<>();

        @Override
        public Response intercept(Chain chain) throws IOException {
            Request request = chain.request();
            if (request.body() != null) {
                Buffer buffer = new Buffer();
                request.body().writeTo(buffer);
                contentTypes.add(String.valueOf(request.body().contentType()));
                bodies.add(buffer.readUtf8());
            }
            return chain.proceed(request);
        }

        String contentType() {
            return contentTypes.get(contentTypes.size() - 1);
        }

        String last() {
            return bodies.get(bodies.size() - 1);
        }
    }
}
