package org.kubedeck.adapters.k8s.kube;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.kubedeck.adapters.k8s.testing.RigNamespace.SETTLE;
import static org.kubedeck.adapters.k8s.testing.RigNamespace.await;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.LoadBalancerIngressBuilder;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentStatus;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kubedeck.adapters.k8s.KubernetesCalls;
import org.kubedeck.adapters.k8s.testing.FakeCluster;
import org.kubedeck.adapters.k8s.testing.KubeconfigYaml;
import org.kubedeck.adapters.k8s.testing.RequestLog;
import org.kubedeck.adapters.k8s.testing.RigNamespace;
import org.kubedeck.application.kube.port.out.ResourceCluster.SecretMask;
import org.kubedeck.domain.AccessDeniedException;
import org.kubedeck.domain.ConflictException;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.NotFoundException;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.cluster.ClusterUnavailableException;
import org.kubedeck.domain.cluster.Kubeconfig;
import org.kubedeck.domain.kube.LiveResource;
import org.kubedeck.domain.kube.ResourceKind;

/**
 * The YAML versions of objects on a real API server, each test in a namespace of its own: reading, editing at the
 * resourceVersion read, rolling back, backing up and restoring. Objects are seeded, changed "by someone else" and
 * read back with the admin's fabric8 client, so the assertions do not trust client-java. The refusals are the
 * server's own: 409 at a stale version, 422 and 400 for content, 404, 403 for the read-only user and for a service
 * account without Secrets, 401 for a wrong token. Only an unreachable cluster is not the rig: a closed port on
 * this machine, as the shared rig must not be stopped.
 */
class ResourceKubernetesAdapterTest {

    private static final SecretMask MASK = value -> "<hidden:" + new String(value, StandardCharsets.UTF_8).length()
            + ">";

    @RegisterExtension
    final RigNamespace namespace = new RigNamespace();

    private final RequestLog requests = new RequestLog();
    private final KubernetesCalls calls = namespace.calls(requests);
    private final ResourceKubernetesAdapter adapter = new ResourceKubernetesAdapter(calls);
    private final KubernetesClient objects = namespace.objects();
    private final ClusterAccess cluster = namespace.access();
    private final String shop = namespace.name();

    @Test
    void aDeploymentReadsAsNormalizedYamlWithItsResourceVersion() {
        namespace.create("""
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: web
                  labels: {app: web}
                  annotations:
                    kubectl.kubernetes.io/last-applied-configuration: '{"kind":"x"}'
                    shop.example.com/revision: "3"
                spec:
                  replicas: 2
                  selector: {matchLabels: {app: web}}
                  template:
                    metadata: {labels: {app: web}}
                    spec:
                      containers:
                      - name: main
                        image: nginx:1.27
                        ports: [{containerPort: 8080}]
                """);
        Deployment settled = settled("web", 2);
        assertThat(settled.getMetadata().getManagedFields()).as("kept by the server").isNotEmpty();

        LiveResource live = adapter.read(cluster, ResourceKind.DEPLOYMENT, shop, "web", MASK).orElseThrow();

        assertThat(live.kind()).isEqualTo(ResourceKind.DEPLOYMENT);
        assertThat(live.name()).isEqualTo("web");
        assertThat(live.resourceVersion()).isEqualTo(deployment("web").getMetadata().getResourceVersion());
        // The keys in the order the API server sends them.
        assertThat(live.yaml()).isEqualTo("""
                kind: Deployment
                apiVersion: apps/v1
                metadata:
                  name: web
                  namespace: %s
                  labels:
                    app: web
                  annotations:
                    shop.example.com/revision: '3'
                spec:
                  replicas: 2
                  selector:
                    matchLabels:
                      app: web
                  template:
                    metadata:
                      creationTimestamp: null
                      labels:
                        app: web
                    spec:
                      containers:
                      - name: main
                        image: nginx:1.27
                        ports:
                        - containerPort: 8080
                          protocol: TCP
                        resources: {}
                        terminationMessagePath: /dev/termination-log
                        terminationMessagePolicy: File
                        imagePullPolicy: IfNotPresent
                      restartPolicy: Always
                      terminationGracePeriodSeconds: 30
                      dnsPolicy: ClusterFirst
                      securityContext: {}
                      schedulerName: default-scheduler
                  strategy:
                    type: RollingUpdate
                    rollingUpdate:
                      maxUnavailable: 25%%
                      maxSurge: 25%%
                  revisionHistoryLimit: 10
                  progressDeadlineSeconds: 600
                """.formatted(shop));
        assertThat(live.manifest()).isEqualTo(live.yaml());
    }

