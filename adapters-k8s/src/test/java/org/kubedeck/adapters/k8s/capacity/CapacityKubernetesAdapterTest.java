package org.kubedeck.adapters.k8s.capacity;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kubedeck.adapters.k8s.KubernetesCalls;
import org.kubedeck.adapters.k8s.KubernetesClients;
import org.kubedeck.adapters.k8s.testing.KubeconfigYaml;
import org.kubedeck.adapters.k8s.testing.RigNamespace;
import org.kubedeck.domain.capacity.Amounts;
import org.kubedeck.domain.capacity.CapacitySnapshot;
import org.kubedeck.domain.capacity.CapacitySnapshot.PodLoad;
import org.kubedeck.domain.capacity.CapacitySnapshot.PodUsage;

/**
 * Sizes read from the rig's API server; usage from a metrics API, which the rig does not serve, so an in-process
 * WireMock answers it as metrics-server would.
 */
class CapacityKubernetesAdapterTest {

    private static final long GI = 1L << 30;

    @RegisterExtension
    final RigNamespace namespace = new RigNamespace();

    private final CapacityKubernetesAdapter adapter = new CapacityKubernetesAdapter(namespace.calls());
    private final WireMockServer fake = new WireMockServer(options().dynamicPort());

    @AfterEach
    void stop() {
        fake.stop();
    }

    @Test
    void requestsLimitsClaimsAndOwnersAreReadAndTheRigSaysItHasNoMetrics() {
        namespace.create("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: web}
                spec:
                  replicas: 2
                  selector: {matchLabels: {app: web}}
                  template:
                    metadata: {labels: {app: web}}
                    spec:
                      containers:
                      - {name: main, image: "nginx:1.27", resources: {requests: {cpu: 250m, memory: 512Mi}, limits: {cpu: "1", memory: 1Gi}}}
                      - {name: side, image: "busybox:1.36", resources: {limits: {cpu: 100m}}}
                ---
                apiVersion: v1
                kind: Pod
                metadata: {name: bare, labels: {app: bare}}
                spec: {containers: [{name: main, image: "nginx:1.27"}]}
                ---
                apiVersion: v1
                kind: PersistentVolumeClaim
                metadata: {name: data}
                spec:
                  accessModes: [ReadWriteOnce]
                  resources: {requests: {storage: 2Gi}}
                """);
        namespace.awaitRunning("app=web", 2);
        namespace.awaitRunning("app=bare", 1);

        CapacitySnapshot snapshot = adapter.read(namespace.access(), namespace.name());

        assertThat(snapshot.metrics()).isFalse();
        assertThat(snapshot.metricsProblem()).contains("metrics.k8s.io");
        assertThat(snapshot.nodes()).extracting(node -> node.allocatable().cpu()).containsOnly(64_000L);
        assertThat(snapshot.pods()).filteredOn(pod -> pod.workload().equals("deployment/web")).hasSize(2)
                .allSatisfy(pod -> {
                    // A limit without a request counts as the request: side's 100m.
                    assertThat(pod.requests()).isEqualTo(new Amounts(350, 512L << 20));
                    assertThat(pod.limits()).isEqualTo(new Amounts(1100, GI));
                    assertThat(pod.unrequested()).isFalse();
                    assertThat(pod.node()).isNotEmpty();
                });
        assertThat(snapshot.pods()).filteredOn(pod -> pod.name().equals("bare")).singleElement()
                .satisfies(pod -> {
                    assertThat(pod.workload()).isEmpty();
                    assertThat(pod.unrequested()).isTrue();
                });
        assertThat(snapshot.claims()).singleElement().satisfies(claim -> assertThat(claim.bytes())
                .isEqualTo(2 * GI));
    }

    @Test
    void usageIsReadFromTheMetricsApiWhereTheClusterServesIt() {
        fake.start();
        fake.stubFor(get(urlPathEqualTo("/api/v1/nodes")).willReturn(okJson("""
                {"kind": "NodeList", "apiVersion": "v1", "metadata": {}, "items": [{"metadata": {"name": "node-a"},
                 "status": {"allocatable": {"cpu": "4", "memory": "16Gi"}}}]}""")));
        fake.stubFor(get(urlPathEqualTo("/api/v1/namespaces/shop/pods")).willReturn(okJson("""
                {"kind": "PodList", "apiVersion": "v1", "metadata": {}, "items": [{"metadata": {"name": "web-1",
                 "namespace": "shop"}, "spec": {"nodeName": "node-a", "containers": [{"name": "main",
                 "resources": {"requests": {"cpu": "1", "memory": "1Gi"}}}]}, "status": {"phase": "Running"}},
                 {"metadata": {"name": "done", "namespace": "shop"}, "spec": {"containers": [{"name": "main"}]},
                 "status": {"phase": "Succeeded"}}]}""")));
        fake.stubFor(get(urlPathEqualTo("/api/v1/namespaces/shop/persistentvolumeclaims")).willReturn(okJson("""
                {"kind": "PersistentVolumeClaimList", "apiVersion": "v1", "metadata": {}, "items": []}""")));
        fake.stubFor(get(urlPathEqualTo("/apis/metrics.k8s.io/v1beta1/namespaces/shop/pods")).willReturn(okJson("""
                {"kind": "PodMetricsList", "apiVersion": "metrics.k8s.io/v1beta1", "metadata": {}, "items": [
                 {"metadata": {"name": "web-1", "namespace": "shop"}, "timestamp": "2026-12-07T10:00:00Z",
                  "window": "30s", "containers": [{"name": "main", "usage": {"cpu": "123456789n",
                  "memory": "300Mi"}}]}]}""")));
        try (KubernetesClients clients = new KubernetesClients(List.of()); KubernetesCalls calls =
                new KubernetesCalls(clients)) {
            CapacitySnapshot snapshot = new CapacityKubernetesAdapter(calls).read(
                    KubeconfigYaml.forServer(fake.baseUrl()).access(), "shop");

            assertThat(snapshot.metrics()).isTrue();
            assertThat(snapshot.pods()).extracting(PodLoad::name).as("a pod that ended holds nothing")
                    .containsExactly("web-1");
            assertThat(snapshot.usage()).containsExactly(new PodUsage("shop", "web-1", new Amounts(124, 300L << 20)));
        }
    }
}
