package org.kubedeck.adapters.k8s.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kubedeck.adapters.k8s.testing.RigNamespace.SETTLE;
import static org.kubedeck.adapters.k8s.testing.RigNamespace.await;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.Interceptor;
import okhttp3.Request;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kubedeck.adapters.k8s.KubernetesCalls;
import org.kubedeck.adapters.k8s.testing.FakeCluster;
import org.kubedeck.adapters.k8s.testing.RequestLog;
import org.kubedeck.adapters.k8s.testing.RequestLog.Sent;
import org.kubedeck.adapters.k8s.testing.RigNamespace;
import org.kubedeck.application.scale.port.out.ScaleCluster.ScalableWorkload;
import org.kubedeck.domain.AccessDeniedException;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.NotFoundException;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.cluster.Kubeconfig;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.quota.PodResources.Container;

/**
 * Replicas on the real API server: the Deployment and StatefulSet controllers and the simulated kubelet turn a
 * new replica count into Running pods, read back with an independent client. Only the sidecar test stays on
 * fabric8's fake, because a v1.23 server drops an init container's {@code restartPolicy} (sidecars came in 1.28).
 */
class ScaleKubernetesAdapterTest {

    /** Two containers with and without resources, and an init container, as the quota page needs them. */
    private static final String POD_SPEC = """
                    containers:
                    - name: web
                      image: nginx
                      resources:
                        requests: {cpu: 500m, memory: 256Mi}
                        limits: {memory: 512Mi}
                    - {name: bare, image: busybox}
                    initContainers:
                    - name: migrate
                      image: flyway
                      resources:
                        requests: {cpu: "1"}
            """;

    @RegisterExtension
    final RigNamespace namespace = new RigNamespace();

    private final RequestLog requests = new RequestLog();
    private final List<String> contentTypes = new CopyOnWriteArrayList<>();
    private final KubernetesCalls calls = namespace.calls(requests, contentTypes());
    private final ScaleKubernetesAdapter adapter = new ScaleKubernetesAdapter(calls);
    private final ClusterAccess cluster = namespace.access();
    private final KubernetesClient objects = namespace.objects();
    private final String shop = namespace.name();

    @Test
    void aDeploymentsReplicasAndContainersAreRead() {
        namespace.create(workload("Deployment", "web", "replicas: 2"));

        ScalableWorkload web = adapter.workload(cluster, ResourceKind.DEPLOYMENT, shop, "web");

        assertThat(web.replicas()).isEqualTo(2);
        assertThat(web.pod().containers()).containsExactly(
                new Container("web", Map.of("cpu", "500m", "memory", "256Mi"), Map.of("memory", "512Mi")),
                new Container("bare", Map.of(), Map.of()));
        assertThat(web.pod().initContainers()).containsExactly(new Container("migrate", Map.of("cpu", "1"), Map.of()));
    }

    @Test
    void aDeploymentCreatedWithoutReplicasRunsOne() {
        namespace.create(workload("Deployment", "api", ""));

        assertThat(adapter.workload(cluster, ResourceKind.DEPLOYMENT, shop, "api").replicas()).isEqualTo(1);
        assertThat(deployment("api").getSpec().getReplicas()).as("the server filled it in").isEqualTo(1);
        namespace.awaitRunning("app=api", 1);
    }

