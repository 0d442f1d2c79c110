package org.kubedeck.bootstrap.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kubedeck.adapters.k8s.testing.RigNamespace;
import org.yaml.snakeyaml.Yaml;

/**
 * The manifests that run Kubedeck on Kubernetes ({@code deploy/kubernetes}), each sent to the rig's real API server
 * as a server-side dry run: the server checks them as it would on {@code kubectl apply}, and stores nothing. The
 * namespaced ones go to a namespace of the test's own, made for real, since a dry run cannot create into a namespace
 * that is not there.
 */
class KubernetesManifestsTest {

    private static final Path MANIFESTS = Path.of("..", "deploy", "kubernetes");

    @RegisterExtension
    final RigNamespace namespace = new RigNamespace();

    @Test
    void everyManifestIsAcceptedByTheApiServersDryRun() throws IOException {
        KubernetesClient client = namespace.objects();
        List<HasMetadata> objects = manifests();
        List<String> accepted = new ArrayList<>();

        for (HasMetadata object : objects) {
            HasMetadata checked = object instanceof Namespace
                    ? client.resource(object).dryRun().create()
                    : client.resource(object).inNamespace(namespace.name()).dryRun().create();
            accepted.add(checked.getKind() + "/" + checked.getMetadata().getName());
        }

        assertThat(accepted).containsExactlyInAnyOrder("Namespace/kubedeck", "ServiceAccount/kubedeck",
                "Secret/kubedeck", "ConfigMap/kubedeck", "Deployment/kubedeck", "Service/kubedeck",
                "Ingress/kubedeck", "HorizontalPodAutoscaler/kubedeck", "PodDisruptionBudget/kubedeck",
                "NetworkPolicy/kubedeck", "StatefulSet/kubedeck-postgres", "Service/kubedeck-postgres");
        assertThat(client.apps().deployments().inNamespace(namespace.name()).list().getItems())
                .as("a dry run stores nothing").isEmpty();
    }

    @Test
    void theDeploymentRunsThreeHardenedReplicasProbedOnTheHealthGroupsAndScalesFromTwoToTen() throws IOException {
        List<HasMetadata> objects = manifests();
        Deployment deployment = only(objects, Deployment.class);
        Container kubedeck = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);

        assertThat(deployment.getSpec().getReplicas()).isEqualTo(3);
        assertThat(deployment.getSpec().getTemplate().getSpec().getSecurityContext().getRunAsNonRoot()).isTrue();
        assertThat(kubedeck.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
        assertThat(kubedeck.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
        assertThat(kubedeck.getSecurityContext().getCapabilities().getDrop()).containsExactly("ALL");
        assertThat(kubedeck.getLivenessProbe().getHttpGet().getPath()).isEqualTo("/actuator/health/liveness");
        assertThat(kubedeck.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/actuator/health/readiness");
        assertThat(kubedeck.getResources().getRequests()).containsKeys("cpu", "memory");
        assertThat(kubedeck.getResources().getLimits()).containsKeys("cpu", "memory");

        HorizontalPodAutoscaler hpa = only(objects, HorizontalPodAutoscaler.class);
        assertThat(hpa.getSpec().getMinReplicas()).isEqualTo(2);
        assertThat(hpa.getSpec().getMaxReplicas()).isEqualTo(10);
        assertThat(hpa.getSpec().getMetrics()).extracting(metric -> metric.getResource().getName() + " "
                + metric.getResource().getTarget().getAverageUtilization()).containsExactly("cpu 70", "memory 80");
    }

    /** Each folder's kustomization.yaml names every manifest beside it, so that {@code kubectl apply -k} applies all. */
    @Test
    void theKustomizationsNameEveryManifest() throws IOException {
        for (Path folder : List.of(MANIFESTS, MANIFESTS.resolve("postgres"))) {
            Map<String, List<String>> kustomization = new Yaml().load(Files.readString(folder.resolve(
                    "kustomization.yaml")));
            List<String> named = kustomization.get("resources").stream().filter(name -> !name.equals("..")).toList();
            try (Stream<Path> files = Files.list(folder)) {
                assertThat(named).as(folder.toString()).containsExactlyInAnyOrderElementsOf(files
                        .map(file -> file.getFileName().toString())
                        .filter(name -> name.endsWith(".yaml") && !name.equals("kustomization.yaml")).toList());
            }
        }
    }

    private List<HasMetadata> manifests() throws IOException {
        List<HasMetadata> objects = new ArrayList<>();
        for (Path folder : List.of(MANIFESTS, MANIFESTS.resolve("postgres"))) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".yaml"))
                        .filter(f -> !f.getFileName().toString().equals("kustomization.yaml")).sorted().toList()) {
                    try (InputStream in = Files.newInputStream(file)) {
                        objects.addAll(namespace.objects().load(in).items());
                    }
                }
            }
        }
        return objects;
    }

    private static <T> T only(List<HasMetadata> objects, Class<T> type) {
        List<T> found = objects.stream().filter(type::isInstance).map(type::cast).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }
}
