package org.kubedeck.adapters.k8s.workload;

import io.kubernetes.client.common.KubernetesObject;
import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.openapi.ApiException;
import io.kubernetes.client.openapi.apis.AppsV1Api;
import io.kubernetes.client.openapi.apis.CoreV1Api;
import io.kubernetes.client.openapi.models.V1DaemonSet;
import io.kubernetes.client.openapi.models.V1DaemonSetList;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1DeploymentList;
import io.kubernetes.client.openapi.models.V1Node;
import io.kubernetes.client.openapi.models.V1NodeList;
import io.kubernetes.client.openapi.models.V1Pod;
import io.kubernetes.client.openapi.models.V1PodList;
import io.kubernetes.client.openapi.models.V1Service;
import io.kubernetes.client.openapi.models.V1ServiceList;
import io.kubernetes.client.openapi.models.V1StatefulSet;
import io.kubernetes.client.openapi.models.V1StatefulSetList;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.kube.SelectorRequirement;
import org.kubedeck.domain.workload.PodView;
import org.kubedeck.domain.workload.ServiceView;
import org.kubedeck.domain.workload.WorkloadView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the pod load console shows of one namespace of one cluster, kept current by watches: the namespace's
 * pods, services, deployments, statefulsets and daemonsets, and the cluster's nodes for their InternalIPs.
 * Answers the same as {@link WorkloadKubernetesAdapter} does, from memory, once {@link #live()}.
 */
final class NamespaceCache {

    private static final Logger log = LoggerFactory.getLogger(NamespaceCache.class);
    private static final int UNAUTHORIZED = 401;
    private static final int FORBIDDEN = 403;
    private static final Duration FIRST_LIST_POLL = Duration.ofMillis(10);

    final String cluster;
    final String namespace;
    /** The client the watches were opened with; an edited kubeconfig gets another one, and a new cache. */
    final ApiClient watchClient;

    final WatchedCollection<V1Pod, V1PodList> pods;
    private final Map<String, MappedPod> mapped = new ConcurrentHashMap<>();
    /** A page polls the same workload every 2 s; while nothing changed, the answer is the same list. */
    private volatile PodsOfSelector lastPods;
    final WatchedCollection<V1Service, V1ServiceList> services;
    final WatchedCollection<V1Deployment, V1DeploymentList> deployments;
    final WatchedCollection<V1StatefulSet, V1StatefulSetList> statefulSets;
    final WatchedCollection<V1DaemonSet, V1DaemonSetList> daemonSets;
    final WatchedCollection<V1Node, V1NodeList> nodes;
    private final List<WatchedCollection<?, ?>> namespaced;

    private final Executor housekeeping;
    private final Consumer<NamespaceCache> onRefused;
    /** The credential may not list or watch nodes: pods show without node IPs, as in direct reads. */
    private volatile boolean nodesForbidden;
    private volatile boolean refused;
    private volatile long lastReadNanos = System.nanoTime();
    private volatile long startedNanos;

    /**
     * @param housekeeping runs stops outside the informers' own threads
     * @param onRefused told once when the server refuses to list or watch something the cache cannot do without
     */
    NamespaceCache(String cluster, String namespace, ApiClient listClient, ApiClient watchClient,
            Executor housekeeping, Consumer<NamespaceCache> onRefused) {
        this.cluster = cluster;
        this.namespace = namespace;
        this.watchClient = watchClient;
        this.housekeeping = housekeeping;
        this.onRefused = onRefused;
        pods = new WatchedCollection<>(what("pods"), V1Pod.class, V1PodList.class, listClient, watchClient,
                (client, params) -> new CoreV1Api(client).listNamespacedPod(namespace)
                        .resourceVersion(params.resourceVersion).timeoutSeconds(params.timeoutSeconds)
                        .watch(params.watch).allowWatchBookmarks(params.watch).buildCall(null),
                refusal -> refused("pods", refusal));
        services = new WatchedCollection<>(what("services"), V1Service.class, V1ServiceList.class, listClient,
                watchClient, (client, params) -> new CoreV1Api(client).listNamespacedService(namespace)
                        .resourceVersion(params.resourceVersion).timeoutSeconds(params.timeoutSeconds)
                        .watch(params.watch).allowWatchBookmarks(params.watch).buildCall(null),
                refusal -> refused("services", refusal));
        deployments = new WatchedCollection<>(what("deployments"), V1Deployment.class, V1DeploymentList.class,
                listClient, watchClient, (client, params) -> new AppsV1Api(client).listNamespacedDeployment(namespace)
                        .resourceVersion(params.resourceVersion).timeoutSeconds(params.timeoutSeconds)
                        .watch(params.watch).allowWatchBookmarks(params.watch).buildCall(null),
                refusal -> refused("deployments", refusal));
        statefulSets = new WatchedCollection<>(what("statefulsets"), V1StatefulSet.class, V1StatefulSetList.class,
                listClient, watchClient, (client, params) -> new AppsV1Api(client).listNamespacedStatefulSet(namespace)
                        .resourceVersion(params.resourceVersion).timeoutSeconds(params.timeoutSeconds)
                        .watch(params.watch).allowWatchBookmarks(params.watch).buildCall(null),
                refusal -> refused("statefulsets", refusal));
        daemonSets = new WatchedCollection<>(what("daemonsets"), V1DaemonSet.class, V1DaemonSetList.class,
                listClient, watchClient, (client, params) -> new AppsV1Api(client).listNamespacedDaemonSet(namespace)
                        .resourceVersion(params.resourceVersion).timeoutSeconds(params.timeoutSeconds)
                        .watch(params.watch).allowWatchBookmarks(params.watch).buildCall(null),
                refusal -> refused("daemonsets", refusal));
        nodes = new WatchedCollection<>("nodes of cluster '" + cluster + "'", V1Node.class, V1NodeList.class,
                listClient, watchClient, (client, params) -> new CoreV1Api(client).listNode()
                        .resourceVersion(params.resourceVersion).timeoutSeconds(params.timeoutSeconds)
                        .watch(params.watch).allowWatchBookmarks(params.watch).buildCall(null),
                this::nodesRefused);
        namespaced = List.of(pods, services, deployments, statefulSets, daemonSets);
    }

    void start() {
        startedNanos = System.nanoTime();
        log.info("Watching namespace {} of cluster '{}'", namespace, cluster);
        namespaced.forEach(WatchedCollection::start);
        nodes.start();
    }

    void stop() {
        namespaced.forEach(WatchedCollection::stop);
        nodes.stop();
    }

    /** Every watch is open and every store has listed: answers come from memory. */
    boolean live() {
        return !refused && namespaced.stream().allMatch(WatchedCollection::live)
                && (nodesForbidden || nodes.live());
    }

    /**
     * Waits while the stores make their first lists and open their first watches, until {@code limit} after the
     * start: the lists are those a direct read would make again. Returns whether the cache is live then.
     */
    boolean awaitFirstLists(Duration limit) {
        awaitStart(startedNanos + limit.toNanos());
        return live();
    }

    /**
     * Waits at most {@code wait} while the stores make their first lists and open their watches. Returns whether
     * a read is now answered without waiting for them: from memory, or directly because the start failed, or
     * because past {@code limit} after the start the lists are in but a watch is not open. Lists still coming in
     * (thousands of objects over a slow link) are waited for however long they take.
     */
    boolean awaitSettled(Duration wait, Duration limit) {
        awaitStart(System.nanoTime() + wait.toNanos());
        boolean pastLimit = System.nanoTime() - (startedNanos + limit.toNanos()) >= 0;
        return live() || refused || !starting() || (pastLimit && !listing());
    }

    /** A store of this namespace (or the nodes, unless they are forbidden) is still making its first list. */
    private boolean listing() {
        return anyStore(WatchedCollection::listing);
    }

    private void awaitStart(long end) {
        while (!live() && !refused && starting() && System.nanoTime() - end < 0) {
            try {
                Thread.sleep(FIRST_LIST_POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
    }

    /** A store of this namespace (or the nodes, unless they are forbidden) is on its way to being live. */
    private boolean starting() {
        return anyStore(WatchedCollection::starting);
    }

    private boolean anyStore(Predicate<WatchedCollection<?, ?>> state) {
        return namespaced.stream().anyMatch(state) || (!nodesForbidden && state.test(nodes));
    }

    boolean refused() {
        return refused;
    }

    void touch() {
        lastReadNanos = System.nanoTime();
    }

    boolean idleFor(long nanos, long now) {
        return now - lastReadNanos > nanos;
    }

    List<WorkloadView> workloads(ResourceKind type) {
        Stream<WorkloadView> views;
        if (type.equals(ResourceKind.DEPLOYMENT)) {
            views = deployments.items().stream().map(WorkloadMapper::deployment);
        } else if (type.equals(ResourceKind.STATEFULSET)) {
            views = statefulSets.items().stream().map(WorkloadMapper::statefulSet);
        } else if (type.equals(ResourceKind.DAEMONSET)) {
            views = daemonSets.items().stream().map(WorkloadMapper::daemonSet);
        } else {
            views = pods.items().stream().filter(WorkloadMapper::isBare).map(WorkloadMapper::barePod);
        }
        return views.sorted(Comparator.comparing(WorkloadView::name)).toList();
    }

    /** The namespace's objects of the kind as the watches hold them; empty for a kind not watched here. */
    Optional<List<? extends KubernetesObject>> objects(ResourceKind kind) {
        Map<ResourceKind, WatchedCollection<?, ?>> byKind = Map.of(ResourceKind.POD, pods, ResourceKind.SERVICE,
                services, ResourceKind.DEPLOYMENT, deployments, ResourceKind.STATEFULSET, statefulSets,
                ResourceKind.DAEMONSET, daemonSets);
        return Optional.ofNullable(byKind.get(kind)).map(WatchedCollection::items);
    }

    Optional<WorkloadView> workload(ResourceKind type, String name) {
        if (type.equals(ResourceKind.DEPLOYMENT)) {
            return deployments.item(namespace, name).map(WorkloadMapper::deployment);
        }
        if (type.equals(ResourceKind.STATEFULSET)) {
            return statefulSets.item(namespace, name).map(WorkloadMapper::statefulSet);
        }
        if (type.equals(ResourceKind.DAEMONSET)) {
            return daemonSets.item(namespace, name).map(WorkloadMapper::daemonSet);
        }
        return pods.item(namespace, name).filter(WorkloadMapper::isBare).map(WorkloadMapper::barePod);
    }

    /** Like {@link WorkloadKubernetesAdapter#pods}: a bare pod is its own only pod; no selector, no pods. */
    List<PodView> pods(WorkloadView workload) {
        if (workload.type().equals(ResourceKind.POD)) {
            return pod(workload.name()).map(List::of).orElse(List.of());
        }
        if (!workload.hasSelector()) {
            return List.of();
        }
        Selection selection = new Selection(workload.selector(), workload.expressions());
        String podsVersion = pods.version();
        String nodesVersion = nodes.version();
        PodsOfSelector last = lastPods;
        if (podsVersion != null && last != null && last.selection().equals(selection)
                && podsVersion.equals(last.podsVersion()) && Objects.equals(nodesVersion, last.nodesVersion())) {
            return last.pods();
        }
        List<PodView> result = mapPods(workload);
        lastPods = new PodsOfSelector(selection, podsVersion, nodesVersion, result);
        return result;
    }

    private List<PodView> mapPods(WorkloadView workload) {
        Map<String, String> nodeIps = nodesForbidden ? Map.of() : WorkloadMapper.internalIps(nodes.items());
        List<V1Pod> items = pods.items();
        if (mapped.size() > 2 * items.size() + 64) {
            mapped.keySet().retainAll(items.stream().map(pod -> pod.getMetadata().getName()).toList());
        }
        return items.stream()
                .filter(pod -> workload.selects(WorkloadMapper.podLabels(pod)))
                .map(pod -> view(pod, nodeIps.get(WorkloadMapper.nodeName(pod))))
                .sorted(Comparator.comparing(PodView::name))
                .toList();
    }

    /**
     * The informer replaces a pod's object on every change, so a view mapped from the very same object (and
     * node IP) is still right: large namespaces are mapped once per change, not once per page view.
     */
    private PodView view(V1Pod pod, String nodeIp) {
        String name = pod.getMetadata().getName();
        MappedPod known = mapped.get(name);
        if (known != null && known.source() == pod && Objects.equals(known.view().nodeIp(), nodeIp)) {
            return known.view();
        }
        PodView view = WorkloadMapper.pod(pod, nodeIp);
        mapped.put(name, new MappedPod(pod, view));
        return view;
    }

    private record MappedPod(V1Pod source, PodView view) {
    }

    /** What a workload's selector asks for: matchLabels and matchExpressions. */
    private record Selection(Map<String, String> labels, List<SelectorRequirement> expressions) {
    }

    /** The last pods answered, and the versions of the stores they came from. */
    private record PodsOfSelector(Selection selection, String podsVersion, String nodesVersion,
            List<PodView> pods) {
    }

    Optional<PodView> pod(String name) {
        return pods.item(namespace, name).map(pod -> WorkloadMapper.pod(pod, nodeIp(WorkloadMapper.nodeName(pod))));
    }

    /**
     * Whether the store holds each pod at least at the given resource version, or no longer holds it. Versions
     * are compared as numbers where both are (as etcd's are), else they must be equal.
     */
    boolean shows(Map<String, String> resourceVersions) {
        return resourceVersions.entrySet().stream().allMatch(wanted -> pods.item(namespace, wanted.getKey())
                .map(pod -> atLeast(pod.getMetadata().getResourceVersion(), wanted.getValue())).orElse(true));
    }

    private static boolean atLeast(String held, String wanted) {
        if (held == null || wanted == null) {
            return true;
        }
        try {
            return Long.parseLong(held) >= Long.parseLong(wanted);
        } catch (NumberFormatException e) {
            return held.equals(wanted);
        }
    }

    List<ServiceView> services() {
        return services.items().stream()
                .map(WorkloadMapper::service)
                .sorted(Comparator.comparing(ServiceView::name))
                .toList();
    }

    private String nodeIp(String nodeName) {
        if (nodeName == null || nodesForbidden) {
            return null;
        }
        return nodes.item(null, nodeName).map(WorkloadMapper::internalIp).orElse(null);
    }


    private String what(String kind) {
        return kind + " in namespace " + namespace + " of cluster '" + cluster + "'";
    }

    /** A credential limited to namespaces may not see nodes; its pods still show, without node IPs. */
    private void nodesRefused(ApiException refusal) {
        if (refusal.getCode() != UNAUTHORIZED && refusal.getCode() != FORBIDDEN) {
            refused("nodes", refusal);
            return;
        }
        if (!nodesForbidden) {
            nodesForbidden = true;
            log.info("Cluster '{}' does not let this credential watch nodes (HTTP {}); pods of {} show without "
                    + "node IPs", cluster, refusal.getCode(), namespace);
            housekeeping.execute(nodes::stop);
        }
    }

    private void refused(String kind, ApiException refusal) {
        if (!refused) {
            refused = true;
            log.warn("Cluster '{}' refuses to list or watch {} in namespace {} (HTTP {}); reading that namespace "
                    + "directly for now", cluster, kind, namespace, refusal.getCode());
            onRefused.accept(this);
        }
    }
}