    @Test
    void whatTheClusterOwnsIsLeftOutEvenWhenOnlyTheLastAppliedAnnotationWasThere() {
        objects.configMaps().inNamespace(shop).resource(new ConfigMapBuilder().withNewMetadata()
                .withName("settings")
                .withAnnotations(Map.of("kubectl.kubernetes.io/last-applied-configuration", "{}")).endMetadata()
                .addToData("mode", "fast").build()).create();

        String yaml = adapter.read(cluster, ResourceKind.CONFIGMAP, shop, "settings", MASK).orElseThrow().yaml();

        assertThat(yaml).isEqualTo("""
                kind: ConfigMap
                apiVersion: v1
                metadata:
                  name: settings
                  namespace: %s
                data:
                  mode: fast
                """.formatted(shop));
    }

    @Test
    void aMissingObjectReadsAsEmpty() {
        assertThat(adapter.read(cluster, ResourceKind.DEPLOYMENT, shop, "ghost", MASK)).isEmpty();
        assertThat(adapter.read(cluster, ResourceKind.SECRET, shop + "-gone", "ghost", MASK)).isEmpty();
    }

    @Test
    void aSecretShowsMaskedValuesAndKeepsTheRealOnesInItsManifest() {
        seedSecret("db-credentials", Map.of("password", "s3cret-value", "user", "shop"));

        LiveResource secret = adapter.read(cluster, ResourceKind.SECRET, shop, "db-credentials", MASK)
                .orElseThrow();

        assertThat(secret.yaml()).contains("  password: <hidden:12>\n", "  user: <hidden:4>\n")
                .doesNotContain(base64("s3cret-value"), "s3cret-value", base64("shop"));
        assertThat(secret.manifest()).contains("  password: " + base64("s3cret-value") + "\n",
                "  user: " + base64("shop") + "\n");
        assertThat(secret.manifest().replace(base64("s3cret-value"), "<hidden:12>")
                .replace(base64("shop"), "<hidden:4>")).isEqualTo(secret.yaml());
    }

    /** As the key rotation masks a stored Secret anew: the same text a read under the new mask gives. */
    @Test
    void aSecretsManifestMasksAsItsYamlReadsWithoutAskingTheCluster() {
        seedSecret("db-credentials", Map.of("password", "s3cret-value", "user", "shop"));
        SecretMask other = value -> "<hidden:" + Integer.toHexString(Arrays.hashCode(value)) + ">";

        for (String name : List.of("db-credentials", defaultTokenSecret())) {
            LiveResource secret = adapter.read(cluster, ResourceKind.SECRET, shop, name, MASK).orElseThrow();
            LiveResource otherwise = adapter.read(cluster, ResourceKind.SECRET, shop, name, other).orElseThrow();
            requests.forget();

            assertThat(adapter.masked(secret.manifest(), MASK)).as(name).isEqualTo(secret.yaml());
            assertThat(adapter.masked(secret.manifest(), other)).as(name).isEqualTo(otherwise.yaml())
                    .isNotEqualTo(secret.yaml());
            assertThat(requests.sent()).isEmpty();
        }
    }

    @Test
    void replacingAppliesTheEditAtTheVersionReadAndAnswersTheNewResourceVersion() {
        seedDeployment("web", 2);
        LiveResource loaded = adapter.read(cluster, ResourceKind.DEPLOYMENT, shop, "web", MASK).orElseThrow();

        LiveResource stored = adapter.replace(cluster, ResourceKind.DEPLOYMENT, shop, "web",
                loaded.yaml().replace("replicas: 2", "replicas: 3"), loaded.resourceVersion(), MASK);

        Deployment deployment = deployment("web");
        assertThat(deployment.getSpec().getReplicas()).isEqualTo(3);
        assertThat(deployment.getMetadata().getGeneration()).isEqualTo(2);
        assertThat(stored.resourceVersion()).isNotEqualTo(loaded.resourceVersion());
        assertThat(stored.yaml()).isEqualTo(loaded.yaml().replace("replicas: 2", "replicas: 3"));
    }

