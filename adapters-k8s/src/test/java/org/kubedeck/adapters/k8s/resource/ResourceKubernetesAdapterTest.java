package org.kubedeck.adapters.k8s.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.ManagedFieldsEntryBuilder;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kubedeck.adapters.k8s.KubernetesCalls;
import org.kubedeck.adapters.k8s.testing.FakeCluster;
import org.kubedeck.adapters.k8s.testing.KubeconfigYaml;
import org.kubedeck.application.version.port.out.ResourceCluster.LiveResource;
import org.kubedeck.application.version.port.out.ResourceCluster.SecretMask;
import org.kubedeck.domain.AccessDeniedException;
import org.kubedeck.domain.ConflictException;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.NotFoundException;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.cluster.ClusterUnavailableException;
import org.kubedeck.domain.version.ResourceKind;

/**
 * Against fabric8's API fake over HTTP; objects are seeded and read back with fabric8's own client, so the
 * assertions do not trust client-java. The fake keeps resourceVersions as a cluster does and answers a PUT at a
 * stale one with 409, so the optimistic lock is tested for real; refusals it cannot produce (422, 403) are canned.
 */
class ResourceKubernetesAdapterTest {

    private static final String SHOP = "shop";
    private static final SecretMask MASK = value -> "<hidden:" + new String(value, StandardCharsets.UTF_8).length()
            + ">";

    private final FakeCluster fake = FakeCluster.crud();
    private final KubernetesClient objects = fake.objects();
    private final ClusterAccess cluster = fake.access();
    private final ResourceKubernetesAdapter adapter = new ResourceKubernetesAdapter(fake.calls());

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void aDeploymentReadsAsNormalizedYamlWithItsResourceVersion() {
        Deployment seeded = objects.apps().deployments().inNamespace(SHOP).resource(new DeploymentBuilder()
                .withNewMetadata().withName("web").withLabels(Map.of("app", "web"))
                .withAnnotations(Map.of("kubectl.kubernetes.io/last-applied-configuration", "{\"kind\":\"x\"}",
                        "shop.example.com/revision", "3"))
                .withManagedFields(new ManagedFieldsEntryBuilder().withManager("kubectl").withOperation("Update")
                        .withApiVersion("apps/v1").build())
                .endMetadata()
                .withNewSpec().withReplicas(2).withNewSelector().withMatchLabels(Map.of("app", "web")).endSelector()
                .withNewTemplate().withNewMetadata().withLabels(Map.of("app", "web")).endMetadata()
                .withNewSpec().addNewContainer().withName("main").withImage("nginx:1.27").addNewPort()
                .withContainerPort(8080).endPort().endContainer().endSpec().endTemplate().endSpec()
                .withNewStatus().withReplicas(2).withReadyReplicas(1).endStatus()
                .build()).create();

        LiveResource live = adapter.read(cluster, ResourceKind.DEPLOYMENT, SHOP, "web", MASK).orElseThrow();

        assertThat(live.kind()).isEqualTo(ResourceKind.DEPLOYMENT);
        assertThat(live.name()).isEqualTo("web");
        assertThat(live.resourceVersion()).isNotBlank().isEqualTo(seeded.getMetadata().getResourceVersion());
        assertThat(live.yaml()).isEqualTo("""
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  annotations:
                    shop.example.com/revision: '3'
                  labels:
                    app: web
                  name: web
                  namespace: shop
                spec:
                  replicas: 2
                  selector:
                    matchLabels:
                      app: web
                  template:
                    metadata:
                      labels:
                        app: web
                    spec:
                      containers:
                      - image: nginx:1.27
                        name: main
                        ports:
                        - containerPort: 8080
                """);
        assertThat(live.manifest()).isEqualTo(live.yaml());
    }

    @Test
    void whatTheClusterOwnsIsLeftOutEvenWhenOnlyTheLastAppliedAnnotationWasThere() {
        objects.configMaps().inNamespace(SHOP).resource(new ConfigMapBuilder().withNewMetadata()
                .withName("settings")
                .withAnnotations(Map.of("kubectl.kubernetes.io/last-applied-configuration", "{}")).endMetadata()
                .addToData("mode", "fast").build()).create();

        String yaml = adapter.read(cluster, ResourceKind.CONFIGMAP, SHOP, "settings", MASK).orElseThrow().yaml();

        assertThat(yaml).doesNotContain("annotations", "resourceVersion", "uid", "creationTimestamp",
                "generation", "managedFields", "status");
        assertThat(yaml).contains("data:\n  mode: fast\n");
    }

