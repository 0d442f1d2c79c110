package org.kubedeck.adapters.k8s.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.kubedeck.adapters.k8s.testing.RigNamespace.SETTLE;
import static org.kubedeck.adapters.k8s.testing.RigNamespace.await;
import io.fabric8.kubernetes.api.model.ContainerStateBuilder;
import io.fabric8.kubernetes.api.model.EndpointAddress;
import io.fabric8.kubernetes.api.model.EndpointSubset;
import io.fabric8.kubernetes.api.model.Endpoints;
import io.fabric8.kubernetes.api.model.ListOptionsBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kubedeck.adapters.k8s.KubernetesCalls;
import org.kubedeck.adapters.k8s.testing.KubeconfigYaml;
import org.kubedeck.adapters.k8s.testing.RequestLog;
import org.kubedeck.adapters.k8s.testing.RigNamespace;
import org.kubedeck.domain.AccessDeniedException;
import org.kubedeck.domain.DomainException;
import org.kubedeck.domain.NotFoundException;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.cluster.ClusterUnavailableException;
import org.kubedeck.domain.cluster.Kubeconfig;
import org.kubedeck.domain.kube.LiveResource;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.kube.SelectorRequirement;
import org.kubedeck.domain.kube.SelectorRequirement.Operator;
import org.kubedeck.domain.workload.NamespaceSummary;
import org.kubedeck.domain.workload.PodDetail;
import org.kubedeck.domain.workload.PodDetail.Condition;
import org.kubedeck.domain.workload.PodDetail.ContainerView;
import org.kubedeck.domain.workload.PodDetail.PodOwner;
import org.kubedeck.domain.workload.PodView;
import org.kubedeck.domain.workload.ServiceView;
import org.kubedeck.domain.workload.WorkloadView;

/**
 * The direct reads and the PodLabeler on the real API server. Objects are created as kubectl creates them; the
 * controllers, the scheduler and the simulated kubelet run them (nodes node-a and node-b at 127.0.1.41 and
 * 127.0.1.42); what the adapter answers is checked against what an independent client reads back.
 */
class WorkloadKubernetesAdapterTest {

    private static final Map<String, String> WEB = Map.of("app", "web");
    private static final String NODE_A_IP = "127.0.1.41";
    private static final String NODE_B_IP = "127.0.1.42";
    /** A nodeSelector no node matches: the pod stays Pending, unscheduled, as on a full cluster. */
    private static final String NOWHERE = "nodeSelector: {kubedeck.test/nowhere: \"true\"}";

    @RegisterExtension
    final RigNamespace namespace = new RigNamespace();

    private final RequestLog requests = new RequestLog();
    private final KubernetesCalls calls = namespace.calls(requests);
    private final WorkloadKubernetesAdapter adapter = new WorkloadKubernetesAdapter(calls);
    private final ClusterAccess cluster = namespace.access();
    private final KubernetesClient objects = namespace.objects();
    private final String shop = namespace.name();

    @Test
    void namespacesAreSortedByName() {
        List<String> names = adapter.namespaces(cluster);

        assertThat(names).isSorted().doesNotHaveDuplicates()
                .contains("default", "kube-node-lease", "kube-public", "kube-system", shop);
    }

    @Test
    void onlyExistingNamespacesExist() {
        assertThat(adapter.namespaceExists(cluster, shop)).isTrue();
        assertThat(adapter.namespaceExists(cluster, shop + "-elsewhere")).isFalse();
    }

    @Test
    void deploymentsShowTheirSelectorReplicasAndReadyPods() {
        namespace.create(deploymentYaml("web", 3, "app: web", "") + "---\n"
                + deploymentYaml("api", 2, "app: api", NOWHERE));
        await(SETTLE, () -> readyReplicas(storedDeployment("web")) == 3);

        assertThat(adapter.workloads(cluster, shop, ResourceKind.DEPLOYMENT)).containsExactly(
                new WorkloadView("api", ResourceKind.DEPLOYMENT, Map.of("app", "api"), 2, 0),
                new WorkloadView("web", ResourceKind.DEPLOYMENT, WEB, 3, 3));
    }