    @Test
    void replacingAtAStaleResourceVersionIsAConflictAndChangesNothing() {
        seedDeployment("web", 2);
        LiveResource loaded = adapter.read(cluster, ResourceKind.DEPLOYMENT, shop, "web", MASK).orElseThrow();
        objects.apps().deployments().inNamespace(shop).withName("web").edit(someoneElse -> new DeploymentBuilder(
                someoneElse).editMetadata().addToLabels("tier", "front").endMetadata().build());

        assertThatThrownBy(() -> adapter.replace(cluster, ResourceKind.DEPLOYMENT, shop, "web",
                loaded.yaml().replace("replicas: 2", "replicas: 3"), loaded.resourceVersion(), MASK))
                .isInstanceOf(ConflictException.class)
                .hasMessage("Deployment " + shop + "/web was changed by someone else since you loaded it; reload "
                        + "it and apply your change again.");

        Deployment deployment = deployment("web");
        assertThat(deployment.getSpec().getReplicas()).isEqualTo(2);
        assertThat(deployment.getMetadata().getLabels()).containsEntry("tier", "front");
    }

    @Test
    void aChangeMadeByAnotherClientReadsWithItsNewResourceVersion() {
        seedDeployment("web", 2);
        LiveResource before = adapter.read(cluster, ResourceKind.DEPLOYMENT, shop, "web", MASK).orElseThrow();

        // As kubectl edit sends it: a patch under its own field manager.
        Deployment changed = objects.apps().deployments().inNamespace(shop).withName("web").patch(
                new PatchContext.Builder().withPatchType(PatchType.JSON_MERGE).withFieldManager("kubectl-edit")
                        .build(), "{\"metadata\": {\"labels\": {\"tier\": \"front\"}}}");
        LiveResource after = adapter.read(cluster, ResourceKind.DEPLOYMENT, shop, "web", MASK).orElseThrow();

        assertThat(after.changedBy()).as("the field manager the server recorded for the change")
                .isEqualTo("kubectl-edit");
        assertThat(after.externalNote()).isEqualTo("changed outside the console by kubectl-edit");

        assertThat(after.resourceVersion()).isEqualTo(changed.getMetadata().getResourceVersion())
                .isNotEqualTo(before.resourceVersion());
        assertThat(after.yaml()).isEqualTo(before.yaml().replace("  namespace: " + shop + "\n",
                "  namespace: " + shop + "\n  labels:\n    tier: front\n"));
        LiveResource edited = adapter.replace(cluster, ResourceKind.DEPLOYMENT, shop, "web",
                after.yaml().replace("tier: front", "tier: back"), after.resourceVersion(), MASK);
        assertThat(deployment("web").getMetadata().getLabels()).containsEntry("tier", "back");
        assertThat(edited.yaml()).contains("    tier: back\n");
    }

    @Test
    void whatOnlyTheClusterChangesMovesTheResourceVersionButNotTheYaml() {
        objects.services().inNamespace(shop).resource(new ServiceBuilder().withNewMetadata().withName("web")
                .endMetadata().withNewSpec().withType("LoadBalancer").withSelector(Map.of("app", "web"))
                .addNewPort().withPort(80).endPort().endSpec().build()).create();
        LiveResource before = adapter.read(cluster, ResourceKind.SERVICE, shop, "web", MASK).orElseThrow();

        // As a load-balancer controller reports the address it gave the Service.
        objects.services().inNamespace(shop).withName("web").editStatus(service -> new ServiceBuilder(service)
                .editOrNewStatus().editOrNewLoadBalancer().withIngress(new LoadBalancerIngressBuilder()
                        .withIp("127.0.9.1").build()).endLoadBalancer().endStatus().build());
        LiveResource after = adapter.read(cluster, ResourceKind.SERVICE, shop, "web", MASK).orElseThrow();

        assertThat(after.resourceVersion()).isNotEqualTo(before.resourceVersion());
        assertThat(after.yaml()).isEqualTo(before.yaml()).doesNotContain("127.0.9.1");
        assertThat(after.changedBy()).as("a status update is not a change of the object")
                .isEqualTo(before.changedBy()).isNotNull();
    }

    @Test
    void rollingBackAppliesTheOlderYamlAndTheControllerFollows() {
        seedDeployment("web", 3);
        LiveResource first = adapter.read(cluster, ResourceKind.DEPLOYMENT, shop, "web", MASK).orElseThrow();
        adapter.replace(cluster, ResourceKind.DEPLOYMENT, shop, "web", first.yaml().replace("replicas: 3",
                "replicas: 1"), first.resourceVersion(), MASK);
        settled("web", 1);
        String now = adapter.read(cluster, ResourceKind.DEPLOYMENT, shop, "web", MASK).orElseThrow()
                .resourceVersion();

        LiveResource rolledBack = adapter.replace(cluster, ResourceKind.DEPLOYMENT, shop, "web", first.manifest(),
                now, MASK);

        assertThat(rolledBack.yaml()).isEqualTo(first.yaml());
        assertThat(deployment("web").getSpec().getReplicas()).isEqualTo(3);
        settled("web", 3);
        assertThat(objects.apps().replicaSets().inNamespace(shop).list().getItems()).singleElement()
                .satisfies(replicaSet -> assertThat(replicaSet.getSpec().getReplicas()).isEqualTo(3));
    }