    @Test
    void aMissingObjectReadsAsEmpty() {
        assertThat(adapter.read(cluster, ResourceKind.DEPLOYMENT, SHOP, "ghost", MASK)).isEmpty();
        assertThat(adapter.read(cluster, ResourceKind.SECRET, "nowhere", "ghost", MASK)).isEmpty();
    }

    @Test
    void aSecretShowsMaskedValuesAndKeepsTheRealOnesInItsManifest() {
        seedSecret("db-credentials", Map.of("password", "s3cret-value", "user", "shop"));

        LiveResource secret = adapter.read(cluster, ResourceKind.SECRET, SHOP, "db-credentials", MASK)
                .orElseThrow();

        assertThat(secret.yaml()).contains("  password: <hidden:12>\n", "  user: <hidden:4>\n")
                .doesNotContain(base64("s3cret-value"), "s3cret-value", base64("shop"));
        assertThat(secret.manifest()).contains("  password: " + base64("s3cret-value") + "\n",
                "  user: " + base64("shop") + "\n");
        assertThat(secret.manifest().replace(base64("s3cret-value"), "<hidden:12>")
                .replace(base64("shop"), "<hidden:4>")).isEqualTo(secret.yaml());
    }

    @Test
    void replacingAppliesTheEditAndAnswersTheNewResourceVersion() {
        seedDeployment("web", 2);
        LiveResource loaded = adapter.read(cluster, ResourceKind.DEPLOYMENT, SHOP, "web", MASK).orElseThrow();

        LiveResource stored = adapter.replace(cluster, ResourceKind.DEPLOYMENT, SHOP, "web",
                loaded.yaml().replace("replicas: 2", "replicas: 3"), loaded.resourceVersion(), MASK);

        Deployment deployment = deployment("web");
        assertThat(deployment.getSpec().getReplicas()).isEqualTo(3);
        assertThat(stored.resourceVersion()).isEqualTo(deployment.getMetadata().getResourceVersion())
                .isNotEqualTo(loaded.resourceVersion());
        assertThat(stored.yaml()).contains("  replicas: 3\n").doesNotContain("resourceVersion");
    }

    @Test
    void replacingAtAStaleResourceVersionIsAConflictAndChangesNothing() {
        seedDeployment("web", 2);
        LiveResource loaded = adapter.read(cluster, ResourceKind.DEPLOYMENT, SHOP, "web", MASK).orElseThrow();
        objects.apps().deployments().inNamespace(SHOP).withName("web").edit(someoneElse -> new DeploymentBuilder(
                someoneElse).editMetadata().addToLabels("tier", "front").endMetadata().build());

        assertThatThrownBy(() -> adapter.replace(cluster, ResourceKind.DEPLOYMENT, SHOP, "web",
                loaded.yaml().replace("replicas: 2", "replicas: 3"), loaded.resourceVersion(), MASK))
                .isInstanceOf(ConflictException.class)
                .hasMessage("Deployment shop/web was changed by someone else since you loaded it; reload it and "
                        + "apply your change again.");

        assertThat(deployment("web").getSpec().getReplicas()).isEqualTo(2);
        assertThat(deployment("web").getMetadata().getLabels()).containsEntry("tier", "front");
    }

    @Test
    void yamlDescribingAnotherObjectIsRefusedAndChangesNothing() {
        seedDeployment("web", 2);
        LiveResource loaded = adapter.read(cluster, ResourceKind.DEPLOYMENT, SHOP, "web", MASK).orElseThrow();
        String version = loaded.resourceVersion();

        assertThatThrownBy(() -> adapter.replace(cluster, ResourceKind.DEPLOYMENT, SHOP, "web",
                loaded.yaml().replace("name: web", "name: api").replace("replicas: 2", "replicas: 3"), version,
                MASK))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("yaml"))
                .hasMessage("The YAML describes Deployment shop/api, not Deployment shop/web; change the object on "
                        + "its own page.");
        assertThatThrownBy(() -> adapter.replace(cluster, ResourceKind.DEPLOYMENT, SHOP, "web",
                loaded.yaml().replace("namespace: shop", "namespace: other"), version, MASK))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("The YAML describes Deployment other/web, not Deployment shop/web");
        assertThatThrownBy(() -> adapter.replace(cluster, ResourceKind.DEPLOYMENT, SHOP, "web",
                loaded.yaml().replace("kind: Deployment", "kind: StatefulSet"), version, MASK))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("The YAML describes StatefulSet shop/web, not Deployment shop/web");