    @Test
    void scalingADeploymentFromTwoToFiveRunsFivePodsAndKeepsTheRestOfIt() {
        namespace.create(workload("Deployment", "web", "replicas: 2"));
        namespace.awaitRunning("app=web", 2);
        assertThat(adapter.workload(cluster, ResourceKind.DEPLOYMENT, shop, "web").replicas()).isEqualTo(2);
        // Someone else changes the Deployment after the console read it: the replicas patch carries no
        // resourceVersion, so it neither conflicts with that change nor undoes it.
        objects.apps().deployments().inNamespace(shop).withName("web")
                .edit(deployment -> new DeploymentBuilder(deployment).editMetadata()
                        .addToAnnotations("team", "shop").endMetadata().build());
        requests.forget();

        assertThat(adapter.scale(cluster, ResourceKind.DEPLOYMENT, shop, "web", 5)).isEqualTo(5);

        assertThat(requests.sent()).containsExactly(
                new Sent("PATCH", "/apis/apps/v1/namespaces/" + shop + "/deployments/web"));
        assertThat(contentTypes).singleElement().asString().startsWith("application/merge-patch+json");
        Deployment stored = deployment("web");
        assertThat(stored.getSpec().getReplicas()).isEqualTo(5);
        assertThat(stored.getSpec().getTemplate().getSpec().getContainers()).hasSize(2);
        assertThat(stored.getMetadata().getAnnotations()).containsEntry("team", "shop");
        List<Pod> pods = namespace.awaitRunning("app=web", 5);
        List<String> replicaSets = objects.apps().replicaSets().inNamespace(shop).list().getItems().stream()
                .map(replicaSet -> replicaSet.getMetadata().getName()).toList();
        assertThat(replicaSets).as("the one ReplicaSet grew; nothing rolled out").hasSize(1);
        assertThat(pods).allSatisfy(pod -> assertThat(pod.getMetadata().getOwnerReferences())
                .extracting(OwnerReference::getName).containsExactly(replicaSets.get(0)));
        assertThat(adapter.workload(cluster, ResourceKind.DEPLOYMENT, shop, "web").replicas()).isEqualTo(5);
    }

    @Test
    void scalingADeploymentToZeroStopsAllItsPods() {
        namespace.create(workload("Deployment", "web", "replicas: 2"));
        namespace.awaitRunning("app=web", 2);

        assertThat(adapter.scale(cluster, ResourceKind.DEPLOYMENT, shop, "web", 0)).isZero();

        assertThat(adapter.workload(cluster, ResourceKind.DEPLOYMENT, shop, "web").replicas()).isZero();
        await(SETTLE, () -> pods("app=web").isEmpty());
    }

    @Test
    void aStatefulSetScalesLikeADeploymentFromTheHighestOrdinalDown() {
        namespace.create(workload("StatefulSet", "db", "replicas: 2\n  serviceName: db"));
        namespace.awaitRunning("app=db", 2);

        assertThat(adapter.workload(cluster, ResourceKind.STATEFULSET, shop, "db").replicas()).isEqualTo(2);
        assertThat(adapter.scale(cluster, ResourceKind.STATEFULSET, shop, "db", 4)).isEqualTo(4);

        assertThat(objects.apps().statefulSets().inNamespace(shop).withName("db").get().getSpec().getReplicas())
                .isEqualTo(4);
        assertThat(namespace.awaitRunning("app=db", 4)).extracting(pod -> pod.getMetadata().getName())
                .containsExactlyInAnyOrder("db-0", "db-1", "db-2", "db-3");

        adapter.scale(cluster, ResourceKind.STATEFULSET, shop, "db", 1);

        await(SETTLE, () -> pods("app=db").equals(List.of("db-0")));
        assertThat(adapter.workload(cluster, ResourceKind.STATEFULSET, shop, "db").replicas()).isEqualTo(1);
    }

    @Test
    void aMissingWorkloadIsNotFound() {
        assertThatThrownBy(() -> adapter.workload(cluster, ResourceKind.DEPLOYMENT, shop, "gone"))
                .isInstanceOf(NotFoundException.class).hasMessage("Deployment " + shop + "/gone does not exist.");
        assertThatThrownBy(() -> adapter.scale(cluster, ResourceKind.STATEFULSET, shop, "gone", 2))
                .isInstanceOf(NotFoundException.class).hasMessage("StatefulSet " + shop + "/gone does not exist.");
        assertThatThrownBy(() -> adapter.scale(cluster, ResourceKind.DEPLOYMENT, shop, "gone", 2))
                .isInstanceOf(NotFoundException.class);
        assertThat(pods("app=gone")).as("a merge patch creates nothing").isEmpty();
    }

