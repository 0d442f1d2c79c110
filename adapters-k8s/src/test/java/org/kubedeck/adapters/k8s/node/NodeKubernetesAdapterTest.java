package org.kubedeck.adapters.k8s.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.NodeCondition;
import io.fabric8.kubernetes.api.model.NodeConditionBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.TaintBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kubedeck.adapters.k8s.KubernetesCalls;
import org.kubedeck.adapters.k8s.testing.FakeCluster;
import org.kubedeck.adapters.k8s.testing.KubeconfigYaml;
import org.kubedeck.domain.ConflictException;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.NotFoundException;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.cluster.ClusterUnavailableException;
import org.kubedeck.domain.node.NodeSelectorTerm;
import org.kubedeck.domain.node.NodeView;
import org.kubedeck.domain.node.SchedulingChange;
import org.kubedeck.domain.node.SchedulingConstraints;
import org.kubedeck.domain.node.Taint;
import org.kubedeck.domain.node.Taint.Effect;
import org.kubedeck.domain.node.Toleration;
import org.kubedeck.domain.node.WorkloadScheduling;
import org.kubedeck.domain.version.ResourceKind;

/**
 * Against fabric8's API fake over HTTP; nodes are seeded, status included, and read back with fabric8's own
 * client, as no kubelet reports to the fake.
 */
class NodeKubernetesAdapterTest {

    private static final String ADDED_AT = "2026-01-01T00:00:00Z";

    private final FakeCluster fake = FakeCluster.crud();
    private final KubernetesClient objects = fake.objects();
    private final ClusterAccess cluster = fake.access();
    private final NodeKubernetesAdapter adapter = new NodeKubernetesAdapter(fake.calls());

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void aDeploymentsSchedulingConstraintsReadAsLines() {
        seedConstrainedDeployment(objects);

        var constraints = adapter.scheduling(cluster, ResourceKind.DEPLOYMENT, "shop", "web");

        assertThat(constraints.nodeSelector()).isEqualTo(Map.of("disktype", "ssd"));
        assertThat(constraints.nodeAffinity()).containsExactly("required: zone in (a, b)",
                "preferred (weight 50): gpu");
        assertThat(constraints.requiredNodeTerms()).extracting(NodeSelectorTerm::describe)
                .containsExactly("zone in (a, b)");
        assertThat(constraints.podAntiAffinity()).containsExactly("required on kubernetes.io/hostname: app=web");
        assertThat(constraints.podAffinity()).isEmpty();
        assertThat(constraints.tolerations()).extracting(Toleration::describe).containsExactly(
                "dedicated=shop:NoSchedule", "node.kubernetes.io/unreachable:NoExecute for 300s");
        assertThatThrownBy(() -> adapter.scheduling(cluster, ResourceKind.DEPLOYMENT,
                "shop", "ghost")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> adapter.scheduling(cluster, ResourceKind.CONFIGMAP,
                "shop", "web")).isInstanceOf(InvalidInputException.class);
    }

