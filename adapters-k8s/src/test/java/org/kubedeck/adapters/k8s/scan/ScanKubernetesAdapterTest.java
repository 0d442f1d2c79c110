package org.kubedeck.adapters.k8s.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.NodeStatusBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kubedeck.adapters.k8s.testing.RigNamespace;
import org.kubedeck.adapters.k8s.testing.ScanSeeds;
import org.kubedeck.domain.scan.ClusterSnapshot;
import org.kubedeck.domain.scan.ClusterSnapshot.Meta;
import org.kubedeck.domain.scan.Finding;
import org.kubedeck.domain.scan.Scanner;
import org.kubedeck.domain.workload.LoadLabel;

/** A scan's snapshot read from the rig's API server: the objects' own labels and the API version kubectl apply last wrote them in. */
class ScanKubernetesAdapterTest {

    @RegisterExtension
    final RigNamespace namespace = new RigNamespace();

    private final ScanKubernetesAdapter adapter = new ScanKubernetesAdapter(namespace.calls());

    @Test
    void eachObjectsLabelsAndTheApiVersionsItWasWrittenThroughAreRead() {
        namespace.create("""
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: settings, labels: {team: shop}}
                data: {mode: fast}
                """);
        // As kubectl apply leaves an object it created from a policy/v1beta1 manifest.
        namespace.create("""
                apiVersion: policy/v1
                kind: PodDisruptionBudget
                metadata:
                  name: old-budget
                  annotations:
                    kubectl.kubernetes.io/last-applied-configuration: '{"apiVersion":"policy/v1beta1","kind":"PodDisruptionBudget","metadata":{"name":"old-budget"}}'
                spec:
                  minAvailable: 1
                  selector: {matchLabels: {app: web}}
                """);

        ClusterSnapshot snapshot = adapter.snapshot(namespace.access(), namespace.name());

        assertThat(snapshot.metas()).filteredOn(meta -> meta.name().equals("settings")).singleElement()
                .satisfies(meta -> {
                    assertThat(meta.resource()).isEqualTo("configmaps");
                    assertThat(meta.labels()).containsEntry("team", "shop");
                    assertThat(meta.apiVersions()).isEmpty();
                });
        assertThat(snapshot.metas()).filteredOn(meta -> meta.name().equals("old-budget")).singleElement()
                .extracting(Meta::apiVersions).asInstanceOf(
                        org.assertj.core.api.InstanceOfAssertFactories.collection(String.class))
                .contains("policy/v1beta1");
    }

    @Test
    void aWholeClusterScanReadsWhichDeprecatedApisClientsAskedFor() {
        // A client asking for a deprecated API, as an old kubectl or controller would.
        namespace.objects().genericKubernetesResources("batch/v1beta1", "CronJob").inNamespace(namespace.name())
                .list();

        ClusterSnapshot whole = adapter.snapshot(namespace.access(), null);
        ClusterSnapshot one = adapter.snapshot(namespace.access(), namespace.name());

        assertThat(whole.requested()).anySatisfy(request -> {
            assertThat(request.apiVersion()).isEqualTo("batch/v1beta1");
            assertThat(request.resource()).isEqualTo("cronjobs");
            assertThat(request.removedIn()).isEqualTo("1.25");
        });
        assertThat(one.requested()).as("a cluster-wide fact, read for whole-cluster scans").isEmpty();
    }

