package org.kubedeck.application.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.kubedeck.application.cluster.port.out.ClusterConnector;
import org.kubedeck.application.workload.port.out.NamespaceOverview;
import org.kubedeck.application.workload.port.out.PodDetails;
import org.kubedeck.application.workload.port.out.PodLabeler;
import org.kubedeck.application.workload.port.out.WorkloadReader;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.NotFoundException;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.cluster.ClusterFacts;
import org.kubedeck.domain.cluster.ClusterInfo;
import org.kubedeck.domain.cluster.ClusterUnavailableException;
import org.kubedeck.domain.cluster.Kubeconfig;
import org.kubedeck.domain.kube.LiveResource;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.workload.NamespaceSummary;
import org.kubedeck.domain.workload.NamespacedWorkload;
import org.kubedeck.domain.workload.PodDetail;
import org.kubedeck.domain.workload.PodView;
import org.kubedeck.domain.workload.ServiceView;
import org.kubedeck.domain.workload.WorkloadView;

/**
 * Kubernetes clusters in memory, keyed by the server named in a kubeconfig: "server: https://&lt;id&gt;". A kubeconfig
 * containing "exec:" is refused as the real adapter refuses it; a server marked down is unreachable.
 */
public class FakeClusters implements ClusterConnector, WorkloadReader, PodLabeler, PodDetails, NamespaceOverview {

    private final Map<String, FakeCluster> clusters = new ConcurrentHashMap<>();
    public final AtomicInteger labelPatches = new AtomicInteger();

    public static Kubeconfig kubeconfig(String server) {
        return new Kubeconfig("""
                apiVersion: v1
                kind: Config
                clusters: [{name: c, cluster: {server: "https://%s"}}]
                users: [{name: u, user: {token: secret-token-%s}}]
                contexts: [{name: main, context: {cluster: c, user: u}}, {name: other, context: {cluster: c, user: u}}]
                current-context: main
                """.formatted(server, server));
    }

    public FakeCluster cluster(String server) {
        return clusters.computeIfAbsent(server, s -> new FakeCluster());
    }

    private FakeCluster of(ClusterAccess access) {
        String content = access.kubeconfig().content();
        int at = content.indexOf("https://");
        String server = content.substring(at + 8, content.indexOf('"', at));
        FakeCluster cluster = clusters.get(server);
        if (cluster == null || cluster.down) {
            throw new ClusterUnavailableException("Cannot reach https://" + server + ".");
        }
        return cluster;
    }

    @Override
    public List<String> contexts(Kubeconfig kubeconfig) {
        checkUsable(kubeconfig);
        return List.of("main", "other");
    }

    @Override
    public ClusterInfo probe(ClusterAccess access) {
        checkUsable(access.kubeconfig());
        FakeCluster cluster = of(access);
        return new ClusterInfo(cluster.version, cluster.nodes);
    }

    @Override
    public ClusterFacts facts(ClusterAccess access, Instant at) {
        checkUsable(access.kubeconfig());
        FakeCluster cluster = of(access);
        return new ClusterFacts(null, null, List.of(), cluster.nodes, 0, 0, 0, 0, 0, at);
    }

    private static void checkUsable(Kubeconfig kubeconfig) {
        if (!kubeconfig.content().contains("kind: Config")) {
            throw new InvalidInputException("kubeconfig_content", "This is not a kubeconfig.");
        }
        if (kubeconfig.content().contains("exec:")) {
            throw new InvalidInputException("kubeconfig_content", "A server cannot run local plugins.");
        }
    }

    @Override
    public List<String> namespaces(ClusterAccess access) {
        return List.copyOf(new TreeSet<>(of(access).namespaces));
    }

    @Override
    public boolean namespaceExists(ClusterAccess access, String namespace) {
        return of(access).namespaces.contains(namespace);
    }

    @Override
    public List<WorkloadView> workloads(ClusterAccess access, String namespace, ResourceKind type) {
        FakeCluster cluster = of(access);
        if (type.equals(ResourceKind.POD)) {
            return cluster.pods.values().stream().filter(p -> p.namespace().equals(namespace))
                    .filter(p -> cluster.barePods.contains(p.name()))
                    .map(p -> new WorkloadView(p.name(), ResourceKind.POD, p.labels(), 1, p.ready() ? 1 : 0))
                    .sorted(Comparator.comparing(WorkloadView::name)).toList();
        }
        return cluster.workloads.getOrDefault(namespace + "/" + type, List.of()).stream()
                .sorted(Comparator.comparing(WorkloadView::name)).toList();
    }

    @Override
    public Optional<WorkloadView> workload(ClusterAccess access, String namespace, ResourceKind type, String name) {
        return workloads(access, namespace, type).stream().filter(w -> w.name().equals(name)).findFirst();
    }

