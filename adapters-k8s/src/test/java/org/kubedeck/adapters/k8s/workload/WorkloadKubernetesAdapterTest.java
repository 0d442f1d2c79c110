package org.kubedeck.adapters.k8s.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpecBuilder;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.DaemonSetBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kubedeck.adapters.k8s.testing.FakeCluster;
import org.kubedeck.adapters.k8s.testing.KubeconfigYaml;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.NotFoundException;
import org.kubedeck.domain.cluster.ClusterUnavailableException;
import org.kubedeck.domain.workload.PodView;
import org.kubedeck.domain.workload.ServiceView;
import org.kubedeck.domain.workload.WorkloadType;
import org.kubedeck.domain.workload.WorkloadView;

/** Objects are seeded with fabric8's client, whose builders set apiVersion and kind as the fake requires. */
class WorkloadKubernetesAdapterTest {

    private static final String SHOP = "shop";
    private static final Map<String, String> WEB = Map.of("app", "web");

    private final FakeCluster fake = FakeCluster.crud();
    private final KubernetesClient objects = fake.objects();
    private final ClusterAccess cluster = fake.access();
    private final WorkloadKubernetesAdapter adapter = new WorkloadKubernetesAdapter(fake.calls());

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void namespacesAreSortedByName() {
        for (String name : List.of("shop", "default", "kube-system")) {
            objects.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(name).endMetadata()
                    .build()).create();
        }

