package org.kubedeck.adapters.k8s.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kubedeck.adapters.k8s.testing.FakeCluster;
import org.kubedeck.application.desktop.port.out.DesktopCluster.DesktopSpec;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.desktop.ClusterCapacity;
import org.kubedeck.domain.desktop.DesktopAddress;
import org.kubedeck.domain.desktop.DesktopNames;
import org.kubedeck.domain.desktop.DesktopPhase;
import org.kubedeck.domain.desktop.DesktopPod;
import org.kubedeck.domain.desktop.DesktopResources;
import org.kubedeck.domain.desktop.DesktopState;
import org.kubedeck.domain.user.Username;


/**
 * On fabric8's API fake, only what the real API server of DesktopKubernetesAdapterTest cannot be made to show:
 * the rig pulls no images and restarts no containers, so their pod statuses are seeded as a kubelet would leave
 * them; and exact sums over every node and pod need a cluster no other suite is using at the same time.
 */
class DesktopKubernetesAdapterFakeTest {

    private static final String NS = "vnc-pods";
    private static final String IMAGE = "kasmweb/desktop:1.16.0";
    private static final Username ALICE = Username.of("alice");
    private static final DesktopNames ALICE_DESKTOP = DesktopNames.of(ALICE);
    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

    private final FakeCluster fake = FakeCluster.crud();
    private final KubernetesClient objects = fake.objects();
    private final ClusterAccess cluster = fake.access();
    private final DesktopKubernetesAdapter adapter = new DesktopKubernetesAdapter(fake.calls());

    @AfterEach
    void stop() {
        fake.close();
    }

    /** The rig has no images to pull: its kubelet runs every container at once. */
    @Test
    void aDesktopWhosePodCannotPullItsImageIsCreatingThenFailed() {
        adapter.provision(cluster, spec());
        objects.pods().inNamespace(NS).resource(desktopPod()
                .editStatus().withPhase("Pending")
                .addNewCondition().withType("Ready").withStatus("False").endCondition()
                .addToContainerStatuses(new ContainerStatusBuilder().withName("desktop").withImage(IMAGE)
                        .withImageID("").withReady(false).withRestartCount(0)
                        .withNewState().withNewWaiting().withReason("ImagePullBackOff")
                        .withMessage("Back-off pulling image \"" + IMAGE + "\"").endWaiting().endState()
                        .build())
                .endStatus().build()).create();

        DesktopState state = adapter.find(cluster, NS, ALICE_DESKTOP).orElseThrow();

        assertThat(state.name()).isEqualTo("vnc-alice");
        assertThat(state.replicas()).isEqualTo(1);
        DesktopPod pod = state.pod();
        assertThat(pod.name()).isEqualTo("vnc-alice-0");
        assertThat(pod.phase()).isEqualTo("Pending");
        assertThat(pod.ready()).isFalse();
        assertThat(pod.node()).isEqualTo("node-a");
        assertThat(pod.podIp()).isEqualTo("10.244.1.7");
        assertThat(pod.createdAt()).isCloseTo(Instant.now(), within(1, ChronoUnit.MINUTES));
        assertThat(pod.waitingReason()).isEqualTo("ImagePullBackOff");
        assertThat(pod.waitingMessage()).isEqualTo("Back-off pulling image \"" + IMAGE + "\"");
        assertThat(pod.restarts()).isZero();
        assertThat(state.status(Instant.now(), START_TIMEOUT)).extracting(DesktopState.Status::phase,
                DesktopState.Status::reasonText).containsExactly(DesktopPhase.CREATING,
                "ImagePullBackOff: Back-off pulling image \"" + IMAGE + "\"");
        assertThat(state.status(Instant.now().plus(Duration.ofMinutes(6)), START_TIMEOUT).phase())
                .isEqualTo(DesktopPhase.FAILED);
    }

