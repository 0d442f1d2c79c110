package org.kubedeck.adapters.k8s.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.kubedeck.adapters.k8s.testing.RigNamespace.await;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.NodeCondition;
import io.fabric8.kubernetes.api.model.NodeConditionBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.TaintBuilder;
import io.fabric8.kubernetes.api.model.apps.DaemonSetBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kubedeck.adapters.k8s.KubernetesCalls;
import org.kubedeck.adapters.k8s.testing.ChangeAfterRead;
import org.kubedeck.adapters.k8s.testing.FakeCluster;
import org.kubedeck.adapters.k8s.testing.KubeconfigYaml;
import org.kubedeck.adapters.k8s.testing.RigNamespace;
import org.kubedeck.domain.ConflictException;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.NotFoundException;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.cluster.ClusterUnavailableException;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.node.NodeSelectorTerm;
import org.kubedeck.domain.node.NodeView;
import org.kubedeck.domain.node.PendingPod;
import org.kubedeck.domain.node.SchedulingChange;
import org.kubedeck.domain.node.SchedulingConstraints;
import org.kubedeck.domain.node.Taint;
import org.kubedeck.domain.node.Taint.Effect;
import org.kubedeck.domain.node.Toleration;
import org.kubedeck.domain.node.WorkloadScheduling;

/**
 * On the real API server, with its scheduler and controllers. The rig's nodes node-a and node-b are shared with
 * every other test, so they are only read here; taints are changed on nodes the test creates itself (no kubelet
 * runs them: their status is what the test gives them, until the node controller finds them silent after about
 * 40 seconds) and deletes afterwards. Each such node carries a NoSchedule taint of the test's own from the start,
 * so no other test's pods are scheduled there. Objects are read back with an independent client.
 */
class NodeKubernetesAdapterTest {

    private static final Duration SOON = Duration.ofSeconds(20);
    private static final String ADDED_AT = "2026-01-01T00:00:00Z";
    private static final String FENCE = "kubedeck.test/fence";
    /** Set on every node by the TTL controller right after it is created: a write to wait out before changing it. */
    private static final String TTL = "node.alpha.kubernetes.io/ttl";

    @RegisterExtension
    final RigNamespace namespace = new RigNamespace();

    private final ChangeAfterRead meanwhile = new ChangeAfterRead();
    private final KubernetesCalls calls = namespace.calls(meanwhile);
    private final NodeKubernetesAdapter adapter = new NodeKubernetesAdapter(calls);
    private final List<String> ownNodes = new ArrayList<>();
    private final String nodePrefix = "t-node-" + UUID.randomUUID().toString().substring(0, 8);
    private final KubernetesClient objects = namespace.objects();
    private final ClusterAccess cluster = namespace.access();
    private final String shop = namespace.name();
    private final String other = namespace.other();

    @AfterEach
    void stop() {
        ownNodes.forEach(node -> objects.nodes().withName(node).delete());
    }

    @Test
    void aDeploymentsSchedulingConstraintsReadAsLines() {
        seedConstrainedDeployment();

        var constraints = adapter.scheduling(cluster, ResourceKind.DEPLOYMENT, shop, "web");

        assertThat(constraints.nodeSelector()).isEqualTo(Map.of("disktype", "ssd"));
        assertThat(constraints.nodeAffinity()).containsExactly("required: zone in (a, b)",
                "preferred (weight 50): gpu");
        assertThat(constraints.requiredNodeTerms()).extracting(NodeSelectorTerm::describe)
                .containsExactly("zone in (a, b)");
        assertThat(constraints.podAntiAffinity()).containsExactly("required on kubernetes.io/hostname: app=web");
        assertThat(constraints.podAffinity()).isEmpty();
        assertThat(constraints.tolerations()).extracting(Toleration::describe).containsExactly(
                "dedicated=shop:NoSchedule", "node.kubernetes.io/unreachable:NoExecute for 300s");
        assertThatThrownBy(() -> adapter.scheduling(cluster, ResourceKind.DEPLOYMENT, shop, "ghost"))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("Deployment " + shop + "/ghost does not exist.");
        assertThatThrownBy(() -> adapter.scheduling(cluster, ResourceKind.CONFIGMAP, shop, "web"))
                .isInstanceOf(InvalidInputException.class);
    }