    @Test
    void yamlDescribingAnotherObjectIsRefusedAndChangesNothing() {
        seedDeployment("web", 2);
        LiveResource loaded = adapter.read(cluster, ResourceKind.DEPLOYMENT, shop, "web", MASK).orElseThrow();
        String version = loaded.resourceVersion();

        assertThatThrownBy(() -> adapter.replace(cluster, ResourceKind.DEPLOYMENT, shop, "web",
                loaded.yaml().replace("name: web", "name: api").replace("replicas: 2", "replicas: 3"), version,
                MASK))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("yaml"))
                .hasMessage("The YAML describes Deployment " + shop + "/api, not Deployment " + shop + "/web; "
                        + "change the object on its own page.");
        assertThatThrownBy(() -> adapter.replace(cluster, ResourceKind.DEPLOYMENT, shop, "web",
                loaded.yaml().replace("namespace: " + shop, "namespace: other"), version, MASK))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("The YAML describes Deployment other/web, not Deployment " + shop + "/web");
        assertThatThrownBy(() -> adapter.replace(cluster, ResourceKind.DEPLOYMENT, shop, "web",
                loaded.yaml().replace("kind: Deployment", "kind: StatefulSet"), version, MASK))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("The YAML describes StatefulSet " + shop + "/web, not Deployment " + shop
                        + "/web");

