package org.kubedeck.adapters.k8s.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodSpecBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.apps.DaemonSetBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kubedeck.adapters.k8s.testing.FakeCluster;
import org.kubedeck.application.scale.port.out.ScaleCluster.ScalableWorkload;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.NotFoundException;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.quota.PodResources.Container;
import org.kubedeck.domain.version.ResourceKind;

/** Against fabric8's API fake over HTTP; workloads are seeded and read back with fabric8's own client. */
class ScaleKubernetesAdapterTest {

    private static final String SHOP = "shop";

    private final FakeCluster fake = FakeCluster.crud();
    private final KubernetesClient objects = fake.objects();
    private final ClusterAccess cluster = fake.access();
    private final ScaleKubernetesAdapter adapter = new ScaleKubernetesAdapter(fake.calls());

    @AfterEach
    void stop() {
        fake.close();
    }

    private static PodSpec template() {
        return new PodSpecBuilder()
                .addToContainers(new ContainerBuilder().withName("web").withImage("nginx").withNewResources()
                        .addToRequests("cpu", new Quantity("500m")).addToRequests("memory", new Quantity("256Mi"))
                        .addToLimits("memory", new Quantity("512Mi")).endResources().build())
                .addToContainers(new ContainerBuilder().withName("bare").withImage("busybox").build())
                .addToInitContainers(new ContainerBuilder().withName("migrate").withImage("flyway").withNewResources()
                        .addToRequests("cpu", new Quantity("1")).endResources().build())
                .addToInitContainers(new ContainerBuilder().withName("proxy").withImage("envoy")
                        .withRestartPolicy("Always").withNewResources().addToRequests("cpu", new Quantity("100m"))
                        .endResources().build())
                .build();
    }

    private void deployment(String name, Integer replicas) {
        objects.apps().deployments().inNamespace(SHOP).resource(new DeploymentBuilder().withNewMetadata()
                .withName(name).endMetadata().withNewSpec().withReplicas(replicas).withNewSelector()
                .addToMatchLabels("app", name).endSelector().withNewTemplate().withNewMetadata()
                .addToLabels("app", name).endMetadata().withSpec(template()).endTemplate().endSpec().build()).create();
    }

    @Test
    void aDeploymentsReplicasAndContainersAreRead() {
        deployment("web", 2);

        ScalableWorkload web = adapter.workload(cluster, ResourceKind.DEPLOYMENT, SHOP, "web");

        assertThat(web.replicas()).isEqualTo(2);
        assertThat(web.pod().containers()).containsExactly(
                new Container("web", Map.of("cpu", "500m", "memory", "256Mi"), Map.of("memory", "512Mi")),
                new Container("bare", Map.of(), Map.of()),
                new Container("proxy", Map.of("cpu", "100m"), Map.of()));
        assertThat(web.pod().initContainers()).containsExactly(new Container("migrate", Map.of("cpu", "1"), Map.of()));
    }

    @Test
    void aDeploymentWithoutReplicasRunsOne() {
        deployment("api", null);

        assertThat(adapter.workload(cluster, ResourceKind.DEPLOYMENT, SHOP, "api").replicas()).isEqualTo(1);
    }

    @Test
    void scalingPatchesTheReplicasAndKeepsTheRest() {
        deployment("web", 2);

        assertThat(adapter.scale(cluster, ResourceKind.DEPLOYMENT, SHOP, "web", 5)).isEqualTo(5);

        RecordedRequest patch = fake.lastRequest();
        assertThat(patch.getMethod()).isEqualTo("PATCH");
        assertThat(patch.getPath()).isEqualTo("/apis/apps/v1/namespaces/shop/deployments/web");
        assertThat(patch.getHeader("Content-Type")).startsWith("application/merge-patch+json");
        var stored = objects.apps().deployments().inNamespace(SHOP).withName("web").get();
        assertThat(stored.getSpec().getReplicas()).isEqualTo(5);
        assertThat(stored.getSpec().getTemplate().getSpec().getContainers()).hasSize(2);
        assertThat(adapter.scale(cluster, ResourceKind.DEPLOYMENT, SHOP, "web", 0)).isZero();
        assertThat(adapter.workload(cluster, ResourceKind.DEPLOYMENT, SHOP, "web").replicas()).isZero();
    }

    @Test
    void aStatefulSetScalesLikeADeployment() {
        objects.apps().statefulSets().inNamespace(SHOP).resource(new StatefulSetBuilder().withNewMetadata()
                .withName("db").endMetadata().withNewSpec().withReplicas(3).withServiceName("db").withNewSelector()
                .addToMatchLabels("app", "db").endSelector().withNewTemplate().withNewMetadata()
                .addToLabels("app", "db").endMetadata().withSpec(template()).endTemplate().endSpec().build()).create();

        assertThat(adapter.workload(cluster, ResourceKind.STATEFULSET, SHOP, "db").replicas()).isEqualTo(3);
        adapter.scale(cluster, ResourceKind.STATEFULSET, SHOP, "db", 1);

        assertThat(objects.apps().statefulSets().inNamespace(SHOP).withName("db").get().getSpec().getReplicas())
                .isEqualTo(1);
    }

    @Test
    void aMissingWorkloadIsNotFoundAndADaemonSetHasNoReplicas() {
        assertThatThrownBy(() -> adapter.workload(cluster, ResourceKind.DEPLOYMENT, SHOP, "gone"))
                .isInstanceOf(NotFoundException.class).hasMessage("Deployment shop/gone does not exist.");
        assertThatThrownBy(() -> adapter.scale(cluster, ResourceKind.STATEFULSET, SHOP, "gone", 2))
                .isInstanceOf(NotFoundException.class).hasMessage("StatefulSet shop/gone does not exist.");

        objects.apps().daemonSets().inNamespace(SHOP).resource(new DaemonSetBuilder().withNewMetadata()
                .withName("agent").endMetadata().withNewSpec().withNewSelector().addToMatchLabels("app", "agent")
                .endSelector().withNewTemplate().withNewMetadata().addToLabels("app", "agent").endMetadata()
                .withSpec(template()).endTemplate().endSpec().build()).create();
        int requests = fake.requestCount();
        for (ResourceKind kind : List.of(ResourceKind.DAEMONSET, ResourceKind.POD)) {
            assertThatThrownBy(() -> adapter.scale(cluster, kind, SHOP, "agent", 2))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("kind"));
            assertThatThrownBy(() -> adapter.workload(cluster, kind, SHOP, "agent"))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("kind"));
        }
        assertThat(fake.requestCount()).isEqualTo(requests);
    }
}