    /**
     * Deployment shop/web with every kind of constraint: node selector, required and preferred node affinity, pod
     * anti-affinity and two tolerations.
     */
    private static void seedConstrainedDeployment(KubernetesClient objects) {
        objects.apps().deployments().inNamespace("shop").resource(new DeploymentBuilder()
                .withNewMetadata().withName("web").addToLabels("app", "web").endMetadata()
                .withNewSpec().withReplicas(3).withNewSelector().addToMatchLabels("app", "web").endSelector()
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
    }

    private io.fabric8.kubernetes.api.model.PodSpec storedTemplate() {
        return objects.apps().deployments().inNamespace("shop").withName("web").get().getSpec().getTemplate()
                .getSpec();
    }

    @Test
    void changingSchedulingReplacesSelectorRequiredAffinityAndTolerationsAndKeepsTheRest() {
        seedConstrainedDeployment(objects);

        SchedulingConstraints after = adapter.changeScheduling(cluster, ResourceKind.DEPLOYMENT, "shop", "web",
                SchedulingChange.parse("pool=blue\nkubernetes.io/arch=arm64",
                        "zone in (c), cores > 8\nfield:metadata.name in (node-9)", "gpu=true:NoSchedule\n*:NoExecute"));

        var template = storedTemplate();
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
        assertThat(objects.apps().deployments().inNamespace("shop").withName("web").get().getSpec().getReplicas())
                .isEqualTo(3);
        assertThat(after.nodeAffinity()).containsExactly(
                "required: zone=c, cores > 8 or field:metadata.name=node-9", "preferred (weight 50): gpu");
        assertThat(after.podAntiAffinity()).containsExactly("required on kubernetes.io/hostname: app=web");
        assertThat(after.tolerations()).extracting(Toleration::describe)
                .containsExactly("gpu=true:NoSchedule", "*:NoExecute");
    }

    @Test
    void emptyPartsAreRemovedAndPartsLeftOutStay() {
        seedConstrainedDeployment(objects);

        adapter.changeScheduling(cluster, ResourceKind.DEPLOYMENT, "shop", "web",
                SchedulingChange.fromLines(Map.of(), List.of(), null));

        var template = storedTemplate();
        assertThat(template.getNodeSelector()).isNullOrEmpty();
        assertThat(template.getAffinity().getNodeAffinity().getRequiredDuringSchedulingIgnoredDuringExecution())
                .isNull();
        assertThat(template.getAffinity().getNodeAffinity().getPreferredDuringSchedulingIgnoredDuringExecution())
                .hasSize(1);
        assertThat(template.getTolerations()).hasSize(2);

        adapter.changeScheduling(cluster, ResourceKind.DEPLOYMENT, "shop", "web",
                SchedulingChange.fromLines(null, null, List.of()));

        assertThat(storedTemplate().getTolerations()).isNullOrEmpty();
        assertThat(storedTemplate().getAffinity().getPodAntiAffinity()).isNotNull();
    }

    @Test
    void anAffinityLeftWithNothingIsRemoved() {
        objects.apps().statefulSets().inNamespace("shop").resource(new StatefulSetBuilder()
                .withNewMetadata().withName("db").endMetadata()
                .withNewSpec().withServiceName("db").withNewSelector().addToMatchLabels("app", "db").endSelector()
                .withNewTemplate().withNewMetadata().addToLabels("app", "db").endMetadata().withNewSpec()
                .withNewAffinity().withNewNodeAffinity().withNewRequiredDuringSchedulingIgnoredDuringExecution()
                .addNewNodeSelectorTerm().addNewMatchExpression().withKey("zone").withOperator("Exists")
                .endMatchExpression().endNodeSelectorTerm().endRequiredDuringSchedulingIgnoredDuringExecution()
                .endNodeAffinity().endAffinity()
                .addNewContainer().withName("db").withImage("postgres").endContainer()
                .endSpec().endTemplate().endSpec().build()).create();

        SchedulingConstraints after = adapter.changeScheduling(cluster, ResourceKind.STATEFULSET, "shop", "db",
                SchedulingChange.parse("", "", ""));

        assertThat(objects.apps().statefulSets().inNamespace("shop").withName("db").get().getSpec().getTemplate()
                .getSpec().getAffinity()).isNull();
        assertThat(after.none()).isTrue();
    }

    @Test
    void aWorkloadChangedBetweenReadingAndWritingIsAConflictAndAMissingOneNotFound() {
        try (FakeCluster canned = FakeCluster.withCannedAnswers()) {
            seedConstrainedDeployment(canned.objects());
            canned.expect().put().withPath("/apis/apps/v1/namespaces/shop/deployments/web").andReturn(409, """
                    {"kind":"Status","apiVersion":"v1","status":"Failure","reason":"Conflict","code":409,
                    "message":"Operation cannot be fulfilled on deployments.apps \\"web\\": the object was modified"}\
                    """).once();

            assertThatThrownBy(() -> adapter.changeScheduling(canned.access(), ResourceKind.DEPLOYMENT, "shop",
                    "web", SchedulingChange.parse("pool=blue", null, null)))
                    .isInstanceOf(ConflictException.class)
                    .hasMessage("Deployment shop/web changed meanwhile; reload and try again.");
            assertThat(canned.objects().apps().deployments().inNamespace("shop").withName("web").get().getSpec()
                    .getTemplate().getSpec().getNodeSelector()).isEqualTo(Map.of("disktype", "ssd"));
        }
        assertThatThrownBy(() -> adapter.changeScheduling(cluster, ResourceKind.DAEMONSET, "shop", "ghost",
                SchedulingChange.parse("pool=blue", null, null)))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("DaemonSet shop/ghost does not exist.");
        assertThatThrownBy(() -> adapter.changeScheduling(cluster, ResourceKind.POD, "shop", "web-1",
                SchedulingChange.parse("pool=blue", null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("kind"));
    }

    @Test
    void everyWorkloadsConstraintsAreListedInANamespaceOrInAll() {
        objects.apps().deployments().inNamespace("shop").resource(new io.fabric8.kubernetes.api.model.apps
                .DeploymentBuilder().withNewMetadata().withName("web").endMetadata().withNewSpec()
                .withNewSelector().addToMatchLabels("app", "web").endSelector().withNewTemplate().withNewMetadata()
                .addToLabels("app", "web").endMetadata().withNewSpec().addToNodeSelector("disktype", "ssd")
                .addNewContainer().withName("web").withImage("nginx").endContainer().endSpec().endTemplate()
                .endSpec().build()).create();
        objects.apps().statefulSets().inNamespace("shop").resource(new io.fabric8.kubernetes.api.model.apps
                .StatefulSetBuilder().withNewMetadata().withName("db").endMetadata().withNewSpec()
                .withNewSelector().addToMatchLabels("app", "db").endSelector().withNewTemplate().withNewMetadata()
                .addToLabels("app", "db").endMetadata().withNewSpec().addNewContainer().withName("db")
                .withImage("postgres").endContainer().endSpec().endTemplate().endSpec().build()).create();
        objects.apps().daemonSets().inNamespace("monitoring").resource(new io.fabric8.kubernetes.api.model.apps
                .DaemonSetBuilder().withNewMetadata().withName("agent").endMetadata().withNewSpec()
                .withNewSelector().addToMatchLabels("app", "agent").endSelector().withNewTemplate()
                .withNewMetadata().addToLabels("app", "agent").endMetadata().withNewSpec()
                .addNewToleration().withOperator("Exists").endToleration()
                .addNewContainer().withName("agent").withImage("agent").endContainer().endSpec().endTemplate()
                .endSpec().build()).create();

        List<WorkloadScheduling> all = adapter.workloadScheduling(cluster, null);

        assertThat(all).extracting(w -> w.namespace() + "/" + w.kind().code() + "/" + w.name())
                .containsExactly("monitoring/daemonset/agent", "shop/deployment/web", "shop/statefulset/db");
        assertThat(all.get(0).constraints().tolerations()).extracting(Toleration::describe).containsExactly("*");
        assertThat(all.get(1).constraints().nodeSelector()).isEqualTo(Map.of("disktype", "ssd"));
        assertThat(all.get(2).constraints().none()).isTrue();
        assertThat(adapter.workloadScheduling(cluster, "shop")).extracting(WorkloadScheduling::name)
                .containsExactly("web", "db");
        assertThat(adapter.workloadScheduling(cluster, "empty")).isEmpty();
    }

    /** The fake cannot filter on status.phase, so this answer is canned, as a real server would give it. */
    @Test
    void podsTheSchedulerCannotPlaceComeWithItsMessage() {
        try (FakeCluster canned = FakeCluster.withCannedAnswers()) {
            canned.expect().get().withPath("/api/v1/pods?fieldSelector=status.phase%3DPending").andReturn(200,
                    new io.fabric8.kubernetes.api.model.PodListBuilder().withItems(
                            pod("shop", "big", "False", "0/3 nodes are available: 3 Insufficient cpu."),
                            pod("bank", "waiting", "False",
                                    "0/3 nodes are available: 3 node(s) had untolerated taint."),
                            pod("shop", "pulling", "True", null)).build()).once();

            assertThat(adapter.unschedulable(canned.access()))
                    .extracting(p -> p.namespace() + "/" + p.name() + ": " + p.reason() + " @" + p.since())
                    .containsExactly(
                            "bank/waiting: 0/3 nodes are available: 3 node(s) had untolerated taint. @2026-11-30T10:00:00Z",
                            "shop/big: 0/3 nodes are available: 3 Insufficient cpu. @2026-11-30T10:00:00Z");
        }
    }

    private static io.fabric8.kubernetes.api.model.Pod pod(String namespace, String name, String scheduled,
            String message) {
        return new io.fabric8.kubernetes.api.model.PodBuilder()
                .withNewMetadata().withName(name).withNamespace(namespace).endMetadata()
                .withNewStatus().withPhase("Pending").addNewCondition().withType("PodScheduled").withStatus(scheduled)
                .withReason("False".equals(scheduled) ? "Unschedulable" : null).withMessage(message)
                .withLastTransitionTime("2026-11-30T10:00:00Z").endCondition().endStatus().build();
    }

    @Test
    void nodesShowTheirLabelsTaintsAllocatableResourcesConditionsAndWhetherTheyTakePods() {
        seedNode("node-b", false, List.of(
                taint("dedicated", "gpu", "NoSchedule"), taint("maintenance", null, "NoExecute")),
                condition("Ready", "True"), condition("MemoryPressure", "False"));
        seedNode("node-a", true, List.of(), condition("Ready", "False"));

        List<NodeView> nodes = adapter.nodes(cluster);

        assertThat(nodes).extracting(NodeView::name).containsExactly("node-a", "node-b");
        NodeView cordoned = nodes.get(0);
        assertThat(cordoned.unschedulable()).isTrue();
        assertThat(cordoned.ready()).isFalse();
        assertThat(cordoned.taints()).isEmpty();
        NodeView worker = nodes.get(1);
        assertThat(worker.labels()).isEqualTo(Map.of("kubernetes.io/hostname", "node-b",
                "node-role.kubernetes.io/worker", ""));
        assertThat(worker.taints()).containsExactly(
                new Taint("dedicated", "gpu", Effect.NO_SCHEDULE),
                new Taint("maintenance", "", Effect.NO_EXECUTE));
        assertThat(worker.allocatable()).isEqualTo(Map.of("cpu", "3900m", "memory", "15Gi", "pods", "110",
                "ephemeral-storage", "95Gi"));
        assertThat(worker.conditions()).isEqualTo(Map.of("Ready", "True", "MemoryPressure", "False"));
        assertThat(worker.ready()).isTrue();
        assertThat(worker.unschedulable()).isFalse();
    }

    @Test
    void aClusterWithoutNodesHasNone() {
        assertThat(adapter.nodes(cluster)).isEmpty();
    }

    @Test
    void addingATaintKeepsTheOthersAsTheyWere() {
        seedNode("node-a", false, List.of(taint("maintenance", null, "NoExecute")), condition("Ready", "True"));

        NodeView after = adapter.addTaint(cluster, "node-a",
                new Taint("dedicated", "gpu", Effect.NO_SCHEDULE));

        assertThat(storedTaints("node-a")).containsExactly("maintenance:NoExecute@" + ADDED_AT,
                "dedicated=gpu:NoSchedule");
        assertThat(after.taints()).containsExactly(
                new Taint("maintenance", "", Effect.NO_EXECUTE),
                new Taint("dedicated", "gpu", Effect.NO_SCHEDULE));
        assertThat(after.ready()).isTrue();
    }

    @Test
    void aTaintWithTheSameKeyAndEffectIsReplacedAndOneWithAnotherEffectKept() {
        seedNode("node-a", false, List.of(taint("dedicated", "gpu", "NoSchedule"),
                taint("dedicated", "gpu", "PreferNoSchedule")), condition("Ready", "True"));

        NodeView after = adapter.addTaint(cluster, "node-a",
                new Taint("dedicated", "batch", Effect.NO_SCHEDULE));

        assertThat(storedTaints("node-a")).containsExactly("dedicated=gpu:PreferNoSchedule",
                "dedicated=batch:NoSchedule");
        assertThat(after.taints()).containsExactly(
                new Taint("dedicated", "gpu", Effect.PREFER_NO_SCHEDULE),
                new Taint("dedicated", "batch", Effect.NO_SCHEDULE));
    }

    @Test
    void removingATaintRemovesOnlyThatKeyAndEffect() {
        seedNode("node-a", false, List.of(taint("dedicated", "gpu", "NoSchedule"),
                taint("dedicated", "gpu", "PreferNoSchedule"), taint("maintenance", null, "NoExecute")),
                condition("Ready", "True"));

        NodeView after = adapter.removeTaint(cluster, "node-a", "dedicated", Effect.NO_SCHEDULE);

        assertThat(storedTaints("node-a")).containsExactly("dedicated=gpu:PreferNoSchedule",
                "maintenance:NoExecute@" + ADDED_AT);
        assertThat(after.taints()).extracting(Taint::key, Taint::effect).containsExactly(
                tuple("dedicated", Effect.PREFER_NO_SCHEDULE), tuple("maintenance", Effect.NO_EXECUTE));
    }

    @Test
    void removingATaintTheNodeDoesNotHaveChangesNothing() {
        seedNode("node-a", false, List.of(taint("dedicated", "gpu", "NoSchedule")), condition("Ready", "True"));

        NodeView after = adapter.removeTaint(cluster, "node-a", "dedicated", Effect.NO_EXECUTE);

        assertThat(after.taints()).containsExactly(
                new Taint("dedicated", "gpu", Effect.NO_SCHEDULE));
        assertThat(storedTaints("node-a")).containsExactly("dedicated=gpu:NoSchedule");
    }

    @Test
    void anUnknownNodeIsNotFound() {
        assertThatThrownBy(() -> adapter.addTaint(cluster, "ghost",
                new Taint("dedicated", "gpu", Effect.NO_SCHEDULE)))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("Node ghost does not exist.");
        assertThatThrownBy(() -> adapter.removeTaint(cluster, "ghost", "dedicated", Effect.NO_SCHEDULE))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("Node ghost does not exist.");
    }

    @Test
    void aNodeChangedBetweenReadingAndWritingIsAConflict() {
        try (FakeCluster canned = FakeCluster.withCannedAnswers()) {
            canned.objects().nodes().resource(new NodeBuilder().withNewMetadata().withName("node-a").endMetadata()
                    .build()).create();
            canned.expect().put().withPath("/api/v1/nodes/node-a").andReturn(409, """
                    {"kind":"Status","apiVersion":"v1","status":"Failure","reason":"Conflict","code":409,
                    "message":"Operation cannot be fulfilled on nodes \\"node-a\\": the object has been modified"}\
                    """).once();

            assertThatThrownBy(() -> adapter.addTaint(canned.access(), "node-a",
                    new Taint("dedicated", "gpu", Effect.NO_SCHEDULE)))
                    .isInstanceOf(ConflictException.class)
                    .hasMessage("Node node-a changed meanwhile; reload and try again.");
        }
    }

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

    private void seedNode(String name, boolean unschedulable, List<io.fabric8.kubernetes.api.model.Taint> taints,
            NodeCondition... conditions) {
        objects.nodes().resource(new NodeBuilder()
                .withNewMetadata().withName(name).withLabels(Map.of("kubernetes.io/hostname", name,
                        "node-role.kubernetes.io/worker", "")).endMetadata()
                .withNewSpec().withUnschedulable(unschedulable ? true : null).withTaints(taints).endSpec()
                .withNewStatus().withAllocatable(Map.of("cpu", new Quantity("3900m"), "memory", new Quantity("15Gi"),
                        "pods", new Quantity("110"), "ephemeral-storage", new Quantity("95Gi")))
                .withConditions(conditions).endStatus()
                .build()).create();
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

    private static NodeCondition condition(String type, String status) {
        return new NodeConditionBuilder().withType(type).withStatus(status).build();
    }
}