    /** The server's DefaultTolerationSeconds admission gives every pod two tolerations it did not ask for. */
    @Test
    void aPodsConstraintsIncludeTheTolerationsTheServerGaveIt() {
        namespace.create("""
                apiVersion: v1
                kind: Pod
                metadata: {name: pinned}
                spec:
                  nodeSelector: {kubernetes.io/hostname: node-b}
                  containers: [{name: main, image: busybox}]
                """);

        SchedulingConstraints constraints = adapter.scheduling(cluster, ResourceKind.POD, shop, "pinned");

        assertThat(constraints.nodeSelector()).isEqualTo(Map.of("kubernetes.io/hostname", "node-b"));
        assertThat(constraints.tolerations()).extracting(Toleration::describe).containsExactly(
                "node.kubernetes.io/not-ready:NoExecute for 300s", "node.kubernetes.io/unreachable:NoExecute for 300s");
        await(SOON, () -> "127.0.1.42".equals(objects.pods().inNamespace(shop).withName("pinned").get().getStatus()
                .getHostIP()));
    }

    @Test
    void changingSchedulingReplacesSelectorRequiredAffinityAndTolerationsAndKeepsTheRest() {
        seedConstrainedDeployment();

        SchedulingConstraints after = adapter.changeScheduling(cluster, ResourceKind.DEPLOYMENT, shop, "web",
                SchedulingChange.parse("pool=blue\nkubernetes.io/arch=arm64",
                        "zone in (c), cores > 8\nfield:metadata.name in (node-9)", "gpu=true:NoSchedule\n*:NoExecute"));

        PodSpec template = storedTemplate();
        assertThat(template.getNodeSelector()).isEqualTo(Map.of("pool", "blue", "kubernetes.io/arch", "arm64"));
        var nodeAffinity = template.getAffinity().getNodeAffinity();
        assertThat(nodeAffinity.getRequiredDuringSchedulingIgnoredDuringExecution().getNodeSelectorTerms())
                .extracting(term -> term.getMatchExpressions().stream().map(r -> r.getKey() + " " + r.getOperator()
                        + " " + r.getValues()).toList() + " " + term.getMatchFields().stream().map(r -> r.getKey()
                        + " " + r.getOperator() + " " + r.getValues()).toList())
                .containsExactly("[zone In [c], cores Gt [8]] []", "[] [metadata.name In [node-9]]");
        assertThat(nodeAffinity.getPreferredDuringSchedulingIgnoredDuringExecution()).singleElement()
                .satisfies(preferred -> assertThat(preferred.getWeight()).isEqualTo(50));
        assertThat(template.getAffinity().getPodAntiAffinity().getRequiredDuringSchedulingIgnoredDuringExecution())
                .singleElement().satisfies(term -> assertThat(term.getTopologyKey())
                        .isEqualTo("kubernetes.io/hostname"));
        assertThat(template.getTolerations()).extracting(t -> t.getKey() + "|" + t.getOperator() + "|"
                + t.getValue() + "|" + t.getEffect()).containsExactly("gpu|Equal|true|NoSchedule",
                "null|Exists|null|NoExecute");
        assertThat(template.getContainers()).singleElement().satisfies(c -> assertThat(c.getImage())
                .isEqualTo("nginx"));
        assertThat(deployment("web").getSpec().getReplicas()).isEqualTo(3);
        assertThat(after.nodeAffinity()).containsExactly(
                "required: zone=c, cores > 8 or field:metadata.name=node-9", "preferred (weight 50): gpu");
        assertThat(after.podAntiAffinity()).containsExactly("required on kubernetes.io/hostname: app=web");
        assertThat(after.tolerations()).extracting(Toleration::describe)
                .containsExactly("gpu=true:NoSchedule", "*:NoExecute");
    }

    @Test
    void emptyPartsAreRemovedAndPartsLeftOutStay() {
        seedConstrainedDeployment();

        adapter.changeScheduling(cluster, ResourceKind.DEPLOYMENT, shop, "web",
                SchedulingChange.fromLines(Map.of(), List.of(), null));

        PodSpec template = storedTemplate();
        assertThat(template.getNodeSelector()).isNullOrEmpty();
        assertThat(template.getAffinity().getNodeAffinity().getRequiredDuringSchedulingIgnoredDuringExecution())
                .isNull();
        assertThat(template.getAffinity().getNodeAffinity().getPreferredDuringSchedulingIgnoredDuringExecution())
                .hasSize(1);
        assertThat(template.getTolerations()).hasSize(2);
        awaitObserved("web");

        adapter.changeScheduling(cluster, ResourceKind.DEPLOYMENT, shop, "web",
                SchedulingChange.fromLines(null, null, List.of()));

        assertThat(storedTemplate().getTolerations()).isNullOrEmpty();
        assertThat(storedTemplate().getAffinity().getPodAntiAffinity()).isNotNull();
    }