    @Test
    void statefulSetsShowTheirSelectorReplicasAndReadyPods() {
        namespace.create(statefulSetYaml("db", 2, "") + "---\n" + statefulSetYaml("cold", 2, NOWHERE));
        await(SETTLE, () -> readyReplicas(storedStatefulSet("db")) == 2);

        assertThat(adapter.workloads(cluster, shop, ResourceKind.STATEFULSET)).containsExactly(
                new WorkloadView("cold", ResourceKind.STATEFULSET, Map.of("app", "cold"), 2, 0),
                new WorkloadView("db", ResourceKind.STATEFULSET, Map.of("app", "db"), 2, 2));
    }

    @Test
    void daemonSetsWantOnePodPerNodeTheyAreScheduledTo() {
        // Region and zone labels only the rig's own nodes carry: nodes other tests add do not count.
        namespace.create(daemonSetYaml("agent", "topology.kubernetes.io/region: rig") + "---\n"
                + daemonSetYaml("zoned", "topology.kubernetes.io/zone: zone-a"));
        await(SETTLE, () -> numberReady("agent") == 2 && numberReady("zoned") == 1);

        assertThat(adapter.workloads(cluster, shop, ResourceKind.DAEMONSET)).containsExactly(
                new WorkloadView("agent", ResourceKind.DAEMONSET, Map.of("app", "agent"), 2, 2),
                new WorkloadView("zoned", ResourceKind.DAEMONSET, Map.of("app", "zoned"), 1, 1));
        assertThat(objects.pods().inNamespace(shop).withLabel("app", "agent").list().getItems())
                .extracting(pod -> pod.getSpec().getNodeName()).containsExactlyInAnyOrder("node-a", "node-b");
    }

    @Test
    void barePodsAreTheWorkloadsOfTypePodAndOwnedPodsAreNot() {
        namespace.create(deploymentYaml("web", 1, "app: web", "") + "---\n"
                + podYaml("debug", "run: debug", "") + "---\n"
                + podYaml("scratch", "", NOWHERE));
        namespace.awaitRunning("app=web", 1);
        await(SETTLE, () -> podReady("debug"));

        assertThat(adapter.workloads(cluster, shop, ResourceKind.POD)).containsExactly(
                new WorkloadView("debug", ResourceKind.POD, Map.of("run", "debug"), 1, 1),
                new WorkloadView("scratch", ResourceKind.POD, Map.of(), 1, 0));
    }

    @Test
    void oneWorkloadIsFoundByTypeAndName() {
        namespace.withShop(2);
        await(SETTLE, () -> readyReplicas(storedDeployment("web")) == 2);
        String ownedPod = webPods().get(0);

        assertThat(adapter.workload(cluster, shop, ResourceKind.DEPLOYMENT, "web"))
                .contains(new WorkloadView("web", ResourceKind.DEPLOYMENT, WEB, 2, 2));
        assertThat(adapter.workload(cluster, shop, ResourceKind.STATEFULSET, "db")).hasValueSatisfying(db ->
                assertThat(db.selector()).isEqualTo(Map.of("app", "db")));
        assertThat(adapter.workload(cluster, shop, ResourceKind.STATEFULSET, "web")).isEmpty();
        assertThat(adapter.workload(cluster, shop, ResourceKind.DAEMONSET, "web")).isEmpty();
        assertThat(adapter.workload(cluster, shop, ResourceKind.POD, "debug"))
                .contains(new WorkloadView("debug", ResourceKind.POD, Map.of("run", "debug"), 1, 1));
        assertThat(adapter.workload(cluster, shop, ResourceKind.POD, ownedPod))
                .as("a pod its ReplicaSet owns is not a workload of its own").isEmpty();
        assertThat(adapter.workload(cluster, shop, ResourceKind.POD, "db-0"))
                .as("nor is a pod its StatefulSet owns").isEmpty();
    }