        assertThat(deployment("web").getSpec().getReplicas()).isEqualTo(2);
        assertThat(deployment("web").getMetadata().getResourceVersion()).isEqualTo(version);
    }

    @Test
    void yamlThatDoesNotParseIsRefusedWithWhereItBreaks() {
        seedDeployment("web", 2);
        String version = deployment("web").getMetadata().getResourceVersion();

        assertThatThrownBy(() -> adapter.replace(cluster, ResourceKind.DEPLOYMENT, shop, "web",
                "kind: Deployment\nmetadata:\n  name: web\n spec: [", version, MASK))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("yaml"))
                .hasMessageStartingWith("The YAML does not parse: ")
                .hasMessageContaining("line ");
        assertThatThrownBy(() -> adapter.replace(cluster, ResourceKind.DEPLOYMENT, shop, "web", "- just\n- a list\n",
                version, MASK))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("The YAML does not parse: ");

        assertThat(deployment("web").getMetadata().getResourceVersion()).isEqualTo(version);
    }

    @Test
    void metadataOfTheWrongShapeIsTheYamlsFault() {
        seedDeployment("web", 2);
        LiveResource loaded = adapter.read(cluster, ResourceKind.DEPLOYMENT, shop, "web", MASK).orElseThrow();

        assertThatThrownBy(() -> adapter.replace(cluster, ResourceKind.DEPLOYMENT, shop, "web",
                loaded.yaml().replaceFirst("metadata:\n", "metadata:\n  labels: web\n"), loaded.resourceVersion(),
                MASK))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("yaml"))
                .hasMessageStartingWith("The YAML's metadata does not have the shape Kubernetes expects: ");

        assertThat(deployment("web").getMetadata().getResourceVersion()).isEqualTo(loaded.resourceVersion());
    }

    @Test
    void replacingAnObjectThatIsGoneIsNotFound() {
        seedDeployment("web", 1);
        String version = deployment("web").getMetadata().getResourceVersion();

        assertThatThrownBy(() -> adapter.replace(cluster, ResourceKind.DEPLOYMENT, shop, "ghost", """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: ghost
                spec:
                  replicas: 1
                  selector: {matchLabels: {app: ghost}}
                  template:
                    metadata: {labels: {app: ghost}}
                    spec: {containers: [{name: main, image: nginx}]}
                """, version, MASK))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("Deployment " + shop + "/ghost does not exist.");

        assertThat(deployment("ghost")).isNull();
    }

    @Test
    void contentTheClusterRefusesIsInvalidInputInTheServersWords() {
        seedDeployment("web", 2);
        LiveResource loaded = adapter.read(cluster, ResourceKind.DEPLOYMENT, shop, "web", MASK).orElseThrow();

        assertThatThrownBy(() -> adapter.replace(cluster, ResourceKind.DEPLOYMENT, shop, "web",
                loaded.yaml().replace("replicas: 2", "replicas: -1"), loaded.resourceVersion(), MASK))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("yaml"))
                .hasMessage("The cluster refused the YAML: Deployment.apps \"web\" is invalid: spec.replicas: "
                        + "Invalid value: -1: must be greater than or equal to 0");
        assertThatThrownBy(() -> adapter.replace(cluster, ResourceKind.DEPLOYMENT, shop, "web",
                loaded.yaml().replace("replicas: 2", "replicas: three"), loaded.resourceVersion(), MASK))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("yaml"))
                .hasMessageStartingWith("The cluster refused the YAML: Deployment in version \"v1\" cannot be "
                        + "handled as a Deployment: ")
                .hasMessageEndingWith("spec.replicas of type int32");
        assertThatThrownBy(() -> adapter.apply(cluster, shop, """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: settings
                data:
                  "no spaces allowed": fast
                """))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("yaml"))
                .hasMessageStartingWith("The cluster refused the YAML: ConfigMap \"settings\" is invalid: "
                        + "data[no spaces allowed]: Invalid value: \"no spaces allowed\"");

        assertThat(deployment("web").getSpec().getReplicas()).isEqualTo(2);
        assertThat(deployment("web").getMetadata().getResourceVersion()).isEqualTo(loaded.resourceVersion());
        assertThat(configMap("settings")).isNull();
    }

    @Test
    void aSecretKeepsTheValuesLeftMaskedAndTakesTheChangedOnes() {
        seedSecret("db-credentials", Map.of("password", "s3cret-value", "user", "shop"));
        LiveResource loaded = adapter.read(cluster, ResourceKind.SECRET, shop, "db-credentials", MASK)
                .orElseThrow();
        String edited = loaded.yaml().replace("user: <hidden:4>", "user: " + base64("admin"))
                .replace("data:\n", "data:\n  token: " + base64("t0ken") + "\n");

        LiveResource stored = adapter.replace(cluster, ResourceKind.SECRET, shop, "db-credentials", edited,
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
        LiveResource loaded = adapter.read(cluster, ResourceKind.SECRET, shop, "db-credentials", MASK)
                .orElseThrow();

        assertThatThrownBy(() -> adapter.replace(cluster, ResourceKind.SECRET, shop, "db-credentials",
                loaded.yaml().replace("<hidden:12>", "not base64!"), loaded.resourceVersion(), MASK))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("yaml"))
                .hasMessage("Secret value of 'password' is not base64.");

        assertThat(secret("db-credentials").getData()).isEqualTo(Map.of("password", base64("s3cret-value")));
        assertThat(secret("db-credentials").getMetadata().getResourceVersion())
                .isEqualTo(loaded.resourceVersion());
    }

    @Test
    void applyingCreatesAMissingObjectInTheNamespaceItIsAppliedTo() {
        boolean created = adapter.apply(cluster, shop, """
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
        ConfigMap settings = configMap("settings");
        assertThat(settings.getData()).isEqualTo(Map.of("mode", "fast"));
        assertThat(settings.getMetadata().getUid()).isNotEqualTo("0b5e3c1e-0000-0000-0000-000000000000");
    }

    @Test
    void applyingReplacesAnExistingObjectAtWhateverVersionItIs() {
        objects.configMaps().inNamespace(shop).resource(new ConfigMapBuilder().withNewMetadata()
                .withName("settings").endMetadata().addToData("mode", "slow").addToData("old", "yes").build())
                .create();

        boolean created = adapter.apply(cluster, shop, """
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
    void aBackupRestoresDeletedObjectsAndItsDryRunChangesNothing() {
        seedDeployment("web", 2);
        objects.configMaps().inNamespace(shop).resource(new ConfigMapBuilder().withNewMetadata()
                .withName("settings").endMetadata().addToData("mode", "fast").build()).create();
        seedSecret("db-credentials", Map.of("password", "s3cret-value"));
        objects.services().inNamespace(shop).resource(new ServiceBuilder().withNewMetadata().withName("web")
                .endMetadata().withNewSpec().withSelector(Map.of("app", "web")).addNewPort().withPort(80).endPort()
                .endSpec().build()).create();
        defaultTokenSecret();
        List<LiveResource> backup = adapter.list(cluster, shop, MASK);
        objects.configMaps().inNamespace(shop).withName("settings").delete();
        objects.secrets().inNamespace(shop).withName("db-credentials").delete();
        objects.services().inNamespace(shop).withName("web").delete();
        await(SETTLE, () -> configMap("settings") == null && secret("db-credentials") == null
                && objects.services().inNamespace(shop).withName("web").get() == null);

        // A dry run compares the backup with what the namespace holds now: reads only.
        requests.forget();
        List<LiveResource> now = adapter.list(cluster, shop, MASK);
        assertThat(requests.sent()).isNotEmpty().allSatisfy(sent -> assertThat(sent.method()).isEqualTo("GET"));
        assertThat(backup).filteredOn(object -> missingFrom(now, object))
                .extracting(LiveResource::kind, LiveResource::name).containsExactly(
                        tuple(ResourceKind.SERVICE, "web"),
                        tuple(ResourceKind.CONFIGMAP, "settings"),
                        tuple(ResourceKind.SECRET, "db-credentials"));
        assertThat(configMap("settings")).isNull();
        assertThat(secret("db-credentials")).isNull();

        for (LiveResource missing : backup.stream().filter(object -> missingFrom(now, object)).toList()) {
            assertThat(adapter.apply(cluster, shop, missing.manifest())).as(missing.name()).isTrue();
        }

        assertThat(configMap("settings").getData()).isEqualTo(Map.of("mode", "fast"));
        assertThat(secret("db-credentials").getData()).isEqualTo(Map.of("password", base64("s3cret-value")));
        assertThat(adapter.list(cluster, shop, MASK)).extracting(LiveResource::kind, LiveResource::name,
                LiveResource::yaml).as("the backup and the namespace agree again")
                .containsExactlyElementsOf(backup.stream().map(object -> tuple(object.kind(), object.name(),
                        object.yaml())).toList());
    }

    @Test
    void applyingAKindTheConsoleDoesNotHandleIsRefused() {
        assertThatThrownBy(() -> adapter.apply(cluster, shop, """
                apiVersion: rbac.authorization.k8s.io/v1
                kind: Role
                metadata:
                  name: reader
                """))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("yaml"))
                .hasMessageStartingWith("The YAML describes kind 'Role'; the console handles only Deployment, ");
        assertThatThrownBy(() -> adapter.apply(cluster, shop, "apiVersion: v1\nkind: ConfigMap\n"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("The YAML gives the ConfigMap no metadata.name.");

        assertThat(objects.rbac().roles().inNamespace(shop).list().getItems()).isEmpty();
    }

    @Test
    void listingGivesTheNamespacesBackedUpObjectsByKindThenName() {
        seedDeployment("web", 2);
        seedDeployment("api", 1);
        objects.services().inNamespace(shop).resource(new ServiceBuilder().withNewMetadata().withName("web")
                .endMetadata().withNewSpec().withSelector(Map.of("app", "web")).addNewPort().withPort(80).endPort()
                .endSpec().build()).create();
        objects.configMaps().inNamespace(shop).resource(new ConfigMapBuilder().withNewMetadata()
                .withName("settings").endMetadata().addToData("mode", "fast").build()).create();
        seedSecret("db-credentials", Map.of("password", "s3cret-value"));
        namespace.create("""
                apiVersion: v1
                kind: Pod
                metadata: {name: debug}
                spec: {containers: [{name: main, image: busybox}]}
                """);
        String elsewhere = shop + "-b";
        objects.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(elsewhere).endMetadata()
                .build()).create();
        try {
            objects.configMaps().inNamespace(elsewhere).resource(new ConfigMapBuilder().withNewMetadata()
                    .withName("elsewhere").endMetadata().build()).create();
            String tokenSecret = defaultTokenSecret();

            List<LiveResource> listed = adapter.list(cluster, shop, MASK);

            // Every namespace holds the cluster's CA, and in v1.23 a token Secret of its default service account.
            assertThat(listed).extracting(LiveResource::kind, LiveResource::name).containsExactly(
                    tuple(ResourceKind.DEPLOYMENT, "api"),
                    tuple(ResourceKind.DEPLOYMENT, "web"),
                    tuple(ResourceKind.SERVICE, "web"),
                    tuple(ResourceKind.CONFIGMAP, "kube-root-ca.crt"),
                    tuple(ResourceKind.CONFIGMAP, "settings"),
                    tuple(ResourceKind.SECRET, "db-credentials"),
                    tuple(ResourceKind.SECRET, tokenSecret));
            assertThat(listed).allSatisfy(resource -> assertThat(resource.resourceVersion()).isNotBlank());
            // The same object as read alone; the lines of type differ in order: a read answer begins with kind,
            // a list item has no type of its own and is given apiVersion first.
            LiveResource web = adapter.read(cluster, ResourceKind.DEPLOYMENT, shop, "web", MASK).orElseThrow();
            assertThat(ResourceYaml.parse(listed.get(1).yaml())).isEqualTo(ResourceYaml.parse(web.yaml()));
            assertThat(listed.get(1).resourceVersion()).isEqualTo(web.resourceVersion());
            assertThat(listed.get(5).yaml()).contains("password: <hidden:12>").doesNotContain(base64("s3cret-value"));
            assertThat(listed.get(5).manifest()).contains("password: " + base64("s3cret-value"));
        } finally {
            objects.namespaces().withName(elsewhere).delete();
        }
    }

    @Test
    void theReadOnlyCredentialReadsButItsWritesAreRefusedAndChangeNothing() {
        seedDeployment("web", 2);
        ClusterAccess reader = new ClusterAccess(ClusterName.of("rig-reader"),
                new Kubeconfig(namespace.rig().readerKubeconfig()), null);
        LiveResource loaded = adapter.read(reader, ResourceKind.DEPLOYMENT, shop, "web", MASK).orElseThrow();

        assertThatThrownBy(() -> adapter.replace(reader, ResourceKind.DEPLOYMENT, shop, "web",
                loaded.yaml().replace("replicas: 2", "replicas: 3"), loaded.resourceVersion(), MASK))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageStartingWith("The cluster's credential may not replace Deployment " + shop + "/web: ")
                .hasMessageContaining("cannot update resource \"deployments\"");
        assertThatThrownBy(() -> adapter.apply(reader, shop, loaded.manifest().replace("replicas: 2",
                "replicas: 3")))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageStartingWith("The cluster's credential may not create Deployment " + shop + "/web: ");
        assertThatThrownBy(() -> adapter.apply(reader, shop, """
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: settings}
                data: {mode: fast}
                """))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageStartingWith("The cluster's credential may not create ConfigMap " + shop + "/settings: ");

        assertThat(deployment("web").getSpec().getReplicas()).isEqualTo(2);
        assertThat(deployment("web").getMetadata().getResourceVersion()).isEqualTo(loaded.resourceVersion());
        assertThat(configMap("settings")).isNull();
    }

    @Test
    void aKindTheCredentialMayNotListFailsTheWholeListing() {
        seedDeployment("web", 1);
        seedSecret("db-credentials", Map.of("password", "s3cret-value"));
        namespace.create("""
                apiVersion: rbac.authorization.k8s.io/v1
                kind: Role
                metadata: {name: everything-but-secrets}
                rules:
                - apiGroups: ["", apps, batch, networking.k8s.io]
                  resources: [deployments, statefulsets, daemonsets, services, configmaps, ingresses, cronjobs,
                              resourcequotas, limitranges]
                  verbs: [get, list]
                """);
        ClusterAccess viewer = namespace.bind("viewer", "Role", "everything-but-secrets").accessAs("viewer");

        assertThatThrownBy(() -> adapter.list(viewer, shop, MASK))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("The cluster's credential may not list secrets in " + shop + ": secrets is forbidden: "
                        + "User \"system:serviceaccount:" + shop + ":viewer\" cannot list resource \"secrets\" in "
                        + "API group \"\" in the namespace \"" + shop + "\"");
        assertThat(adapter.read(viewer, ResourceKind.DEPLOYMENT, shop, "web", MASK)).as("what it may read")
                .isPresent();
    }

    @Test
    void rejectedCredentialsMakeTheClusterUnavailable() {
        String kubeconfig = namespace.rig().kubeconfig().replaceAll("(?m)^(\\s*token: ).*$", "$1wrong-token");
        ClusterAccess rejected = new ClusterAccess(ClusterName.of("rig-rejected"), new Kubeconfig(kubeconfig),
                null);

        assertThatThrownBy(() -> adapter.read(rejected, ResourceKind.DEPLOYMENT, shop, "web", MASK))
                .isInstanceOf(ClusterUnavailableException.class)
                .hasMessageContaining("rejected the credentials (HTTP 401): Unauthorized");
    }

    @Test
    void anUnreachableClusterIsUnavailableWithinTheDeadline() {
        ClusterAccess unreachable = KubeconfigYaml.forServer(FakeCluster.unreachableUrl()).access();
        String yaml = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n";
        long started = System.nanoTime();

        assertThatThrownBy(() -> adapter.read(unreachable, ResourceKind.CONFIGMAP, shop, "settings", MASK))
                .isInstanceOf(ClusterUnavailableException.class).hasMessageContaining("Cannot reach");
        assertThatThrownBy(() -> adapter.replace(unreachable, ResourceKind.CONFIGMAP, shop, "settings", yaml, "1",
                MASK)).isInstanceOf(ClusterUnavailableException.class).hasMessageContaining("Cannot reach");
        assertThatThrownBy(() -> adapter.apply(unreachable, shop, yaml))
                .isInstanceOf(ClusterUnavailableException.class).hasMessageContaining("Cannot reach");
        assertThatThrownBy(() -> adapter.list(unreachable, shop, MASK))
                .isInstanceOf(ClusterUnavailableException.class).hasMessageContaining("Cannot reach");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(KubernetesCalls.DEADLINE);
    }

    /** Creates a Deployment of {@code replicas} nginx pods labelled app=name and waits until it has rolled out. */
    private void seedDeployment(String name, int replicas) {
        namespace.create("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: %1$s}
                spec:
                  replicas: %2$d
                  selector: {matchLabels: {app: %1$s}}
                  template:
                    metadata: {labels: {app: %1$s}}
                    spec: {containers: [{name: main, image: nginx}]}
                """.formatted(name, replicas));
        settled(name, replicas);
    }

    /**
     * Waits until the Deployment controller is done with the Deployment: its revision noted, {@code replicas} pods
     * running and available, no pod left terminating, and the status saying so. Until then the controller moves
     * the resourceVersion, and an edit at the version read could meet a conflict nobody made.
     */
    private Deployment settled(String name, int replicas) {
        await(SETTLE, () -> {
            Deployment deployment = deployment(name);
            DeploymentStatus status = deployment.getStatus();
            return status != null && deployment.getMetadata().getAnnotations() != null
                    && deployment.getMetadata().getAnnotations().containsKey("deployment.kubernetes.io/revision")
                    && Objects.equals(status.getObservedGeneration(), deployment.getMetadata().getGeneration())
                    && count(status.getReplicas()) == replicas && count(status.getUpdatedReplicas()) == replicas
                    && count(status.getAvailableReplicas()) == replicas
                    && status.getConditions().stream().anyMatch(condition -> "Progressing".equals(
                            condition.getType()) && "NewReplicaSetAvailable".equals(condition.getReason()))
                    && objects.pods().inNamespace(shop).withLabel("app", name).list().getItems().stream()
                            .allMatch(pod -> pod.getMetadata().getDeletionTimestamp() == null
                                    && "Running".equals(pod.getStatus().getPhase()))
                    && objects.pods().inNamespace(shop).withLabel("app", name).list().getItems().size() == replicas;
        });
        return deployment(name);
    }

    private static boolean missingFrom(List<LiveResource> listed, LiveResource object) {
        return listed.stream().noneMatch(live -> live.kind() == object.kind() && live.name().equals(object.name()));
    }

    private static int count(Integer replicas) {
        return replicas == null ? 0 : replicas;
    }

    private void seedSecret(String name, Map<String, String> values) {
        SecretBuilder secret = new SecretBuilder().withNewMetadata().withName(name).endMetadata()
                .withType("Opaque");
        values.forEach((key, value) -> secret.addToData(key, base64(value)));
        objects.secrets().inNamespace(shop).resource(secret.build()).create();
    }

    /**
     * The Secret the token controller made for the namespace's default service account, once the root CA
     * publisher has put its ConfigMap there too: the objects a namespace holds from the start.
     */
    private String defaultTokenSecret() {
        await(SETTLE, () -> configMap("kube-root-ca.crt") != null);
        await(SETTLE, () -> objects.secrets().inNamespace(shop).list().getItems().stream()
                .anyMatch(secret -> "kubernetes.io/service-account-token".equals(secret.getType())));
        return objects.secrets().inNamespace(shop).list().getItems().stream()
                .filter(secret -> "kubernetes.io/service-account-token".equals(secret.getType()))
                .map(secret -> secret.getMetadata().getName()).findFirst().orElseThrow();
    }

    private Deployment deployment(String name) {
        return objects.apps().deployments().inNamespace(shop).withName(name).get();
    }

    private Secret secret(String name) {
        return objects.secrets().inNamespace(shop).withName(name).get();
    }

    private ConfigMap configMap(String name) {
        return objects.configMaps().inNamespace(shop).withName(name).get();
    }

    private static String base64(String value) {
        return Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
    }
}