    /**
     * One object per check, seeded on the rig, read and judged: each check finds its object, and a clean workload
     * is found with nothing. What the simulated kubelet cannot do (restart or kill a container) is written into the
     * pod's status, as a kubelet would report it; a node in trouble is a node object no kubelet keeps.
     */
    @Test
    void eachCheckFindsItsSeededObjectAndNothingIsFoundOnACleanOne() {
        String ns = namespace.name();
        namespace.create(ScanSeeds.SEEDS);
        RigNamespace.await(RigNamespace.SETTLE, () -> {
            var budget = namespace.objects().policy().v1().podDisruptionBudget().inNamespace(ns).withName("guarded")
                    .get();
            var tidy = namespace.objects().policy().v1().podDisruptionBudget().inNamespace(ns).withName("tidy").get();
            var quota = namespace.objects().resourceQuotas().inNamespace(ns).withName("tight").get();
            return budget.getStatus() != null && budget.getStatus().getExpectedPods() == 2
                    && tidy.getStatus() != null && Integer.valueOf(1).equals(tidy.getStatus().getDisruptionsAllowed())
                    && quota.getStatus() != null && quota.getStatus().getUsed() != null
                    && quota.getStatus().getUsed().containsKey("configmaps")
                    && quota.getStatus().getUsed().get("configmaps").getAmount().equals("3");
        });
        String crashing = reported("crashing", "CrashLoopBackOff", 7, "OOMKilled");
        String restarting = reported("restarting", null, 6, "Error");
        String ghost = "ghost-" + ns;
        // The API server keeps a new node's status as given (no kubelet will report another for 40 seconds).
        namespace.objects().nodes().resource(new NodeBuilder().withNewMetadata().withName(ghost).endMetadata()
                .withStatus(new NodeStatusBuilder().addNewCondition().withType("Ready").withStatus("False")
                        .endCondition().addNewCondition().withType("MemoryPressure").withStatus("True")
                        .endCondition().build()).build()).create();
        try {
            List<Finding> findings = new Scanner(LoadLabel.DEFAULT, 0.8).scan(adapter.snapshot(namespace.access(),
                    ns));
            List<String> found = findings.stream().map(finding -> finding.check().id() + " " + finding.name())
                    .toList();

            assertThat(found).contains("privileged priv", "added-capabilities priv", "host-network priv",
                    "host-path priv", "image-latest lonely", "single-replica lonely", "no-requests lonely",
                    "no-limits lonely", "no-liveness-probe lonely", "no-readiness-probe lonely",
                    "runs-as-root lonely", "writable-root-filesystem lonely", "pdb-blocks-eviction guarded",
                    "service-selects-nothing nowhere", "service-ignores-load-label balanced",
                    "pending " + pendingPod(ns), "crash-loop " + crashing, "restarts " + restarting,
                    "oom-killed " + crashing,
                    "quota-high tight", "unused-claim orphan", "unused-configmap spare", "unused-secret spare",
                    "ingress-missing-service front", "node-not-ready " + ghost, "node-pressure " + ghost);
            assertThat(found).as("a clean workload").noneMatch(finding -> finding.endsWith(" tidy"));
            assertThat(findings).filteredOn(finding -> finding.check().id().equals("pending")).first()
                    .satisfies(finding -> assertThat(finding.message()).contains("node"));
        } finally {
            namespace.objects().nodes().withName(ghost).delete();
        }
    }

    /**
     * The pod's container as a kubelet reports one that restarted: waiting for {@code waiting} (null: running
     * again), after {@code restarts} restarts, its last run ended for {@code lastEnded}.
     */
    private String reported(String app, String waiting, int restarts, String lastEnded) {
        var pod = namespace.awaitRunning("app=" + app, 1).get(0);
        ContainerStatusBuilder status = new ContainerStatusBuilder().withName("main").withImage("nginx:1.27")
                .withImageID("").withReady(waiting == null).withRestartCount(restarts).withNewLastState()
                .withNewTerminated().withReason(lastEnded).withExitCode(137).endTerminated().endLastState();
        status = waiting == null ? status.withNewState().withNewRunning().endRunning().endState()
                : status.withNewState().withNewWaiting().withReason(waiting).endWaiting().endState();
        pod.getStatus().setContainerStatuses(List.of(status.build()));
        namespace.objects().pods().inNamespace(namespace.name()).resource(pod).updateStatus();
        return pod.getMetadata().getName();
    }

    private String pendingPod(String ns) {
        return namespace.pods("app=stuck").get(0).getMetadata().getName();
    }

    @Test
    void aWorkloadInDefaultIsFound() {
        String name = "scan-" + namespace.name();
        namespace.objects().configMaps().inNamespace("default").resource(new io.fabric8.kubernetes.api.model
                .ConfigMapBuilder().withNewMetadata().withName(name).endMetadata().build()).create();
        namespace.objects().apps().deployments().inNamespace("default").resource(new DeploymentBuilder()
                .withNewMetadata().withName(name).endMetadata().withNewSpec().withReplicas(0).withNewSelector()
                .addToMatchLabels("app", name).endSelector().withNewTemplate().withNewMetadata()
                .addToLabels("app", name).endMetadata().withNewSpec().addNewContainer().withName("main")
                .withImage("nginx:1.27").endContainer().endSpec().endTemplate().endSpec().build()).create();
        try {
            List<String> found = new Scanner(LoadLabel.DEFAULT, 0.8).scan(adapter.snapshot(namespace.access(),
                    "default")).stream().map(finding -> finding.check().id() + " " + finding.name()).toList();
            assertThat(found).contains("default-namespace " + name, "unused-configmap " + name);
        } finally {
            namespace.objects().apps().deployments().inNamespace("default").withName(name).delete();
            namespace.objects().configMaps().inNamespace("default").withName(name).delete();
        }
    }
}