    @Test
    void podsOfADeploymentAreTheOnesItsSelectorPicks() {
        namespace.withShop(3);
        String kicked = webPods().get(1);
        objects.pods().inNamespace(shop).withName(kicked).edit(pod -> {
            pod.getMetadata().getLabels().put("load", "done");
            return pod;
        });
        WorkloadView web = adapter.workload(cluster, shop, ResourceKind.DEPLOYMENT, "web").orElseThrow();

        List<PodView> pods = adapter.pods(cluster, shop, web);

        assertThat(pods).extracting(PodView::name).as("not db-0, not debug").containsExactlyElementsOf(webPods());
        assertThat(pods).filteredOn(pod -> pod.name().equals(kicked)).singleElement()
                .satisfies(pod -> assertThat(pod.label("load")).isEqualTo("done"));
    }

    @Test
    void matchExpressionsOfADeploymentAreHonouredByTheServer() {
        namespace.create("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: front}
                spec:
                  replicas: 0
                  selector:
                    matchLabels: {app: web}
                    matchExpressions:
                    - {key: tier, operator: In, values: [front, edge]}
                    - {key: track, operator: NotIn, values: [beta]}
                    - {key: zone, operator: Exists}
                    - {key: canary, operator: DoesNotExist}
                  template:
                    metadata: {labels: {app: web, tier: front, zone: a}}
                    spec: {containers: [{name: main, image: nginx}]}
                """ + "---\n" + String.join("---\n",
                podYaml("front-1", "{app: web, tier: front, zone: a}", ""),
                podYaml("edge-1", "{app: web, tier: edge, zone: b, track: stable}", ""),
                podYaml("back-1", "{app: web, tier: back, zone: a}", ""),
                podYaml("beta-1", "{app: web, tier: front, zone: a, track: beta}", ""),
                podYaml("zoneless-1", "{app: web, tier: front}", ""),
                podYaml("canary-1", "{app: web, tier: front, zone: a, canary: \"yes\"}", ""),
                podYaml("api-1", "{app: api, tier: front, zone: a}", "")));

        WorkloadView front = adapter.workload(cluster, shop, ResourceKind.DEPLOYMENT, "front").orElseThrow();
        requests.forget();
        List<PodView> pods = adapter.pods(cluster, shop, front);

        assertThat(front.expressions()).containsExactly(
                new SelectorRequirement("tier", Operator.IN, List.of("front", "edge")),
                new SelectorRequirement("track", Operator.NOT_IN, List.of("beta")),
                new SelectorRequirement("zone", Operator.EXISTS, List.of()),
                new SelectorRequirement("canary", Operator.DOES_NOT_EXIST, List.of()));
        assertThat(pods).extracting(PodView::name).containsExactly("edge-1", "front-1");
        String selector = requests.sent().stream().filter(sent -> sent.target().contains("/pods?"))
                .map(sent -> sent.query("labelSelector")).findFirst().orElseThrow();
        assertThat(selector).contains("track notin (beta)", "!canary");
        assertThat(objects.pods().inNamespace(shop).list(new ListOptionsBuilder().withLabelSelector(selector)
                .build()).getItems()).as("what the server itself picks with the selector the adapter sent")
                .extracting(pod -> pod.getMetadata().getName()).containsExactlyInAnyOrder("edge-1", "front-1");
    }

    @Test
    void podsShowTheirNodesInternalIpNotItsName() {
        namespace.create(podYaml("on-a", "app: web", "nodeName: node-a") + "---\n"
                + podYaml("on-b", "app: web", "nodeName: node-b"));
        namespace.awaitRunning("app=web", 2);

        List<PodView> pods = adapter.pods(cluster, shop, deploymentSelecting(WEB));

        assertThat(pods).extracting(PodView::name, PodView::nodeName, PodView::nodeIp).containsExactly(
                tuple("on-a", "node-a", NODE_A_IP),
                tuple("on-b", "node-b", NODE_B_IP));
        assertThat(pods).allSatisfy(pod -> assertThat(pod.nodeIp())
                .isEqualTo(objects.pods().inNamespace(shop).withName(pod.name()).get().getStatus().getHostIP()));
    }

    @Test
    void podsShowTheirIpReadinessAndRestarts() {
        namespace.create(deploymentYaml("web", 2, "app: web", "",
                "[{name: c0, image: nginx}, {name: c1, image: redis}]"));
        namespace.awaitRunning("app=web", 2);
        String restarted = webPods().get(1);
        // The rig restarts nothing: write what a kubelet reports after restarts through the status subresource.
        objects.pods().inNamespace(shop).withName(restarted).editStatus(pod -> {
            pod.getStatus().getContainerStatuses().forEach(container -> container.setRestartCount(3));
            pod.getStatus().getContainerStatuses().get(1).setReady(false);
            pod.getStatus().getConditions().stream().filter(condition -> "Ready".equals(condition.getType()))
                    .forEach(condition -> condition.setStatus("False"));
            return pod;
        });

        List<PodView> pods = adapter.pods(cluster, shop, deploymentSelecting(WEB));

        Pod stored = pod(webPods().get(0));
        PodView ready = pods.get(0);
        assertThat(ready.podIp()).startsWith("127.").isEqualTo(stored.getStatus().getPodIP());
        assertThat(ready.phase()).isEqualTo("Running");
        assertThat(ready.ready()).isTrue();
        assertThat(ready.readyText()).isEqualTo("2/2");
        assertThat(ready.restarts()).isZero();
        assertThat(ready.createdAt()).isEqualTo(Instant.parse(stored.getMetadata().getCreationTimestamp()));
        assertThat(ready.namespace()).isEqualTo(shop);
        PodView notReady = pods.get(1);
        assertThat(notReady.name()).isEqualTo(restarted);
        assertThat(notReady.ready()).isFalse();
        assertThat(notReady.readyText()).isEqualTo("1/2");
        assertThat(notReady.restarts()).isEqualTo(6);
        assertThat(pods).extracting(PodView::podIp).doesNotHaveDuplicates();
    }

    @Test
    void aPodsDetailNamesItsDeploymentItsContainersConditionsAndEvents() {
        namespace.create(deploymentYaml("web", 1, "app: web", "",
                "[{name: c0, image: nginx:1.25}, {name: c1, image: redis:7}]"));
        namespace.awaitRunning("app=web", 1);
        String name = webPods().get(0);
        objects.pods().inNamespace(shop).withName(name).editStatus(pod -> {
            pod.getStatus().getContainerStatuses().stream().filter(c -> c.getName().equals("c1")).forEach(c -> {
                c.setRestartCount(2);
                c.setLastState(new ContainerStateBuilder().withNewTerminated().withReason("OOMKilled")
                        .withExitCode(137).endTerminated().build());
            });
            return pod;
        });

        PodDetail detail = adapter.detail(cluster, shop, name).orElseThrow();

        Pod stored = pod(name);
        assertThat(detail.pod().name()).isEqualTo(name);
        assertThat(detail.pod().images()).containsExactly("nginx:1.25", "redis:7");
        assertThat(detail.pod().nodeName()).isEqualTo(stored.getSpec().getNodeName());
        assertThat(detail.pod().nodeIp()).isIn(NODE_A_IP, NODE_B_IP);
        assertThat(detail.owner()).as("the ReplicaSet's Deployment, not the ReplicaSet")
                .isEqualTo(new PodOwner("Deployment", "web"));
        assertThat(detail.owner().workloadCode()).isEqualTo("deployment");
        assertThat(detail.serviceAccount()).isEqualTo("default");
        assertThat(detail.containers()).extracting(ContainerView::name, ContainerView::image, ContainerView::state)
                .containsExactly(tuple("c0", "nginx:1.25", "running"), tuple("c1", "redis:7", "running"));
        assertThat(detail.containers().get(1).restarts()).isEqualTo(2);
        assertThat(detail.containers().get(1).lastEnded()).isEqualTo("OOMKilled");
        assertThat(detail.conditions()).extracting(Condition::type).contains("PodScheduled", "Ready");
        await(SETTLE, () -> !adapter.detail(cluster, shop, name).orElseThrow().events().isEmpty());
        assertThat(adapter.detail(cluster, shop, name).orElseThrow().events())
                .as("the scheduler's, read back from the API server")
                .anySatisfy(event -> assertThat(event.reason()).isEqualTo("Scheduled"));
    }

    @Test
    void namespacesAreCountedInFiveListsForTheWholeCluster() {
        namespace.create(deploymentYaml("web", 2, "app: web", ""));
        namespace.create(deploymentYaml("stuck", 1, "app: stuck", NOWHERE));
        namespace.awaitRunning("app=web", 2);
        await(SETTLE, () -> readyReplicas(storedDeployment("web")) == 2);
        requests.forget();

        List<NamespaceSummary> summaries = adapter.summaries(cluster);

        assertThat(requests.sent()).as("one list of each, whatever the number of namespaces").hasSize(5);
        assertThat(summaries).extracting(NamespaceSummary::name).isSorted().contains("default", shop);
        assertThat(summaries).filteredOn(summary -> summary.name().equals(shop)).singleElement().satisfies(mine -> {
            assertThat(mine.counted()).isTrue();
            assertThat(mine.pods()).isEqualTo(3);
            assertThat(mine.readyPods()).isEqualTo(2);
            assertThat(mine.workloads()).isEqualTo(2);
            assertThat(mine.workloadsNotReady()).as("stuck waits for a node").isEqualTo(1);
            assertThat(mine.phase()).isEqualTo("Active");
            assertThat(mine.createdAt()).isNotNull();
        });
        assertThat(adapter.workloadsEverywhere(cluster, ResourceKind.DEPLOYMENT))
                .filteredOn(found -> found.namespace().equals(shop))
                .extracting(found -> found.workload().name()).containsExactly("stuck", "web");
    }

    @Test
    void aBarePodHasNoOwnerAndAMissingPodNoDetail() {
        namespace.create(podYaml("debug", "run: debug", NOWHERE));

        PodDetail detail = adapter.detail(cluster, shop, "debug").orElseThrow();

        assertThat(detail.owner()).isNull();
        assertThat(detail.pod().nodeName()).isNull();
        assertThat(detail.containers()).singleElement().satisfies(container -> {
            assertThat(container.state()).isIn("unknown", "waiting");
            assertThat(container.ready()).isFalse();
        });
        assertThat(adapter.detail(cluster, shop, "ghost")).isEmpty();
    }

    @Test
    void aPodNoNodeTookHasNeitherNodeNorIps() {
        namespace.create(podYaml("waiting", "app: web", NOWHERE));

        assertThat(adapter.pods(cluster, shop, deploymentSelecting(WEB))).singleElement().satisfies(pod -> {
            assertThat(pod.phase()).isEqualTo("Pending");
            assertThat(pod.nodeName()).isNull();
            assertThat(pod.nodeIp()).isNull();
            assertThat(pod.podIp()).isNull();
            assertThat(pod.readyText()).isEqualTo("0/1");
        });
    }

    @Test
    void aPodOnANodeThatIsGoneHasNoNodeIp() {
        namespace.create(podYaml("web-1", "app: web", "nodeName: vanished"));

        assertThat(adapter.pods(cluster, shop, deploymentSelecting(WEB))).singleElement()
                .satisfies(pod -> assertThat(pod.nodeName()).isEqualTo("vanished"))
                .satisfies(pod -> assertThat(pod.nodeIp()).isNull());
        assertThat(adapter.pod(cluster, shop, "web-1")).hasValueSatisfying(pod -> assertThat(pod.nodeIp()).isNull());
    }

    @Test
    void aCredentialThatMayNotListNodesStillSeesThePods() {
        namespace.create(podYaml("web-1", "app: web", "nodeName: node-a"));
        namespace.awaitRunning("app=web", 1);
        ClusterAccess viewer = namespaceViewer();
        await(SETTLE, () -> succeeds(() -> adapter.pods(viewer, shop, deploymentSelecting(WEB))));
        requests.forget();

        assertThat(adapter.pods(viewer, shop, deploymentSelecting(WEB))).singleElement()
                .satisfies(pod -> assertThat(pod.nodeIp()).isNull());
        assertThat(adapter.pod(viewer, shop, "web-1")).hasValueSatisfying(pod -> assertThat(pod.nodeIp()).isNull());
        assertThat(requests.sent()).extracting(RequestLog.Sent::target)
                .contains("/api/v1/nodes", "/api/v1/nodes/node-a");
        assertThat(adapter.pod(cluster, shop, "web-1")).as("the admin may read the node")
                .hasValueSatisfying(pod -> assertThat(pod.nodeIp()).isEqualTo(NODE_A_IP));
    }

    @Test
    void aClusterThatCannotBeReachedIsUnavailable() {
        ClusterAccess unreachable = KubeconfigYaml.forServer(closedPort()).access();

        assertThatThrownBy(() -> adapter.namespaces(unreachable))
                .isInstanceOf(ClusterUnavailableException.class)
                .hasMessageContaining("Cannot reach");
    }

    @Test
    void theOnlyPodOfABarePodIsItself() {
        namespace.create(deploymentYaml("web", 1, "app: web", "") + "---\n"
                + podYaml("debug", "app: web", "nodeName: node-a"));
        namespace.awaitRunning("app=web", 2);

        List<PodView> pods = adapter.pods(cluster, shop, new WorkloadView("debug", ResourceKind.POD, WEB, 1, 1));

        assertThat(pods).singleElement().satisfies(pod -> {
            assertThat(pod.name()).isEqualTo("debug");
            assertThat(pod.nodeIp()).isEqualTo(NODE_A_IP);
        });
    }

    @Test
    void aWorkloadWithoutSelectorHasNoPodsAndAsksForNone() {
        namespace.create(podYaml("web-1", "app: web", ""));

        assertThat(adapter.pods(cluster, shop, deploymentSelecting(Map.of()))).isEmpty();
        assertThat(requests.sent()).isEmpty();
    }

    @Test
    void onePodIsFoundByName() {
        namespace.create(podYaml("web-1", "app: web", "nodeName: node-a"));
        namespace.awaitRunning("app=web", 1);

        assertThat(adapter.pod(cluster, shop, "web-1")).hasValueSatisfying(pod -> {
            assertThat(pod.nodeIp()).isEqualTo(NODE_A_IP);
            assertThat(pod.labels()).isEqualTo(WEB);
            assertThat(pod.podIp()).isEqualTo(pod("web-1").getStatus().getPodIP());
        });
        assertThat(adapter.pod(cluster, shop, "web-9")).isEmpty();
    }

    @Test
    void servicesShowTheirSelector() {
        namespace.create("""
                apiVersion: v1
                kind: Service
                metadata: {name: web}
                spec:
                  selector: {app: web, load: online}
                  ports: [{port: 80}]
                ---
                apiVersion: v1
                kind: Service
                metadata: {name: external}
                spec: {type: ExternalName, externalName: db.example}
                """);

        assertThat(adapter.services(cluster, shop)).containsExactly(
                new ServiceView("external", Map.of()),
                new ServiceView("web", Map.of("app", "web", "load", "online")));
    }

    @Test
    void aKickedPodLeavesTheServiceEndpointsAndARestoredOneComesBack() {
        namespace.withShop(3);
        List<String> web = webPods();
        await(SETTLE, () -> endpoints("web").keySet().equals(Set.copyOf(web)));
        String kicked = web.get(0);
        Pod before = pod(kicked);

        LiveResource answered = adapter.setLabel(cluster, shop, kicked, "load", "done");

        assertThat(answered.name()).isEqualTo(kicked);
        assertThat(answered.yaml()).contains("load: done").doesNotContain("managedFields");
        assertThat(answered.resourceVersion()).as("the state the API server stored, as it answered the patch")
                .isEqualTo(pod(kicked).getMetadata().getResourceVersion());
        Map<String, String> kickedLabels = new HashMap<>(before.getMetadata().getLabels());
        kickedLabels.put("load", "done");
        assertThat(pod(kicked).getMetadata().getLabels()).as("the other labels stay").isEqualTo(kickedLabels);
        await(SETTLE, () -> endpoints("web").keySet().equals(Set.copyOf(web.subList(1, 3))));
        assertThat(endpoints("web")).doesNotContainValue(before.getStatus().getPodIP());
        assertThat(pod(kicked).getStatus().getPhase()).as("out of the Service, still running")
                .isEqualTo("Running");
        assertThat(webPods()).as("its ReplicaSet, selecting app=web, keeps it and adds none").isEqualTo(web);

        LiveResource restored = adapter.setLabel(cluster, shop, kicked, "load", "online");

        assertThat(restored.yaml()).contains("load: online");
        await(SETTLE, () -> endpoints("web").keySet().equals(Set.copyOf(web)));
        assertThat(endpoints("web")).containsEntry(kicked, before.getStatus().getPodIP());
    }

    @Test
    void kickingOrRestoringTwiceIsHarmless() {
        namespace.withShop(2);
        List<String> web = webPods();
        String kicked = web.get(1);

        LiveResource first = adapter.setLabel(cluster, shop, kicked, "load", "done");
        String version = pod(kicked).getMetadata().getResourceVersion();
        LiveResource second = adapter.setLabel(cluster, shop, kicked, "load", "done");

        assertThat(second.yaml()).contains("load: done");
        assertThat(second.resourceVersion()).isEqualTo(first.resourceVersion());
        assertThat(pod(kicked).getMetadata().getResourceVersion()).as("the server found nothing to change")
                .isEqualTo(version);
        await(SETTLE, () -> endpoints("web").keySet().equals(Set.of(web.get(0))));

        adapter.setLabel(cluster, shop, kicked, "load", "online");
        LiveResource restoredAgain = adapter.setLabel(cluster, shop, kicked, "load", "online");

        assertThat(restoredAgain.yaml()).contains("load: online");
        await(SETTLE, () -> endpoints("web").keySet().equals(Set.copyOf(web)));
    }

    @Test
    void setLabelAddsALabelThePodDidNotHave() {
        namespace.create(podYaml("web-1", "app: web", ""));

        adapter.setLabel(cluster, shop, "web-1", "load", "online");

        assertThat(pod("web-1").getMetadata().getLabels()).isEqualTo(Map.of("app", "web", "load", "online"));
    }

    @Test
    void labellingAMissingPodIsNotFound() {
        assertThatThrownBy(() -> adapter.setLabel(cluster, shop, "ghost", "load", "done"))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("Pod " + shop + "/ghost does not exist.");
    }

    @Test
    void aCredentialThatMayOnlyReadCannotKickAndThePodKeepsItsLabel() {
        namespace.create(podYaml("web-1", "{app: web, load: online}", ""));
        ClusterAccess reader = new ClusterAccess(ClusterName.of("reader"),
                new Kubeconfig(namespace.rig().readerKubeconfig()), null);

        assertThat(adapter.pod(reader, shop, "web-1")).isPresent();
        assertThatThrownBy(() -> adapter.setLabel(reader, shop, "web-1", "load", "done"))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageStartingWith("The cluster's credential may not patch Pod " + shop + "/web-1")
                .hasMessageContaining("cannot patch resource \"pods\"");
        assertThat(pod("web-1").getMetadata().getLabels()).containsEntry("load", "online");
    }

    // --- objects as kubectl would create them

    private static String deploymentYaml(String name, int replicas, String labels, String podSpec) {
        return deploymentYaml(name, replicas, labels, podSpec, "[{name: main, image: nginx}]");
    }

    private static String deploymentYaml(String name, int replicas, String labels, String podSpec, String containers) {
        return """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: %s}
                spec:
                  replicas: %d
                  selector: {matchLabels: {%s}}
                  template:
                    metadata: {labels: {%s}}
                    spec: {containers: %s%s}
                """.formatted(name, replicas, labels, labels, containers, extra(podSpec));
    }

    private static String statefulSetYaml(String name, int replicas, String podSpec) {
        return """
                apiVersion: apps/v1
                kind: StatefulSet
                metadata: {name: %s}
                spec:
                  replicas: %d
                  serviceName: %s
                  selector: {matchLabels: {app: %s}}
                  template:
                    metadata: {labels: {app: %s}}
                    spec: {containers: [{name: main, image: postgres}]%s}
                """.formatted(name, replicas, name, name, name, extra(podSpec));
    }

    private static String daemonSetYaml(String name, String nodeLabel) {
        return """
                apiVersion: apps/v1
                kind: DaemonSet
                metadata: {name: %s}
                spec:
                  selector: {matchLabels: {app: %s}}
                  template:
                    metadata: {labels: {app: %s}}
                    spec: {containers: [{name: main, image: fluentd}], nodeSelector: {%s}}
                """.formatted(name, name, name, nodeLabel);
    }

    /** A bare pod; {@code labels} is YAML ("app: web" or a flow map), {@code podSpec} more of its spec. */
    private static String podYaml(String name, String labels, String podSpec) {
        String labelMap = labels.isEmpty() ? "" : ", labels: " + (labels.startsWith("{") ? labels : "{" + labels + "}");
        return """
                apiVersion: v1
                kind: Pod
                metadata: {name: %s%s}
                spec: {containers: [{name: main, image: busybox}]%s}
                """.formatted(name, labelMap, extra(podSpec));
    }

    private static String extra(String podSpec) {
        return podSpec.isEmpty() ? "" : ", " + podSpec;
    }

    private static WorkloadView deploymentSelecting(Map<String, String> selector) {
        return new WorkloadView("web", ResourceKind.DEPLOYMENT, selector, 2, 2);
    }

    // --- reading back with the independent client

    private Pod pod(String name) {
        return objects.pods().inNamespace(shop).withName(name).get();
    }

    /** The names of the Deployment web's pods, sorted as the adapter sorts them. */
    private List<String> webPods() {
        return objects.pods().inNamespace(shop).withLabel("app", "web").list().getItems().stream()
                .map(pod -> pod.getMetadata().getName()).sorted().toList();
    }

    private Deployment storedDeployment(String name) {
        return objects.apps().deployments().inNamespace(shop).withName(name).get();
    }

    private StatefulSet storedStatefulSet(String name) {
        return objects.apps().statefulSets().inNamespace(shop).withName(name).get();
    }

    private static int readyReplicas(Deployment deployment) {
        return Objects.requireNonNullElse(deployment.getStatus().getReadyReplicas(), 0);
    }

    private static int readyReplicas(StatefulSet statefulSet) {
        return Objects.requireNonNullElse(statefulSet.getStatus().getReadyReplicas(), 0);
    }

    private int numberReady(String daemonSet) {
        DaemonSet stored = objects.apps().daemonSets().inNamespace(shop).withName(daemonSet).get();
        return stored.getStatus() == null ? 0 : Objects.requireNonNullElse(stored.getStatus().getNumberReady(), 0);
    }

    private boolean podReady(String name) {
        Pod pod = pod(name);
        return pod.getStatus().getConditions().stream()
                .anyMatch(condition -> "Ready".equals(condition.getType()) && "True".equals(condition.getStatus()));
    }

    /** The ready addresses of a Service's Endpoints, as the endpoints controller keeps them: pod name to pod IP. */
    private Map<String, String> endpoints(String service) {
        Endpoints endpoints = objects.endpoints().inNamespace(shop).withName(service).get();
        Map<String, String> addresses = new TreeMap<>();
        if (endpoints != null && endpoints.getSubsets() != null) {
            for (EndpointSubset subset : endpoints.getSubsets()) {
                for (EndpointAddress address : Objects.requireNonNullElse(subset.getAddresses(),
                        List.<EndpointAddress>of())) {
                    addresses.put(address.getTargetRef().getName(), address.getIp());
                }
            }
        }
        return addresses;
    }

    // --- other credentials and servers

    /**
     * A service account of this namespace bound to the ClusterRole "view" here: it may read the namespace's pods
     * but no node, which is cluster-wide.
     */
    private ClusterAccess namespaceViewer() {
        return namespace.bind("viewer", "ClusterRole", "view").accessAs("viewer");
    }

    /** An address on this machine where nothing listens: connections to it are refused at once. */
    private static String closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "https://127.0.0.1:" + socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean succeeds(Runnable request) {
        try {
            request.run();
            return true;
        } catch (DomainException e) {
            return false;
        }
    }
}