    @Test
    void anAffinityLeftWithNothingIsRemoved() {
        objects.apps().statefulSets().inNamespace(shop).resource(new StatefulSetBuilder()
                .withNewMetadata().withName("db").endMetadata()
                .withNewSpec().withReplicas(0).withServiceName("db").withNewSelector().addToMatchLabels("app", "db")
                .endSelector()
                .withNewTemplate().withNewMetadata().addToLabels("app", "db").endMetadata().withNewSpec()
                .withNewAffinity().withNewNodeAffinity().withNewRequiredDuringSchedulingIgnoredDuringExecution()
                .addNewNodeSelectorTerm().addNewMatchExpression().withKey("zone").withOperator("Exists")
                .endMatchExpression().endNodeSelectorTerm().endRequiredDuringSchedulingIgnoredDuringExecution()
                .endNodeAffinity().endAffinity()
                .addNewContainer().withName("db").withImage("postgres").endContainer()
                .endSpec().endTemplate().endSpec().build()).create();
        // The StatefulSet controller writes its status once; a write in between would be refused with 409.
        await(SOON, () -> {
            var status = objects.apps().statefulSets().inNamespace(shop).withName("db").get().getStatus();
            return status != null && Objects.equals(status.getObservedGeneration(), 1L);
        });

        SchedulingConstraints after = adapter.changeScheduling(cluster, ResourceKind.STATEFULSET, shop, "db",
                SchedulingChange.parse("", "", ""));

        assertThat(objects.apps().statefulSets().inNamespace(shop).withName("db").get().getSpec().getTemplate()
                .getSpec().getAffinity()).isNull();
        assertThat(after.none()).isTrue();
    }

    /** Another client changes the Deployment after the adapter read it: the server refuses the stale write. */
    @Test
    void aWorkloadChangedBetweenReadingAndWritingIsAConflict() {
        seedConstrainedDeployment();
        meanwhile.afterReading("/apis/apps/v1/namespaces/" + shop + "/deployments/web",
                () -> objects.apps().deployments().inNamespace(shop).withName("web").edit(deployment -> {
                    deployment.getSpec().getTemplate().getSpec().getNodeSelector().put("disktype", "nvme");
                    return deployment;
                }));

        assertThatThrownBy(() -> adapter.changeScheduling(cluster, ResourceKind.DEPLOYMENT, shop, "web",
                SchedulingChange.parse("pool=blue", null, null)))
                .isInstanceOf(ConflictException.class)
                .hasMessage("Deployment " + shop + "/web changed meanwhile; reload and try again.");
        assertThat(storedTemplate().getNodeSelector()).as("the other change stays")
                .isEqualTo(Map.of("disktype", "nvme"));
    }

