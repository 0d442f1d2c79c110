package org.kubedeck.adapters.k8s.scan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kubedeck.adapters.k8s.testing.RigNamespace;
import org.kubedeck.domain.scan.ClusterSnapshot;
import org.kubedeck.domain.scan.ClusterSnapshot.Meta;

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
}