        assertThat(adapter.namespaces(cluster)).containsExactly("default", "kube-system", "shop");
    }

    @Test
    void onlyExistingNamespacesExist() {
        objects.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(SHOP).endMetadata().build())
                .create();

        assertThat(adapter.namespaceExists(cluster, SHOP)).isTrue();
        assertThat(adapter.namespaceExists(cluster, "elsewhere")).isFalse();
    }

    @Test
    void deploymentsShowTheirSelectorAndReplicas() {
        objects.apps().deployments().inNamespace(SHOP).resource(new DeploymentBuilder()
                .withNewMetadata().withName("web").endMetadata()
                .withNewSpec().withReplicas(3).withNewSelector().withMatchLabels(WEB).endSelector()
                .withTemplate(template(WEB)).endSpec()
                .withNewStatus().withReadyReplicas(2).endStatus()
                .build()).create();
        objects.apps().deployments().inNamespace(SHOP).resource(new DeploymentBuilder()
                .withNewMetadata().withName("api").endMetadata()
                .withNewSpec().withReplicas(1).withNewSelector().withMatchLabels(Map.of("app", "api")).endSelector()
                .withTemplate(template(Map.of("app", "api"))).endSpec()
                .build()).create();

        assertThat(adapter.workloads(cluster, SHOP, WorkloadType.DEPLOYMENT)).containsExactly(
                new WorkloadView("api", WorkloadType.DEPLOYMENT, Map.of("app", "api"), 1, 0),
                new WorkloadView("web", WorkloadType.DEPLOYMENT, WEB, 3, 2));
    }

    @Test
    void statefulSetsShowTheirSelectorAndReplicas() {
        objects.apps().statefulSets().inNamespace(SHOP).resource(new StatefulSetBuilder()
                .withNewMetadata().withName("db").endMetadata()
                .withNewSpec().withReplicas(2).withNewSelector().withMatchLabels(Map.of("app", "db")).endSelector()
                .withServiceName("db").withTemplate(template(Map.of("app", "db"))).endSpec()
                .withNewStatus().withReplicas(2).withReadyReplicas(1).endStatus()
                .build()).create();

        assertThat(adapter.workloads(cluster, SHOP, WorkloadType.STATEFULSET)).containsExactly(
                new WorkloadView("db", WorkloadType.STATEFULSET, Map.of("app", "db"), 2, 1));
    }

    @Test
    void daemonSetsWantOnePodPerScheduledNode() {
        objects.apps().daemonSets().inNamespace(SHOP).resource(new DaemonSetBuilder()
                .withNewMetadata().withName("agent").endMetadata()
                .withNewSpec().withNewSelector().withMatchLabels(Map.of("app", "agent")).endSelector()
                .withTemplate(template(Map.of("app", "agent"))).endSpec()
                .withNewStatus().withDesiredNumberScheduled(4).withNumberReady(3).withCurrentNumberScheduled(4)
                .withNumberMisscheduled(0).endStatus()
                .build()).create();

        assertThat(adapter.workloads(cluster, SHOP, WorkloadType.DAEMONSET)).containsExactly(
                new WorkloadView("agent", WorkloadType.DAEMONSET, Map.of("app", "agent"), 4, 3));
    }

    @Test
    void barePodsAreTheWorkloadsOfTypePodAndOwnedPodsAreNot() {
        create(pod("debug").withLabels(Map.of("run", "debug")).ready(true));
        create(pod("web-1").withLabels(WEB).ownedByReplicaSet("web-5d8f"));
        create(pod("scratch").ready(false));

        assertThat(adapter.workloads(cluster, SHOP, WorkloadType.POD)).containsExactly(
                new WorkloadView("debug", WorkloadType.POD, Map.of("run", "debug"), 1, 1),
                new WorkloadView("scratch", WorkloadType.POD, Map.of(), 1, 0));
    }

    @Test
    void oneWorkloadIsFoundByTypeAndName() {
        objects.apps().deployments().inNamespace(SHOP).resource(new DeploymentBuilder()
                .withNewMetadata().withName("web").endMetadata()
                .withNewSpec().withReplicas(2).withNewSelector().withMatchLabels(WEB).endSelector()
                .withTemplate(template(WEB)).endSpec()
                .build()).create();
        create(pod("web-1").withLabels(WEB).ownedByReplicaSet("web-5d8f"));

        assertThat(adapter.workload(cluster, SHOP, WorkloadType.DEPLOYMENT, "web"))
                .contains(new WorkloadView("web", WorkloadType.DEPLOYMENT, WEB, 2, 0));
        assertThat(adapter.workload(cluster, SHOP, WorkloadType.STATEFULSET, "web")).isEmpty();
        assertThat(adapter.workload(cluster, SHOP, WorkloadType.POD, "web-1"))
                .as("a pod a controller owns is not a workload of its own").isEmpty();
    }

    @Test
    void podsOfADeploymentAreTheOnesItsSelectorPicks() {
        create(pod("web-2").withLabels(Map.of("app", "web", "load", "online")));
        create(pod("web-1").withLabels(Map.of("app", "web", "load", "done")));
        create(pod("db-1").withLabels(Map.of("app", "db")));

        List<PodView> pods = adapter.pods(cluster, SHOP, deploymentSelecting(WEB));

        assertThat(pods).extracting(PodView::name).containsExactly("web-1", "web-2");
        assertThat(pods.get(0).labels()).containsEntry("load", "done");
    }

    @Test
    void matchExpressionsOfADeploymentAreHonoured() {
        objects.apps().deployments().inNamespace(SHOP).resource(new DeploymentBuilder()
                .withNewMetadata().withName("front").endMetadata()
                .withNewSpec().withReplicas(2).withNewSelector().withMatchLabels(WEB)
                .addNewMatchExpression().withKey("tier").withOperator("In").withValues("front", "edge")
                .endMatchExpression().addNewMatchExpression().withKey("canary").withOperator("DoesNotExist")
                .endMatchExpression().endSelector()
                .withTemplate(template(Map.of("app", "web", "tier", "front"))).endSpec().build()).create();
        create(pod("front-1").withLabels(Map.of("app", "web", "tier", "front")));
        create(pod("edge-1").withLabels(Map.of("app", "web", "tier", "edge")));
        create(pod("back-1").withLabels(Map.of("app", "web", "tier", "back")));
        create(pod("canary-1").withLabels(Map.of("app", "web", "tier", "front", "canary", "yes")));

        WorkloadView front = adapter.workload(cluster, SHOP, WorkloadType.DEPLOYMENT, "front").orElseThrow();

        assertThat(front.expressions()).hasSize(2);
        assertThat(adapter.pods(cluster, SHOP, front)).extracting(PodView::name)
                .containsExactly("edge-1", "front-1");
    }

    @Test
    void podsShowTheNodesInternalIpNotItsName() {
        createNode("node-a", "10.0.0.11");
        createNode("node-b", "10.0.0.12");
        create(pod("web-1").withLabels(WEB).onNode("node-b"));

        PodView pod = adapter.pods(cluster, SHOP, deploymentSelecting(WEB)).get(0);

        assertThat(pod.nodeName()).isEqualTo("node-b");
        assertThat(pod.nodeIp()).isEqualTo("10.0.0.12");
    }

    @Test
    void podsShowTheirIpRestartsAndReadiness() {
        create(pod("web-1").withLabels(WEB).ready(true).podIp("10.244.1.7").containers(2, 2, 3));
        create(pod("web-2").withLabels(WEB).ready(false).containers(2, 1, 1));

        List<PodView> pods = adapter.pods(cluster, SHOP, deploymentSelecting(WEB));

        PodView ready = pods.get(0);
        assertThat(ready.podIp()).isEqualTo("10.244.1.7");
        assertThat(ready.phase()).isEqualTo("Running");
        assertThat(ready.ready()).isTrue();
        assertThat(ready.readyText()).isEqualTo("2/2");
        assertThat(ready.restarts()).isEqualTo(6);
        assertThat(ready.createdAt()).isNotNull();
        assertThat(ready.namespace()).isEqualTo(SHOP);
        PodView notReady = pods.get(1);
        assertThat(notReady.ready()).isFalse();
        assertThat(notReady.readyText()).isEqualTo("1/2");
        assertThat(notReady.restarts()).isEqualTo(2);
    }

    @Test
    void aPodOnANodeThatIsGoneHasNoNodeIp() {
        create(pod("web-1").withLabels(WEB).onNode("vanished"));

        assertThat(adapter.pods(cluster, SHOP, deploymentSelecting(WEB))).singleElement()
                .satisfies(pod -> assertThat(pod.nodeIp()).isNull());
        assertThat(adapter.pod(cluster, SHOP, "web-1")).hasValueSatisfying(pod -> assertThat(pod.nodeIp()).isNull());
    }

    @Test
    void aCredentialThatMayNotListNodesStillSeesThePods() {
        try (FakeCluster restricted = FakeCluster.withCannedAnswers()) {
            restricted.expect().get().withPath("/api/v1/nodes").andReturn(403, """
                    {"kind":"Status","apiVersion":"v1","status":"Failure","reason":"Forbidden","code":403,
                    "message":"nodes is forbidden"}""").always();
            restricted.objects().pods().inNamespace(SHOP).resource(pod("web-1").withLabels(WEB).onNode("node-a")
                    .build()).create();

            assertThat(adapter.pods(restricted.access(), SHOP, deploymentSelecting(WEB))).singleElement()
                    .satisfies(pod -> assertThat(pod.nodeIp()).isNull());
        }
    }

    @Test
    void aClusterThatCannotBeReachedIsUnavailable() {
        ClusterAccess unreachable = KubeconfigYaml.forServer(FakeCluster.unreachableUrl()).access();

        assertThatThrownBy(() -> adapter.namespaces(unreachable))
                .isInstanceOf(ClusterUnavailableException.class)
                .hasMessageContaining("Cannot reach");
    }

    @Test
    void theOnlyPodOfABarePodIsItself() {
        createNode("node-a", "10.0.0.11");
        create(pod("debug").withLabels(WEB).onNode("node-a"));
        create(pod("web-1").withLabels(WEB));

        List<PodView> pods = adapter.pods(cluster, SHOP, new WorkloadView("debug", WorkloadType.POD, WEB, 1, 1));

        assertThat(pods).singleElement().satisfies(pod -> {
            assertThat(pod.name()).isEqualTo("debug");
            assertThat(pod.nodeIp()).isEqualTo("10.0.0.11");
        });
    }

    @Test
    void aWorkloadWithoutSelectorHasNoPods() {
        create(pod("web-1").withLabels(WEB));

        assertThat(adapter.pods(cluster, SHOP, deploymentSelecting(Map.of()))).isEmpty();
    }

    @Test
    void onePodIsFoundByName() {
        createNode("node-a", "10.0.0.11");
        create(pod("web-1").withLabels(WEB).onNode("node-a"));

        assertThat(adapter.pod(cluster, SHOP, "web-1")).hasValueSatisfying(pod -> {
            assertThat(pod.nodeIp()).isEqualTo("10.0.0.11");
            assertThat(pod.labels()).isEqualTo(WEB);
        });
        assertThat(adapter.pod(cluster, SHOP, "web-9")).isEmpty();
    }

    @Test
    void servicesShowTheirSelector() {
        objects.services().inNamespace(SHOP).resource(new ServiceBuilder()
                .withNewMetadata().withName("web").endMetadata()
                .withNewSpec().withSelector(Map.of("app", "web", "load", "online")).endSpec()
                .build()).create();
        objects.services().inNamespace(SHOP).resource(new ServiceBuilder()
                .withNewMetadata().withName("external").endMetadata()
                .withNewSpec().withType("ExternalName").withExternalName("db.example").endSpec()
                .build()).create();

        assertThat(adapter.services(cluster, SHOP)).containsExactly(
                new ServiceView("external", Map.of()),
                new ServiceView("web", Map.of("app", "web", "load", "online")));
    }

    @Test
    void setLabelChangesTheLabelOnTheCluster() {
        createNode("node-a", "10.0.0.11");
        create(pod("web-1").withLabels(Map.of("app", "web", "load", "online")).onNode("node-a"));

        PodView answered = adapter.setLabel(cluster, SHOP, "web-1", "load", "done");

        assertThat(answered.label("load")).isEqualTo("done");
        assertThat(answered.nodeIp()).isEqualTo("10.0.0.11");
        assertThat(objects.pods().inNamespace(SHOP).withName("web-1").get().getMetadata().getLabels())
                .isEqualTo(Map.of("app", "web", "load", "done"));
    }

    @Test
    void setLabelAddsALabelThePodDidNotHave() {
        create(pod("web-1").withLabels(WEB));

        adapter.setLabel(cluster, SHOP, "web-1", "load", "online");

        assertThat(objects.pods().inNamespace(SHOP).withName("web-1").get().getMetadata().getLabels())
                .isEqualTo(Map.of("app", "web", "load", "online"));
    }

    @Test
    void settingTheSameLabelTwiceIsHarmless() {
        create(pod("web-1").withLabels(Map.of("app", "web", "load", "online")));

        PodView first = adapter.setLabel(cluster, SHOP, "web-1", "load", "done");
        PodView second = adapter.setLabel(cluster, SHOP, "web-1", "load", "done");

        assertThat(second.labels()).isEqualTo(first.labels()).containsEntry("load", "done");
        assertThat(objects.pods().inNamespace(SHOP).withName("web-1").get().getMetadata().getLabels())
                .containsEntry("load", "done");
    }

    @Test
    void labellingAMissingPodIsNotFound() {
        assertThatThrownBy(() -> adapter.setLabel(cluster, SHOP, "ghost", "load", "done"))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("Pod shop/ghost does not exist.");
    }

    /** client-java refuses workloads without the pod template a real API server always has. */
    private static PodTemplateSpec template(Map<String, String> labels) {
        return new PodTemplateSpecBuilder().withNewMetadata().withLabels(labels).endMetadata()
                .withNewSpec().addNewContainer().withName("main").withImage("nginx").endContainer().endSpec()
                .build();
    }

    private static WorkloadView deploymentSelecting(Map<String, String> selector) {
        return new WorkloadView("web", WorkloadType.DEPLOYMENT, selector, 2, 2);
    }

    private void createNode(String name, String internalIp) {
        // Hostname and ExternalIP come first, as on cloud nodes, so only the right type can match.
        objects.nodes().resource(new NodeBuilder()
                .withNewMetadata().withName(name).endMetadata()
                .withNewStatus()
                .addNewAddress().withType("Hostname").withAddress(name).endAddress()
                .addNewAddress().withType("ExternalIP").withAddress("203.0.113.9").endAddress()
                .addNewAddress().withType("InternalIP").withAddress(internalIp).endAddress()
                .endStatus()
                .build()).create();
    }

    private void create(SeedPod seed) {
        objects.pods().inNamespace(SHOP).resource(seed.build()).create();
    }

    private static SeedPod pod(String name) {
        return new SeedPod(name);
    }

    /** A pod as a kubelet would have reported it; the fake runs no kubelet. */
    private static final class SeedPod {

        private final PodBuilder pod = new PodBuilder();

        SeedPod(String name) {
            pod.withNewMetadata().withName(name).withNamespace(SHOP).endMetadata()
                    .withNewSpec().addNewContainer().withName("main").withImage("nginx").endContainer().endSpec()
                    .withNewStatus().withPhase("Running").endStatus();
        }

        SeedPod withLabels(Map<String, String> labels) {
            pod.editMetadata().withLabels(labels).endMetadata();
            return this;
        }

        SeedPod ownedByReplicaSet(String replicaSet) {
            pod.editMetadata().withOwnerReferences(new OwnerReferenceBuilder().withApiVersion("apps/v1")
                    .withKind("ReplicaSet").withName(replicaSet).withUid("uid-" + replicaSet).withController(true)
                    .build()).endMetadata();
            return this;
        }

        SeedPod onNode(String node) {
            pod.editSpec().withNodeName(node).endSpec();
            return this;
        }

        SeedPod podIp(String ip) {
            pod.editStatus().withPodIP(ip).endStatus();
            return this;
        }

        SeedPod ready(boolean ready) {
            pod.editStatus().addNewCondition().withType("Ready").withStatus(ready ? "True" : "False").endCondition()
                    .endStatus();
            return this;
        }

        /** {@code total} containers, the first {@code readyCount} ready, each restarted {@code restartsEach} times. */
        SeedPod containers(int total, int readyCount, int restartsEach) {
            pod.editSpec().withContainers().endSpec();
            for (int i = 0; i < total; i++) {
                String name = "c" + i;
                pod.editSpec().addNewContainer().withName(name).withImage("nginx").endContainer().endSpec();
                pod.editStatus().addToContainerStatuses(new ContainerStatusBuilder().withName(name)
                        .withImage("nginx").withImageID("").withReady(i < readyCount)
                        .withRestartCount(restartsEach).build()).endStatus();
            }
            return this;
        }

        Pod build() {
            return pod.build();
        }
    }
}