        assertThat(deployment("web").getSpec().getReplicas()).isEqualTo(2);
        assertThat(deployment("web").getMetadata().getResourceVersion()).isEqualTo(version);
    }

    @Test
    void yamlThatDoesNotParseIsRefusedWithWhereItBreaks() {
        seedDeployment("web", 2);
        String version = deployment("web").getMetadata().getResourceVersion();

        assertThatThrownBy(() -> adapter.replace(cluster, ResourceKind.DEPLOYMENT, SHOP, "web",
                "kind: Deployment\nmetadata:\n  name: web\n spec: [", version, MASK))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("yaml"))
                .hasMessageStartingWith("The YAML does not parse: ")
                .hasMessageContaining("line ");
        assertThatThrownBy(() -> adapter.replace(cluster, ResourceKind.DEPLOYMENT, SHOP, "web", "- just\n- a list\n",
                version, MASK))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("The YAML does not parse: ");

        assertThat(deployment("web").getMetadata().getResourceVersion()).isEqualTo(version);
    }

    @Test
    void metadataOfTheWrongShapeIsTheYamlsFault() {
        seedDeployment("web", 2);
        LiveResource loaded = adapter.read(cluster, ResourceKind.DEPLOYMENT, SHOP, "web", MASK).orElseThrow();

        assertThatThrownBy(() -> adapter.replace(cluster, ResourceKind.DEPLOYMENT, SHOP, "web",
                loaded.yaml().replaceFirst("metadata:\n", "metadata:\n  labels: web\n"), loaded.resourceVersion(),
                MASK))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("yaml"))
                .hasMessageStartingWith("The YAML's metadata does not have the shape Kubernetes expects: ");

        assertThat(deployment("web").getMetadata().getResourceVersion()).isEqualTo(loaded.resourceVersion());
    }

    @Test
    void replacingAnObjectThatIsGoneIsNotFound() {
        assertThatThrownBy(() -> adapter.replace(cluster, ResourceKind.DEPLOYMENT, SHOP, "ghost", """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: ghost
                spec:
                  replicas: 1
                """, "7", MASK))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("Deployment shop/ghost does not exist.");
    }

    @Test
    void contentTheClusterRefusesIsInvalidInputInTheServersWords() {
        try (FakeCluster canned = FakeCluster.withCannedAnswers()) {
            canned.expect().put().withPath("/apis/apps/v1/namespaces/shop/deployments/web").andReturn(422, """
                    {"kind":"Status","apiVersion":"v1","status":"Failure","reason":"Invalid","code":422,
                    "message":"Deployment.apps \\"web\\" is invalid: spec.replicas: Invalid value: -1: must be \
                    greater than or equal to 0"}""").once();

            assertThatThrownBy(() -> adapter.replace(canned.access(), ResourceKind.DEPLOYMENT, SHOP, "web", """
                    apiVersion: apps/v1
                    kind: Deployment
                    metadata:
                      name: web
                    spec:
                      replicas: -1
                    """, "7", MASK))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.field()).isEqualTo("yaml"))
                    .hasMessage("The cluster refused the YAML: Deployment.apps \"web\" is invalid: spec.replicas: "
                            + "Invalid value: -1: must be greater than or equal to 0");
        }
    }

    @Test
    void aSecretKeepsTheValuesLeftMaskedAndTakesTheChangedOnes() {
        seedSecret("db-credentials", Map.of("password", "s3cret-value", "user", "shop"));
        LiveResource loaded = adapter.read(cluster, ResourceKind.SECRET, SHOP, "db-credentials", MASK)
                .orElseThrow();
        String edited = loaded.yaml().replace("user: <hidden:4>", "user: " + base64("admin"))
                .replace("data:\n", "data:\n  token: " + base64("t0ken") + "\n");

        LiveResource stored = adapter.replace(cluster, ResourceKind.SECRET, SHOP, "db-credentials", edited,
                loaded.resourceVersion(), MASK);

        assertThat(secret("db-credentials").getData()).isEqualTo(Map.of("password", base64("s3cret-value"),
                "user", base64("admin"), "token", base64("t0ken")));
        assertThat(stored.yaml()).contains("  password: <hidden:12>\n", "  user: <hidden:5>\n",
                "  token: <hidden:5>\n");
        assertThat(stored.manifest()).contains(base64("s3cret-value"), base64("admin"), base64("t0ken"));
    }

    @Test
    void aSecretValueThatIsNotBase64IsRefused() {
        seedSecret("db-credentials", Map.of("password", "s3cret-value"));
        LiveResource loaded = adapter.read(cluster, ResourceKind.SECRET, SHOP, "db-credentials", MASK)
                .orElseThrow();

        assertThatThrownBy(() -> adapter.replace(cluster, ResourceKind.SECRET, SHOP, "db-credentials",
                loaded.yaml().replace("<hidden:12>", "not base64!"), loaded.resourceVersion(), MASK))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("yaml"))
                .hasMessage("Secret value of 'password' is not base64.");

        assertThat(secret("db-credentials").getData()).isEqualTo(Map.of("password", base64("s3cret-value")));
    }

    @Test
    void applyingCreatesAMissingObject() {
        boolean created = adapter.apply(cluster, SHOP, """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: settings
                  namespace: elsewhere
                  resourceVersion: "41"
                  uid: 0b5e3c1e-0000-0000-0000-000000000000
                data:
                  mode: fast
                """);

        assertThat(created).isTrue();
        assertThat(configMap("settings").getData()).isEqualTo(Map.of("mode", "fast"));
        assertThat(objects.configMaps().inNamespace("elsewhere").withName("settings").get()).isNull();
    }

    @Test
    void applyingReplacesAnExistingObjectAtWhateverVersionItIs() {
        objects.configMaps().inNamespace(SHOP).resource(new ConfigMapBuilder().withNewMetadata()
                .withName("settings").endMetadata().addToData("mode", "slow").addToData("old", "yes").build())
                .create();

        boolean created = adapter.apply(cluster, SHOP, """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: settings
                  resourceVersion: "1"
                data:
                  mode: fast
                """);

        assertThat(created).isFalse();
        assertThat(configMap("settings").getData()).isEqualTo(Map.of("mode", "fast"));
    }

    @Test
    void aSecretsManifestRestoresItsValues() {
        seedSecret("db-credentials", Map.of("password", "s3cret-value"));
        String manifest = adapter.read(cluster, ResourceKind.SECRET, SHOP, "db-credentials", MASK).orElseThrow()
                .manifest();
        objects.secrets().inNamespace(SHOP).withName("db-credentials").delete();

        assertThat(adapter.apply(cluster, SHOP, manifest)).isTrue();

        assertThat(secret("db-credentials").getData()).isEqualTo(Map.of("password", base64("s3cret-value")));
    }

    @Test
    void applyingAKindTheConsoleDoesNotHandleIsRefused() {
        assertThatThrownBy(() -> adapter.apply(cluster, SHOP, """
                apiVersion: rbac.authorization.k8s.io/v1
                kind: Role
                metadata:
                  name: reader
                """))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("yaml"))
                .hasMessageStartingWith("The YAML describes kind 'Role'; the console handles only Deployment, ");
        assertThatThrownBy(() -> adapter.apply(cluster, SHOP, "apiVersion: v1\nkind: ConfigMap\n"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("The YAML gives the ConfigMap no metadata.name.");
    }

    @Test
    void listingGivesTheNamespacesBackedUpObjectsByKindThenName() {
        seedDeployment("web", 2);
        seedDeployment("api", 1);
        objects.services().inNamespace(SHOP).resource(new ServiceBuilder().withNewMetadata().withName("web")
                .endMetadata().withNewSpec().withSelector(Map.of("app", "web")).endSpec().build()).create();
        objects.configMaps().inNamespace(SHOP).resource(new ConfigMapBuilder().withNewMetadata()
                .withName("settings").endMetadata().addToData("mode", "fast").build()).create();
        seedSecret("db-credentials", Map.of("password", "s3cret-value"));
        objects.pods().inNamespace(SHOP).resource(new PodBuilder().withNewMetadata().withName("web-0")
                .endMetadata().withNewSpec().addNewContainer().withName("main").withImage("nginx").endContainer()
                .endSpec().build()).create();
        objects.configMaps().inNamespace("other").resource(new ConfigMapBuilder().withNewMetadata()
                .withName("elsewhere").endMetadata().build()).create();

        var listed = adapter.list(cluster, SHOP, MASK);

        assertThat(listed).extracting(LiveResource::kind, LiveResource::name).containsExactly(
                tuple(ResourceKind.DEPLOYMENT, "api"),
                tuple(ResourceKind.DEPLOYMENT, "web"),
                tuple(ResourceKind.SERVICE, "web"),
                tuple(ResourceKind.CONFIGMAP, "settings"),
                tuple(ResourceKind.SECRET, "db-credentials"));
        assertThat(listed).allSatisfy(resource -> assertThat(resource.resourceVersion()).isNotBlank());
        assertThat(listed.get(1).yaml()).isEqualTo(
                adapter.read(cluster, ResourceKind.DEPLOYMENT, SHOP, "web", MASK).orElseThrow().yaml());
        assertThat(listed.get(4).yaml()).contains("password: <hidden:12>").doesNotContain(base64("s3cret-value"));
        assertThat(listed.get(4).manifest()).contains("password: " + base64("s3cret-value"));
    }

    @Test
    void aKindTheCredentialMayNotListFailsTheWholeListing() {
        try (FakeCluster restricted = FakeCluster.withCannedAnswers()) {
            restricted.expect().get().withPath("/api/v1/namespaces/shop/secrets?watch=false").andReturn(403, """
                    {"kind":"Status","apiVersion":"v1","status":"Failure","reason":"Forbidden","code":403,
                    "message":"secrets is forbidden: User \\"viewer\\" cannot list resource \\"secrets\\""}""")
                    .always();

            assertThatThrownBy(() -> adapter.list(restricted.access(), SHOP, MASK))
                    .isInstanceOf(AccessDeniedException.class)
                    .hasMessage("The cluster's credential may not list secrets in shop: secrets is forbidden: "
                            + "User \"viewer\" cannot list resource \"secrets\"");
        }
    }

    @Test
    void rejectedCredentialsMakeTheClusterUnavailable() {
        try (FakeCluster canned = FakeCluster.withCannedAnswers()) {
            canned.expect().get().withPath("/apis/apps/v1/namespaces/shop/deployments/web").andReturn(401, """
                    {"kind":"Status","apiVersion":"v1","status":"Failure","reason":"Unauthorized","code":401,
                    "message":"Unauthorized"}""").always();

            assertThatThrownBy(() -> adapter.read(canned.access(), ResourceKind.DEPLOYMENT, SHOP, "web", MASK))
                    .isInstanceOf(ClusterUnavailableException.class)
                    .hasMessageContaining("rejected the credentials (HTTP 401): Unauthorized");
        }
    }

    @Test
    void anUnreachableClusterIsUnavailableWithinTheDeadline() {
        ClusterAccess unreachable = KubeconfigYaml.forServer(FakeCluster.unreachableUrl()).access();
        String yaml = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n";
        long started = System.nanoTime();

        assertThatThrownBy(() -> adapter.read(unreachable, ResourceKind.CONFIGMAP, SHOP, "settings", MASK))
                .isInstanceOf(ClusterUnavailableException.class).hasMessageContaining("Cannot reach");
        assertThatThrownBy(() -> adapter.replace(unreachable, ResourceKind.CONFIGMAP, SHOP, "settings", yaml, "1",
                MASK)).isInstanceOf(ClusterUnavailableException.class).hasMessageContaining("Cannot reach");
        assertThatThrownBy(() -> adapter.apply(unreachable, SHOP, yaml))
                .isInstanceOf(ClusterUnavailableException.class).hasMessageContaining("Cannot reach");
        assertThatThrownBy(() -> adapter.list(unreachable, SHOP, MASK))
                .isInstanceOf(ClusterUnavailableException.class).hasMessageContaining("Cannot reach");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(KubernetesCalls.DEADLINE);
    }

    private void seedDeployment(String name, int replicas) {
        Map<String, String> labels = Map.of("app", name);
        objects.apps().deployments().inNamespace(SHOP).resource(new DeploymentBuilder()
                .withNewMetadata().withName(name).endMetadata()
                .withNewSpec().withReplicas(replicas).withNewSelector().withMatchLabels(labels).endSelector()
                .withNewTemplate().withNewMetadata().withLabels(labels).endMetadata()
                .withNewSpec().addNewContainer().withName("main").withImage("nginx").endContainer().endSpec()
                .endTemplate().endSpec()
                .build()).create();
    }

    private void seedSecret(String name, Map<String, String> values) {
        SecretBuilder secret = new SecretBuilder().withNewMetadata().withName(name).endMetadata()
                .withType("Opaque");
        values.forEach((key, value) -> secret.addToData(key, base64(value)));
        objects.secrets().inNamespace(SHOP).resource(secret.build()).create();
    }

    private Deployment deployment(String name) {
        return objects.apps().deployments().inNamespace(SHOP).withName(name).get();
    }

    private Secret secret(String name) {
        return objects.secrets().inNamespace(SHOP).withName(name).get();
    }

    private ConfigMap configMap(String name) {
        return objects.configMaps().inNamespace(SHOP).withName(name).get();
    }

    private static String base64(String value) {
        return Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
    }
}