    /** The rig's containers never exit, so none is restarted. */
    @Test
    void aDesktopWhoseContainerKeepsCrashingShowsItsRestartsAndWhy() {
        adapter.provision(cluster, spec());
        objects.pods().inNamespace(NS).resource(desktopPod()
                .editStatus().withPhase("Running")
                .addNewCondition().withType("Ready").withStatus("False").endCondition()
                .addToContainerStatuses(new ContainerStatusBuilder().withName("desktop").withImage(IMAGE)
                        .withImageID("").withReady(false).withRestartCount(2)
                        .withNewState().withNewWaiting().withReason("CrashLoopBackOff")
                        .withMessage("back-off 20s restarting failed container").endWaiting().endState()
                        .build())
                .endStatus().build()).create();

        DesktopState state = adapter.list(cluster, NS).get(0);

        assertThat(state.pod().restarts()).isEqualTo(2);
        assertThat(state.status(Instant.now(), START_TIMEOUT)).extracting(DesktopState.Status::phase,
                DesktopState.Status::reasonText).containsExactly(DesktopPhase.CREATING,
                "CrashLoopBackOff: back-off 20s restarting failed container");
    }

    /** Every node and every pod of the cluster is summed; on the shared rig other suites' pods come and go. */
    @Test
    void capacitySumsSchedulableNodesAndThePodsThatAreNotFinished() {
        node("node-a", "4", "16Gi", false);
        node("node-b", "3500m", "8Gi", false);
        node("node-c", "8", "32Gi", true);
        requestingPod("default", "web", "Running", Map.of("cpu", "500m", "memory", "1Gi"),
                Map.of("cpu", "250m", "memory", "512Mi"));
        requestingPod(NS, "vnc-alice-0", "Pending", Map.of("cpu", "2", "memory", "4Gi"));
        requestingPod("default", "job-done", "Succeeded", Map.of("cpu", "8", "memory", "8Gi"));
        requestingPod("default", "job-failed", "Failed", Map.of("cpu", "8", "memory", "8Gi"));
        // A typo a real cluster accepts: 1500 thousandths of a byte, rounded up rather than refused.
        requestingPod("default", "odd", "Running", Map.of("memory", "1500m"));
        requestingPod("default", "best-effort", "Running", Map.of());

        ClusterCapacity capacity = adapter.capacity(cluster);

        assertThat(capacity).isEqualTo(new ClusterCapacity(2, 7500, 24L << 30, 2750,
                (1L << 30) + (512L << 20) + (4L << 30) + 2));
    }

    private static DesktopSpec spec() {
        return new DesktopSpec(ALICE_DESKTOP, ALICE, NS, DesktopResources.parse("2", "4Gi", "10Gi"), IMAGE,
                "1920x1080", "s3cret", "/home/kasm-user", new DesktopAddress("desk.example.com", true), "nginx",
                "desktops-tls", "ingress-nginx");
    }

    /** The pod the StatefulSet controller would make, scheduled and with an IP, without status conditions. */
    private static PodBuilder desktopPod() {
        return new PodBuilder()
                .withNewMetadata().withName("vnc-alice-0").withNamespace(NS).withLabels(Map.of(
                        "app.kubernetes.io/managed-by", "kubedeck", "app.kubernetes.io/name", "vnc-desktop",
                        "kubedeck.io/user", "alice"))
                .withAnnotations(Map.of("kubedeck.io/username", "alice")).endMetadata()
                .withNewSpec().withNodeName("node-a").addNewContainer().withName("desktop").withImage(IMAGE)
                .endContainer().endSpec()
                .withNewStatus().withPhase("Pending").withPodIP("10.244.1.7").endStatus();
    }

    private void node(String name, String cpu, String memory, boolean cordoned) {
        objects.nodes().resource(new NodeBuilder()
                .withNewMetadata().withName(name).endMetadata()
                .withNewSpec().withUnschedulable(cordoned).endSpec()
                .withNewStatus().addToAllocatable("cpu", new Quantity(cpu)).addToAllocatable("memory",
                        new Quantity(memory)).endStatus()
                .build()).create();
    }

    /** One container per map of requests. */
    @SafeVarargs
    private void requestingPod(String namespace, String name, String phase, Map<String, String>... containers) {
        PodBuilder pod = new PodBuilder().withNewMetadata().withName(name).withNamespace(namespace).endMetadata()
                .withNewSpec().endSpec()
                .withNewStatus().withPhase(phase).endStatus();
        for (int i = 0; i < containers.length; i++) {
            Map<String, Quantity> requests = containers[i].entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, entry -> new Quantity(entry.getValue())));
            pod.editSpec().addNewContainer().withName("c" + i).withImage("nginx").withNewResources()
                    .withRequests(requests).endResources().endContainer().endSpec();
        }
        objects.pods().inNamespace(namespace).resource(pod.build()).create();
    }
}