    @Test
    void aDaemonSetOrAPodHasNoReplicasAndNothingIsAsked() {
        namespace.create(workload("DaemonSet", "agent", ""));

        for (ResourceKind kind : List.of(ResourceKind.DAEMONSET, ResourceKind.POD)) {
            assertThatThrownBy(() -> adapter.scale(cluster, kind, shop, "agent", 2))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("kind"));
            assertThatThrownBy(() -> adapter.workload(cluster, kind, shop, "agent"))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("kind"));
        }
        assertThat(requests.sent()).isEmpty();
    }

    @Test
    void aNegativeReplicaCountIsRefusedByTheClusterAndChangesNothing() {
        namespace.create(workload("Deployment", "web", "replicas: 2"));

        assertThatThrownBy(() -> adapter.scale(cluster, ResourceKind.DEPLOYMENT, shop, "web", -1))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("replicas"))
                .hasMessageContaining("The cluster refused the replicas")
                .hasMessageContaining("must be greater than or equal to 0");
        assertThat(deployment("web").getSpec().getReplicas()).isEqualTo(2);
    }

    @Test
    void aCredentialThatMayOnlyReadSeesTheReplicasButMayNotScale() {
        namespace.create(workload("Deployment", "web", "replicas: 2"));
        ClusterAccess reader = new ClusterAccess(ClusterName.of("reader"),
                new Kubeconfig(namespace.rig().readerKubeconfig()), null);

        assertThat(adapter.workload(reader, ResourceKind.DEPLOYMENT, shop, "web").replicas()).isEqualTo(2);
        assertThatThrownBy(() -> adapter.scale(reader, ResourceKind.DEPLOYMENT, shop, "web", 5))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageStartingWith("The cluster's credential may not patch Deployment " + shop + "/web: ")
                .hasMessageContaining("cannot patch resource \"deployments\"");
        assertThat(deployment("web").getSpec().getReplicas()).isEqualTo(2);
    }

    /** Faked: a v1.23 API server drops an init container's restartPolicy, so only a fake can serve a sidecar. */
    @Test
    void aSidecarCountsAmongTheContainers() {
        try (FakeCluster fake = FakeCluster.crud()) {
            fake.objects().apps().deployments().inNamespace("shop").resource(new DeploymentBuilder()
                    .withNewMetadata().withName("web").endMetadata().withNewSpec().withReplicas(2).withNewSelector()
                    .addToMatchLabels("app", "web").endSelector().withNewTemplate().withNewMetadata()
                    .addToLabels("app", "web").endMetadata().withNewSpec()
                    .addToContainers(new ContainerBuilder().withName("web").withImage("nginx").build())
                    .addToInitContainers(new ContainerBuilder().withName("migrate").withImage("flyway").build())
                    .addToInitContainers(new ContainerBuilder().withName("proxy").withImage("envoy")
                            .withRestartPolicy("Always").withNewResources()
                            .addToRequests("cpu", new Quantity("100m")).endResources().build())
                    .endSpec().endTemplate().endSpec().build()).create();

            ScalableWorkload web = new ScaleKubernetesAdapter(fake.calls())
                    .workload(fake.access(), ResourceKind.DEPLOYMENT, "shop", "web");

            assertThat(web.pod().containers()).containsExactly(new Container("web", Map.of(), Map.of()),
                    new Container("proxy", Map.of("cpu", "100m"), Map.of()));
            assertThat(web.pod().initContainers()).containsExactly(new Container("migrate", Map.of(), Map.of()));
        }
    }

    /** A workload labelled and selecting {@code app=<name>} with {@link #POD_SPEC}; {@code spec} more of its spec. */
    private static String workload(String kind, String name, String spec) {
        return """
                apiVersion: apps/v1
                kind: %s
                metadata: {name: %s}
                spec:
                  %s
                  selector: {matchLabels: {app: %s}}
                  template:
                    metadata: {labels: {app: %s}}
                    spec:
                %s""".formatted(kind, name, spec, name, name, POD_SPEC);
    }

    private Deployment deployment(String name) {
        return objects.apps().deployments().inNamespace(shop).withName(name).get();
    }

    /** The names of this namespace's pods with the label {@code selector}, sorted. */
    private List<String> pods(String selector) {
        String[] label = selector.split("=", 2);
        return objects.pods().inNamespace(shop).withLabel(label[0], label[1]).list().getItems().stream()
                .map(pod -> pod.getMetadata().getName()).sorted().toList();
    }

    /** Records the content type of every request body, which RequestLog does not keep. */
    private Interceptor contentTypes() {
        return chain -> {
            Request request = chain.request();
            if (request.body() != null && request.body().contentType() != null) {
                contentTypes.add(request.body().contentType().toString());
            }
            return chain.proceed(request);
        };
    }
}
