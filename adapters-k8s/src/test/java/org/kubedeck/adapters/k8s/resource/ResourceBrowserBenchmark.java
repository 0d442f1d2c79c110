package org.kubedeck.adapters.k8s.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kubedeck.adapters.k8s.testing.Bench.millisSince;
import static org.kubedeck.adapters.k8s.testing.Bench.time;
import static org.kubedeck.adapters.k8s.testing.Bench.usedHeapAfterGc;

import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kubedeck.adapters.k8s.KubernetesCalls;
import org.kubedeck.adapters.k8s.KubernetesClients;
import org.kubedeck.adapters.k8s.kube.Discoveries;
import org.kubedeck.adapters.k8s.testing.Bench.Timings;
import org.kubedeck.adapters.k8s.testing.KubeRig;
import org.kubedeck.adapters.k8s.testing.RigNamespace;
import org.kubedeck.application.kube.port.out.KindDiscovery;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.kube.LabelSelector;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.resource.ResourceTable;

/**
 * The resource browser on the real API server: the first page of a kind with {@value #OBJECTS} objects (cold, then
 * warm), the discovery of a cluster serving {@value #DEFINITIONS} more custom resource definitions, and the heap
 * that discovery keeps per cluster and per kind. The browser watches no kind: a list is read a page at a time when
 * it is asked for, so discovery is all it keeps. Asserts nothing about time. Run with {@code ./mvnw -Pbench -pl
 * adapters-k8s -am test -Dtest=ResourceBrowserBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
class ResourceBrowserBenchmark {

    private static final int OBJECTS = 5_000;
    private static final int DEFINITIONS = 200;
    /** Custom resources come in groups of a few kinds, as operators ship them. */
    private static final int KINDS_PER_GROUP = 5;
    private static final int READS = 100;
    private static final int CLUSTERS = 50;
    private static final LabelSelector ALL = LabelSelector.parse("");

    @Test
    void aBigListAndManyDefinitions() throws Exception {
        KubeRig rig = KubeRig.shared();
        KubernetesClient objects = rig.objects();
        String run = UUID.randomUUID().toString().substring(0, 6);
        String namespace = "bench-list-" + run;
        List<String> groups = IntStream.range(0, DEFINITIONS / KINDS_PER_GROUP)
                .mapToObj(i -> "g" + i + "-" + run + ".bench.example.com").toList();
        objects.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(namespace).endMetadata()
                .build()).create();
        try (KubernetesClients clients = new KubernetesClients();
                KubernetesCalls calls = new KubernetesCalls(clients)) {
            ClusterAccess cluster = rig.access("rig");
            long creating = System.nanoTime();
            IntStream.range(0, OBJECTS).parallel().forEach(i -> objects.configMaps().inNamespace(namespace)
                    .resource(new ConfigMapBuilder().withNewMetadata().withName(String.format("cm-%05d", i))
                            .withLabels(Map.of("app", "bench", "shard", String.valueOf(i % 10))).endMetadata()
                            .withData(Map.of("key", "value-" + i)).build()).create());
            System.out.printf("%n%,d ConfigMaps created in %,d ms%n", OBJECTS, millisSince(creating));
            firstPages(new ResourceTableKubernetesAdapter(calls), cluster, namespace);

            int builtIn = Discoveries.fresh(calls).kinds(cluster).kinds().size();
            creating = System.nanoTime();
            groups.forEach(group -> definitions(objects, group));
            RigNamespace.await(Duration.ofMinutes(3), () -> Discoveries.fresh(calls).kinds(cluster).kinds().size()
                    >= builtIn + DEFINITIONS);
            System.out.printf("%d custom resource definitions in %d groups served %,d ms after their creation%n",
                    DEFINITIONS, groups.size(), millisSince(creating));
            discovery(calls, cluster, builtIn);
        } finally {
            objects.namespaces().withName(namespace).delete();
            groups.forEach(group -> objects.apiextensions().v1().customResourceDefinitions()
                    .withLabel("bench-group", group).delete());
        }
    }

    private static void firstPages(ResourceTableKubernetesAdapter tables, ClusterAccess cluster, String namespace)
            throws Exception {
        ResourceKind configMaps = ResourceKind.CONFIGMAP;
        Timings cold = time(1, i -> tables.page(cluster, configMaps, namespace, ALL, 100, ""));
        Timings warm = time(READS, i -> tables.page(cluster, configMaps, namespace, ALL, 100, ""));
        Timings widest = time(READS / 4, i -> tables.page(cluster, configMaps, namespace, ALL, 500, ""));
        Timings selected = time(READS, i -> tables.page(cluster, configMaps, namespace,
                LabelSelector.parse("shard=3"), 100, ""));
        ResourceTable first = tables.page(cluster, configMaps, namespace, ALL, 100, "");
        assertThat(first.rows()).hasSize(100);
        System.out.printf("%-46s %9s %9s %9s%n", "read (" + OBJECTS + " ConfigMaps)", "p50 ms", "p95 ms", "max ms");
        cold.print("first page of 100, cold");
        warm.print("first page of 100, warm (goal <= 100 ms)");
        widest.print("first page of 500, warm");
        selected.print("first page of 100 by label (1 in 10), warm");
        System.out.printf("the API server counts %,d more after the first page%n", first.remaining());
    }

    /** One group's kinds: Thing0…Thing4, namespaced, one version, a schema of two fields. */
    private static void definitions(KubernetesClient objects, String group) {
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i < KINDS_PER_GROUP; i++) {
            yaml.append("""
                    apiVersion: apiextensions.k8s.io/v1
                    kind: CustomResourceDefinition
                    metadata: {name: things%1$d.%2$s, labels: {bench-group: %2$s}}
                    spec:
                      group: %2$s
                      scope: Namespaced
                      names: {plural: things%1$d, singular: thing%1$d, kind: Thing%1$d}
                      versions:
                      - name: v1
                        served: true
                        storage: true
                        schema:
                          openAPIV3Schema:
                            type: object
                            properties:
                              spec: {type: object, properties: {size: {type: integer}, colour: {type: string}}}
                    ---
                    """.formatted(i, group));
        }
        objects.load(new ByteArrayInputStream(yaml.toString().getBytes(StandardCharsets.UTF_8))).create();
    }

    /** Each timed discovery on a new adapter, so none is answered from its 5 seconds' cache. */
    private static void discovery(KubernetesCalls calls, ClusterAccess cluster, int builtIn) throws Exception {
        Timings full = time(10, i -> Discoveries.fresh(calls).kinds(cluster));
        int kinds = Discoveries.fresh(calls).kinds(cluster).kinds().size();
        full.print("discovery of " + kinds + " kinds (goal <= 2,000 ms)");

        KindDiscovery kept = Discoveries.fresh(calls);
        long heapBefore = usedHeapAfterGc();
        for (int i = 0; i < CLUSTERS; i++) {
            kept.kinds(KubeRig.shared().access("bench-" + i));
        }
        long heapAfter = usedHeapAfterGc();
        double perCluster = (heapAfter - heapBefore) / (double) CLUSTERS;
        System.out.printf("discovery kept for %d clusters of %d kinds (%d built in): %,.0f KiB a cluster, "
                + "%.2f KiB a kind%n", CLUSTERS, kinds, builtIn, perCluster / 1024, perCluster / kinds / 1024);
    }
}