    @Override
    public List<PodView> pods(ClusterAccess access, String namespace, WorkloadView workload) {
        FakeCluster cluster = of(access);
        if (workload.type().equals(ResourceKind.POD)) {
            return Optional.ofNullable(cluster.pods.get(namespace + "/" + workload.name())).stream().toList();
        }
        return cluster.pods.values().stream().filter(p -> p.namespace().equals(namespace))
                .filter(p -> workload.selects(p.labels()))
                .sorted(Comparator.comparing(PodView::name)).toList();
    }

    @Override
    public Optional<PodView> pod(ClusterAccess access, String namespace, String name) {
        return Optional.ofNullable(of(access).pods.get(namespace + "/" + name));
    }

    /** Counted from the fake's own pods and workloads, every namespace as old as the fake's pods. */
    @Override
    public List<NamespaceSummary> summaries(ClusterAccess access) {
        FakeCluster cluster = of(access);
        return namespaces(access).stream().map(namespace -> {
            List<PodView> pods = cluster.pods.values().stream().filter(p -> p.namespace().equals(namespace))
                    .toList();
            List<WorkloadView> workloads = ResourceKind.WORKLOADS.stream()
                    .flatMap(type -> workloads(access, namespace, type).stream()).toList();
            return new NamespaceSummary(namespace, "Active", Instant.parse("2026-01-01T00:00:00Z"), true,
                    pods.size(), (int) pods.stream().filter(PodView::ready).count(), workloads.size(),
                    (int) workloads.stream().filter(w -> w.readyReplicas() < w.desiredReplicas()).count());
        }).toList();
    }

    @Override
    public List<NamespacedWorkload> workloadsEverywhere(ClusterAccess access, ResourceKind type) {
        return namespaces(access).stream().flatMap(namespace -> workloads(access, namespace, type).stream()
                .map(workload -> new NamespacedWorkload(namespace, workload))).toList();
    }

    /** The pod as its table row, owned by nothing, with no containers, conditions or events of its own. */
    @Override
    public Optional<PodDetail> detail(ClusterAccess access, String namespace, String name) {
        return pod(access, namespace, name).map(pod -> new PodDetail(pod, null, "default", "BestEffort", Map.of(),
                List.of(), List.of(), List.of()));
    }

    @Override
    public List<ServiceView> services(ClusterAccess access, String namespace) {
        return List.copyOf(of(access).services.getOrDefault(namespace, List.of()));
    }

    @Override
    public LiveResource setLabel(ClusterAccess access, String namespace, String pod, String key, String value) {
        FakeCluster cluster = of(access);
        labelPatches.incrementAndGet();
        PodView old = cluster.pods.get(namespace + "/" + pod);
        if (old == null) {
            throw new NotFoundException("Pod " + namespace + "/" + pod + " does not exist.");
        }
        PodView updated = old.withLabel(key, value);
        cluster.pods.put(namespace + "/" + pod, updated);
        String yaml = "kind: Pod\nmetadata:\n  name: " + pod + "\n  labels: " + updated.labels() + "\n";
        return new LiveResource(ResourceKind.POD, pod, Integer.toString(labelPatches.get()), yaml, yaml, null);
    }

    /** One fake cluster: build it up in a test with the methods below. */
    public static class FakeCluster {
        public volatile boolean down;
        public String version = "v1.31.2";
        public int nodes = 3;
        final Set<String> namespaces = ConcurrentHashMap.newKeySet();
        final Map<String, List<WorkloadView>> workloads = new ConcurrentHashMap<>();
        final Map<String, PodView> pods = new ConcurrentHashMap<>();
        final Set<String> barePods = ConcurrentHashMap.newKeySet();
        final Map<String, List<ServiceView>> services = new ConcurrentHashMap<>();

        public FakeCluster namespace(String name) {
            namespaces.add(name);
            return this;
        }

        public FakeCluster deployment(String namespace, String name, Map<String, String> selector, int replicas) {
            namespace(namespace);
            workloads.computeIfAbsent(namespace + "/" + ResourceKind.DEPLOYMENT, k -> new ArrayList<>())
                    .add(new WorkloadView(name, ResourceKind.DEPLOYMENT, selector, replicas, replicas));
            return this;
        }

        public FakeCluster pod(String namespace, String name, Map<String, String> labels, boolean ready) {
            namespace(namespace);
            pods.put(namespace + "/" + name, new PodView(name, namespace, "Running", ready, ready ? 1 : 0, 1, 0,
                    "node-1", "192.168.0.11", "10.244.0." + (pods.size() + 2), Instant.parse("2026-01-01T00:00:00Z"),
                    labels, List.of("web:1"), List.of("web")));
            return this;
        }

        public FakeCluster barePod(String namespace, String name, Map<String, String> labels) {
            barePods.add(name);
            return pod(namespace, name, labels, true);
        }

        public FakeCluster service(String namespace, String name, Map<String, String> selector) {
            namespace(namespace);
            services.computeIfAbsent(namespace, k -> new ArrayList<>()).add(new ServiceView(name, selector));
            return this;
        }

        public String label(String namespace, String pod, String key) {
            return pods.get(namespace + "/" + pod).labels().get(key);
        }
    }
}