    @Test
    void aMissingWorkloadIsNotFoundAndAPodsConstraintsCannotBeChanged() {
        assertThatThrownBy(() -> adapter.changeScheduling(cluster, ResourceKind.DAEMONSET, shop, "ghost",
                SchedulingChange.parse("pool=blue", null, null)))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("DaemonSet " + shop + "/ghost does not exist.");
        assertThatThrownBy(() -> adapter.changeScheduling(cluster, ResourceKind.POD, shop, "web-1",
                SchedulingChange.parse("pool=blue", null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("kind"));
    }

    /** The edit takes effect: the Deployment controller rolls out new pods and the scheduler places them there. */
    @Test
    void aNodeSelectorSetThroughTheAdapterMovesTheWorkloadsPodsToThatNode() {
        namespace.create("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: web}
                spec:
                  replicas: 2
                  selector: {matchLabels: {app: web}}
                  template:
                    metadata: {labels: {app: web}}
                    spec: {containers: [{name: main, image: nginx}]}
                """);
        namespace.awaitRunning("app=web", 2);
        awaitRolledOut("web");

        adapter.changeScheduling(cluster, ResourceKind.DEPLOYMENT, shop, "web",
                SchedulingChange.parse("kubernetes.io/hostname=node-b", null, null));

        await(SOON, () -> {
            List<Pod> pods = objects.pods().inNamespace(shop).withLabel("app", "web").list().getItems();
            return pods.size() == 2 && pods.stream().allMatch(pod -> "Running".equals(pod.getStatus().getPhase())
                    && "node-b".equals(pod.getSpec().getNodeName())
                    && pod.getMetadata().getDeletionTimestamp() == null);
        });
        assertThat(objects.pods().inNamespace(shop).withLabel("app", "web").list().getItems())
                .extracting(pod -> pod.getStatus().getHostIP()).containsExactly("127.0.1.42", "127.0.1.42");
    }

    @Test
    void everyWorkloadsConstraintsAreListedInANamespaceOrInAll() {
        createOther();
        namespace.create("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: web}
                spec:
                  replicas: 0
                  selector: {matchLabels: {app: web}}
                  template:
                    metadata: {labels: {app: web}}
                    spec:
                      nodeSelector: {disktype: ssd}
                      containers: [{name: web, image: nginx}]
                ---
                apiVersion: apps/v1
                kind: StatefulSet
                metadata: {name: db}
                spec:
                  replicas: 0
                  serviceName: db
                  selector: {matchLabels: {app: db}}
                  template:
                    metadata: {labels: {app: db}}
                    spec: {containers: [{name: db, image: postgres}]}
                """);
        // Tolerates every taint, so it is kept to nodes labelled for this test: there are none.
        objects.apps().daemonSets().inNamespace(other).resource(new DaemonSetBuilder()
                .withNewMetadata().withName("agent").endMetadata()
                .withNewSpec().withNewSelector().addToMatchLabels("app", "agent").endSelector().withNewTemplate()
                .withNewMetadata().addToLabels("app", "agent").endMetadata().withNewSpec()
                .addToNodeSelector("kubedeck.test/run", shop)
                .addNewToleration().withOperator("Exists").endToleration()
                .addNewContainer().withName("agent").withImage("agent").endContainer().endSpec().endTemplate()
                .endSpec().build()).create();

        List<WorkloadScheduling> all = adapter.workloadScheduling(cluster, null).stream()
                .filter(workload -> workload.namespace().startsWith(shop)).toList();

        assertThat(all).extracting(w -> w.namespace() + "/" + w.kind().code() + "/" + w.name())
                .containsExactly(shop + "/deployment/web", shop + "/statefulset/db", other + "/daemonset/agent");
        assertThat(all.get(0).constraints().nodeSelector()).isEqualTo(Map.of("disktype", "ssd"));
        assertThat(all.get(1).constraints().none()).isTrue();
        assertThat(all.get(2).constraints().tolerations()).extracting(Toleration::describe).containsExactly("*");
        assertThat(adapter.workloadScheduling(cluster, shop)).extracting(WorkloadScheduling::name)
                .containsExactly("web", "db");
        assertThat(adapter.workloadScheduling(cluster, shop + "-none")).isEmpty();
    }

    /**
     * The real scheduler's verdicts, in its words. Pods it placed are not listed, whether running or still
     * pending on a node of the test's own, where no kubelet starts them.
     */
    @Test
    void podsTheSchedulerCannotPlaceComeWithItsMessage() {
        createOther();
        String silent = createNode("a", false, List.of(), condition("Ready", "True"));
        await(SOON, () -> objects.serviceAccounts().inNamespace(other).withName("default").get() != null);
        namespace.create("""
                apiVersion: v1
                kind: Pod
                metadata: {name: bound}
                spec:
                  nodeSelector: {kubernetes.io/hostname: %s}
                  tolerations: [{key: %s, operator: Exists}]
                  containers: [{name: main, image: nginx}]
                """.formatted(silent, FENCE));
        namespace.create("""
                apiVersion: v1
                kind: Pod
                metadata: {name: big}
                spec:
                  containers: [{name: main, image: nginx, resources: {requests: {cpu: "100k"}}}]
                ---
                apiVersion: v1
                kind: Pod
                metadata: {name: placed}
                spec: {containers: [{name: main, image: nginx}]}
                """);
        objects.pods().inNamespace(other).resource(new PodBuilder()
                .withNewMetadata().withName("waiting").endMetadata()
                .withNewSpec().addToNodeSelector("kubedeck.test/run", shop)
                .addNewContainer().withName("main").withImage("nginx").endContainer().endSpec().build()).create();

        await(SOON, () -> ours(adapter.unschedulable(cluster)).size() == 2);
        await(SOON, () -> "Running".equals(objects.pods().inNamespace(shop).withName("placed").get().getStatus()
                .getPhase()));
        await(SOON, () -> objects.pods().inNamespace(shop).withName("bound").get().getSpec().getNodeName() != null);

        List<PendingPod> pending = ours(adapter.unschedulable(cluster));
        assertThat(pending).extracting(PendingPod::namespace, PendingPod::name)
                .containsExactly(tuple(shop, "big"), tuple(other, "waiting"));
        assertThat(pending.get(0).reason()).startsWith("0/").contains("Insufficient cpu");
        assertThat(pending.get(1).reason()).startsWith("0/").contains("didn't match Pod's node affinity/selector");
        assertThat(pending).allSatisfy(pod -> assertThat(pod.since()).isNotNull()
                .isBetween(Instant.now().minusSeconds(60), Instant.now().plusSeconds(1)));
        assertThat(objects.pods().inNamespace(shop).withName("placed").get().getSpec().getNodeName())
                .isIn("node-a", "node-b");
        Pod bound = objects.pods().inNamespace(shop).withName("bound").get();
        assertThat(bound.getSpec().getNodeName()).isEqualTo(silent);
        assertThat(bound.getStatus().getPhase()).isEqualTo("Pending");
    }

    @Test
    void nodesShowTheirLabelsTaintsAllocatableResourcesConditionsAndWhetherTheyTakePods() {
        String worker = createNode("b", false, List.of(taint("dedicated", "gpu", "NoSchedule"),
                taint("maintenance", null, "NoExecute")), condition("Ready", "True"),
                condition("MemoryPressure", "False"));
        String cordoned = createNode("a", true, List.of(), condition("Ready", "False"));
        // The node controller taints a cordoned node that is not ready, as it would any such node.
        await(SOON, () -> own(adapter.nodes(cluster)).get(0).taints().stream()
                .anyMatch(taint -> taint.key().equals("node.kubernetes.io/unschedulable")));

        List<NodeView> nodes = own(adapter.nodes(cluster));

        assertThat(nodes).extracting(NodeView::name).containsExactly(cordoned, worker);
        NodeView off = nodes.get(0);
        assertThat(off.unschedulable()).isTrue();
        assertThat(off.ready()).isFalse();
        assertThat(off.taints()).contains(fence(), new Taint("node.kubernetes.io/unschedulable", "",
                Effect.NO_SCHEDULE));
        NodeView on = nodes.get(1);
        assertThat(on.labels()).isEqualTo(Map.of("kubernetes.io/hostname", worker,
                "node-role.kubernetes.io/worker", ""));
        assertThat(on.taints()).containsExactly(fence(),
                new Taint("dedicated", "gpu", Effect.NO_SCHEDULE),
                new Taint("maintenance", "", Effect.NO_EXECUTE));
        assertThat(on.allocatable()).isEqualTo(Map.of("cpu", "3900m", "memory", "15Gi", "pods", "110",
                "ephemeral-storage", "95Gi"));
        assertThat(on.conditions()).isEqualTo(Map.of("Ready", "True", "MemoryPressure", "False"));
        assertThat(on.ready()).isTrue();
        assertThat(on.unschedulable()).isFalse();
    }

    /** Faked: a real cluster always has nodes, and the rig's are shared. */
    @Test
    void aClusterWithoutNodesHasNone() {
        try (FakeCluster empty = FakeCluster.crud()) {
            assertThat(adapter.nodes(empty.access())).isEmpty();
        }
    }

    /** The rig's own nodes as its simulated kubelet reports them: ready, schedulable, all they have allocatable. */
    @Test
    void theClustersNodesAreListedReadyWithWhatTheyOffer() {
        List<NodeView> rig = adapter.nodes(cluster).stream()
                .filter(node -> node.name().equals("node-a") || node.name().equals("node-b")).toList();

        assertThat(rig).extracting(NodeView::name).containsExactly("node-a", "node-b");
        assertThat(rig).allSatisfy(node -> {
            assertThat(node.ready()).isTrue();
            assertThat(node.unschedulable()).isFalse();
            assertThat(node.labels()).containsEntry("kubernetes.io/hostname", node.name());
            Node stored = objects.nodes().withName(node.name()).get();
            assertThat(node.allocatable()).containsEntry("cpu", "64").containsEntry("memory", "256Gi")
                    .containsEntry("pods", "6k").isEqualTo(text(stored.getStatus().getAllocatable()));
            assertThat(text(stored.getStatus().getCapacity())).isEqualTo(node.allocatable());
        });
        assertThat(List.of("node-a", "node-b")).extracting(name -> objects.nodes().withName(name).get().getStatus()
                .getAddresses().stream().filter(address -> address.getType().equals("InternalIP")).findFirst()
                .orElseThrow().getAddress()).containsExactly("127.0.1.41", "127.0.1.42");
    }

    @Test
    void addingATaintKeepsTheOthersAsTheyWere() {
        String node = createNode("a", false, List.of(taint("maintenance", null, "NoExecute")),
                condition("Ready", "True"));

        NodeView after = adapter.addTaint(cluster, node, new Taint("dedicated", "gpu", Effect.NO_SCHEDULE));

        assertThat(storedTaints(node)).containsExactly(storedFence(),
                "maintenance:NoExecute@" + ADDED_AT, "dedicated=gpu:NoSchedule");
        assertThat(after.taints()).containsExactly(fence(),
                new Taint("maintenance", "", Effect.NO_EXECUTE),
                new Taint("dedicated", "gpu", Effect.NO_SCHEDULE));
        assertThat(after.ready()).isTrue();
    }

    @Test
    void aTaintWithTheSameKeyAndEffectIsReplacedAndOneWithAnotherEffectKept() {
        String node = createNode("a", false, List.of(taint("dedicated", "gpu", "NoSchedule"),
                taint("dedicated", "gpu", "PreferNoSchedule")), condition("Ready", "True"));

        NodeView after = adapter.addTaint(cluster, node, new Taint("dedicated", "batch", Effect.NO_SCHEDULE));

        assertThat(storedTaints(node)).containsExactly(storedFence(),
                "dedicated=gpu:PreferNoSchedule", "dedicated=batch:NoSchedule");
        assertThat(after.taints()).containsExactly(fence(),
                new Taint("dedicated", "gpu", Effect.PREFER_NO_SCHEDULE),
                new Taint("dedicated", "batch", Effect.NO_SCHEDULE));
    }

    @Test
    void removingATaintRemovesOnlyThatKeyAndEffect() {
        String node = createNode("a", false, List.of(taint("dedicated", "gpu", "NoSchedule"),
                taint("dedicated", "gpu", "PreferNoSchedule"), taint("maintenance", null, "NoExecute")),
                condition("Ready", "True"));

        NodeView after = adapter.removeTaint(cluster, node, "dedicated", Effect.NO_SCHEDULE);

        assertThat(storedTaints(node)).containsExactly(storedFence(),
                "dedicated=gpu:PreferNoSchedule", "maintenance:NoExecute@" + ADDED_AT);
        assertThat(after.taints()).extracting(Taint::key, Taint::effect).containsExactly(
                tuple(FENCE, Effect.NO_SCHEDULE), tuple("dedicated", Effect.PREFER_NO_SCHEDULE),
                tuple("maintenance", Effect.NO_EXECUTE));
    }

    @Test
    void removingATaintTheNodeDoesNotHaveChangesNothing() {
        String node = createNode("a", false, List.of(taint("dedicated", "gpu", "NoSchedule")),
                condition("Ready", "True"));

        NodeView after = adapter.removeTaint(cluster, node, "dedicated", Effect.NO_EXECUTE);

        assertThat(after.taints()).containsExactly(fence(), new Taint("dedicated", "gpu", Effect.NO_SCHEDULE));
        assertThat(storedTaints(node)).containsExactly(storedFence(),
                "dedicated=gpu:NoSchedule");
    }

    @Test
    void anUnknownNodeIsNotFound() {
        String ghost = nodePrefix + "-ghost";

        assertThatThrownBy(() -> adapter.addTaint(cluster, ghost, new Taint("dedicated", "gpu", Effect.NO_SCHEDULE)))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("Node " + ghost + " does not exist.");
        assertThatThrownBy(() -> adapter.removeTaint(cluster, ghost, "dedicated", Effect.NO_SCHEDULE))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("Node " + ghost + " does not exist.");
        assertThat(objects.nodes().withName(ghost).get()).isNull();
    }

    /** Another client labels the node after the adapter read it: the server refuses the stale write. */
    @Test
    void aNodeChangedBetweenReadingAndWritingIsAConflict() {
        String node = createNode("a", false, List.of(), condition("Ready", "True"));
        meanwhile.afterReading("/api/v1/nodes/" + node, () -> objects.nodes().withName(node).edit(edited -> {
            edited.getMetadata().getLabels().put("pool", "blue");
            return edited;
        }));

        assertThatThrownBy(() -> adapter.addTaint(cluster, node, new Taint("dedicated", "gpu", Effect.NO_SCHEDULE)))
                .isInstanceOf(ConflictException.class)
                .hasMessage("Node " + node + " changed meanwhile; reload and try again.");
        assertThat(storedTaints(node)).containsExactly(storedFence());
        assertThat(objects.nodes().withName(node).get().getMetadata().getLabels()).containsEntry("pool", "blue");
    }

    /** No server at all: a port on this machine where nothing listens. */
    @Test
    void anUnreachableClusterIsUnavailableWithinTheDeadline() {
        ClusterAccess unreachable = KubeconfigYaml.forServer(FakeCluster.unreachableUrl()).access();
        long started = System.nanoTime();

        assertThatThrownBy(() -> adapter.nodes(unreachable))
                .isInstanceOf(ClusterUnavailableException.class).hasMessageContaining("Cannot reach");
        assertThatThrownBy(() -> adapter.addTaint(unreachable, "node-a",
                new Taint("dedicated", "gpu", Effect.NO_SCHEDULE)))
                .isInstanceOf(ClusterUnavailableException.class).hasMessageContaining("Cannot reach");
        assertThatThrownBy(() -> adapter.removeTaint(unreachable, "node-a", "dedicated", Effect.NO_SCHEDULE))
                .isInstanceOf(ClusterUnavailableException.class).hasMessageContaining("Cannot reach");
        assertThatThrownBy(() -> adapter.workloadScheduling(unreachable, null))
                .isInstanceOf(ClusterUnavailableException.class).hasMessageContaining("Cannot reach");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(KubernetesCalls.DEADLINE);
    }

    /**
     * Deployment web with every kind of constraint: node selector, required and preferred node affinity, pod
     * anti-affinity and two tolerations. Paused, so the Deployment controller does not roll out each edit: only
     * its one status write per change is waited out, which would otherwise refuse the next edit with 409.
     */
    private void seedConstrainedDeployment() {
        objects.apps().deployments().inNamespace(shop).resource(new DeploymentBuilder()
                .withNewMetadata().withName("web").addToLabels("app", "web").endMetadata()
                .withNewSpec().withReplicas(3).withPaused(true)
                .withNewSelector().addToMatchLabels("app", "web").endSelector()
                .withNewTemplate().withNewMetadata().addToLabels("app", "web").endMetadata().withNewSpec()
                .addToNodeSelector("disktype", "ssd")
                .withNewAffinity()
                .withNewNodeAffinity().withNewRequiredDuringSchedulingIgnoredDuringExecution()
                .addNewNodeSelectorTerm().addNewMatchExpression().withKey("zone").withOperator("In")
                .withValues("a", "b").endMatchExpression().endNodeSelectorTerm()
                .endRequiredDuringSchedulingIgnoredDuringExecution()
                .addNewPreferredDuringSchedulingIgnoredDuringExecution().withWeight(50).withNewPreference()
                .addNewMatchExpression().withKey("gpu").withOperator("Exists").endMatchExpression().endPreference()
                .endPreferredDuringSchedulingIgnoredDuringExecution().endNodeAffinity()
                .withNewPodAntiAffinity().addNewRequiredDuringSchedulingIgnoredDuringExecution()
                .withTopologyKey("kubernetes.io/hostname").withNewLabelSelector().addToMatchLabels("app", "web")
                .endLabelSelector().endRequiredDuringSchedulingIgnoredDuringExecution().endPodAntiAffinity()
                .endAffinity()
                .addNewToleration().withKey("dedicated").withOperator("Equal").withValue("shop")
                .withEffect("NoSchedule").endToleration()
                .addNewToleration().withKey("node.kubernetes.io/unreachable").withOperator("Exists")
                .withEffect("NoExecute").withTolerationSeconds(300L).endToleration()
                .addNewContainer().withName("web").withImage("nginx").endContainer()
                .endSpec().endTemplate().endSpec().build()).create();
        awaitObserved("web");
    }

    /** Until the Deployment controller has seen the Deployment's latest generation and written that down. */
    private void awaitObserved(String name) {
        await(SOON, () -> {
            Deployment deployment = deployment(name);
            return deployment.getStatus() != null
                    && Objects.equals(deployment.getStatus().getObservedGeneration(),
                            deployment.getMetadata().getGeneration());
        });
    }

    /** Until every replica is updated and available, after which the controller leaves the Deployment be. */
    private void awaitRolledOut(String name) {
        await(SOON, () -> {
            Deployment deployment = deployment(name);
            var status = deployment.getStatus();
            Integer replicas = deployment.getSpec().getReplicas();
            return status != null && Objects.equals(status.getObservedGeneration(),
                    deployment.getMetadata().getGeneration()) && replicas.equals(status.getUpdatedReplicas())
                    && replicas.equals(status.getAvailableReplicas()) && replicas.equals(status.getReplicas());
        });
    }

    private Deployment deployment(String name) {
        return objects.apps().deployments().inNamespace(shop).withName(name).get();
    }

    private PodSpec storedTemplate() {
        return deployment("web").getSpec().getTemplate().getSpec();
    }

    private void createOther() {
        objects.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(other).endMetadata()
                .build()).create();
    }

    /** Pending pods of this test's namespaces. */
    @Test
    void waitingPodsNameTheWorkloadThatMadeThem() {
        namespace.create("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: huge}
                spec:
                  replicas: 4
                  selector: {matchLabels: {app: huge}}
                  template:
                    metadata: {labels: {app: huge}}
                    spec: {containers: [{name: main, image: nginx, resources: {requests: {cpu: "100k"}}}]}
                ---
                apiVersion: apps/v1
                kind: StatefulSet
                metadata: {name: vast}
                spec:
                  replicas: 1
                  serviceName: vast
                  selector: {matchLabels: {app: vast}}
                  template:
                    metadata: {labels: {app: vast}}
                    spec: {containers: [{name: main, image: nginx, resources: {requests: {cpu: "100k"}}}]}
                ---
                apiVersion: v1
                kind: Pod
                metadata: {name: alone}
                spec: {containers: [{name: main, image: nginx, resources: {requests: {cpu: "100k"}}}]}
                """);

        await(SOON, () -> ours(adapter.unschedulable(cluster)).size() == 6);

        assertThat(ours(adapter.unschedulable(cluster))).extracting(PendingPod::workload)
                .containsOnly("Deployment huge", "StatefulSet vast", "Pod alone")
                .filteredOn("Deployment huge"::equals).hasSize(4);
    }

    private List<PendingPod> ours(List<PendingPod> pending) {
        return pending.stream().filter(pod -> pod.namespace().startsWith(shop)).toList();
    }

    /** Nodes this test created. */
    private List<NodeView> own(List<NodeView> nodes) {
        return nodes.stream().filter(node -> node.name().startsWith(nodePrefix)).toList();
    }

    /**
     * A node of this test, {@code t-node-<random>-<suffix>}, as a kubelet would have registered it: labels, the
     * given taints after the test's own NoSchedule fence, allocatable resources and conditions, heartbeats now.
     * Returns once the TTL controller has made its one write to it.
     */
    private String createNode(String suffix, boolean unschedulable,
            List<io.fabric8.kubernetes.api.model.Taint> taints, NodeCondition... conditions) {
        String name = nodePrefix + "-" + suffix;
        List<io.fabric8.kubernetes.api.model.Taint> all = new ArrayList<>();
        all.add(new TaintBuilder().withKey(FENCE).withValue(nodePrefix).withEffect("NoSchedule").build());
        all.addAll(taints);
        Map<String, Quantity> resources = Map.of("cpu", new Quantity("3900m"), "memory", new Quantity("15Gi"),
                "pods", new Quantity("110"), "ephemeral-storage", new Quantity("95Gi"));
        ownNodes.add(name);
        objects.nodes().resource(new NodeBuilder()
                .withNewMetadata().withName(name).withLabels(new HashMap<>(Map.of("kubernetes.io/hostname", name,
                        "node-role.kubernetes.io/worker", ""))).endMetadata()
                .withNewSpec().withUnschedulable(unschedulable ? true : null).withTaints(all).endSpec()
                .withNewStatus().withCapacity(resources).withAllocatable(resources)
                .addNewAddress().withType("InternalIP").withAddress("127.0.9." + (ownNodes.size() + 10)).endAddress()
                .withConditions(conditions).endStatus()
                .build()).create();
        await(SOON, () -> objects.nodes().withName(name).get().getMetadata().getAnnotations() != null
                && objects.nodes().withName(name).get().getMetadata().getAnnotations().containsKey(TTL));
        return name;
    }

    /** The test's fence on its own nodes, as the adapter shows it. */
    private Taint fence() {
        return new Taint(FENCE, nodePrefix, Effect.NO_SCHEDULE);
    }

    private String storedFence() {
        return FENCE + "=" + nodePrefix + ":NoSchedule";
    }

    /**
     * The node's taints as fabric8 reads them, in kubectl's notation plus when it was added: key=value:Effect@time.
     * client-java writes the time with microseconds; the instant is what counts.
     */
    private List<String> storedTaints(String node) {
        return objects.nodes().withName(node).get().getSpec().getTaints().stream()
                .map(taint -> taint.getKey() + (taint.getValue() == null ? "" : "=" + taint.getValue()) + ":"
                        + taint.getEffect()
                        + (taint.getTimeAdded() == null ? "" : "@" + Instant.parse(taint.getTimeAdded())))
                .toList();
    }

    /** A NoExecute taint carries when it was added, as the node controller sets it. */
    private static io.fabric8.kubernetes.api.model.Taint taint(String key, String value, String effect) {
        return new TaintBuilder().withKey(key).withValue(value).withEffect(effect)
                .withTimeAdded("NoExecute".equals(effect) ? ADDED_AT : null).build();
    }

    /** A condition with a heartbeat now, so the node controller takes the node for alive for a while. */
    private static NodeCondition condition(String type, String status) {
        String now = Instant.now().toString();
        return new NodeConditionBuilder().withType(type).withStatus(status).withLastHeartbeatTime(now)
                .withLastTransitionTime(now).build();
    }

    private static Map<String, String> text(Map<String, Quantity> quantities) {
        return quantities.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, quantity -> quantity.getValue().toString()));
    }
}
