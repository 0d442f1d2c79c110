package org.kubedeck.domain.scan;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.kubedeck.domain.capacity.CapacitySnapshot;

/**
 * What a scan reads of a cluster, or of one namespace, reduced to the facts its checks judge. The adapter fills it
 * from a handful of list requests; the checks ({@link Scanner}) need nothing else.
 */
public record ClusterSnapshot(List<Workload> workloads, List<Pod> pods, List<Service> services,
        List<Budget> budgets, List<NodeState> nodes, List<Stored> stored, List<Route> routes,
        List<QuotaUse> quotas, List<Meta> metas, CapacitySnapshot capacity, List<DeprecatedRequest> requested) {

    /** Without the objects' own labels and API versions, nor their sizes: for checks that need none of them. */
    public ClusterSnapshot(List<Workload> workloads, List<Pod> pods, List<Service> services, List<Budget> budgets,
            List<NodeState> nodes, List<Stored> stored, List<Route> routes, List<QuotaUse> quotas) {
        this(workloads, pods, services, budgets, nodes, stored, routes, quotas, List.of(), CapacitySnapshot.EMPTY,
                List.of());
    }

    public ClusterSnapshot {
        metas = List.copyOf(metas);
        Objects.requireNonNull(capacity);
        requested = List.copyOf(requested);
        workloads = List.copyOf(workloads);
        pods = List.copyOf(pods);
        services = List.copyOf(services);
        budgets = List.copyOf(budgets);
        nodes = List.copyOf(nodes);
        stored = List.copyOf(stored);
        routes = List.copyOf(routes);
        quotas = List.copyOf(quotas);
    }

    /** How many objects the scan looked at: what a score is measured against. */
    public int objects() {
        return workloads.size() + pods.size() + services.size() + budgets.size() + nodes.size() + stored.size()
                + quotas.size();
    }

    /**
     * One container of a pod template.
     *
     * @param runAsNonRoot as the container or the pod sets it; null when neither does
     * @param runAsUser    as the container or the pod sets it; null when neither does
     */
    public record Container(String name, String image, boolean requests, boolean limits, boolean liveness,
            boolean readiness, boolean privileged, Boolean runAsNonRoot, Long runAsUser,
            boolean readOnlyRootFilesystem, List<String> addedCapabilities) {

        public Container {
            addedCapabilities = List.copyOf(addedCapabilities);
        }
    }

    /** A pod template, or a pod's own spec: its labels, containers, host access and what it reads. */
    public record Template(Map<String, String> labels, List<Container> containers, boolean hostNetwork,
            List<String> hostPaths, Set<String> configMaps, Set<String> secrets, Set<String> claims) {

        public Template {
            labels = Map.copyOf(labels);
            containers = List.copyOf(containers);
            hostPaths = List.copyOf(hostPaths);
            configMaps = Set.copyOf(configMaps);
            secrets = Set.copyOf(secrets);
            claims = Set.copyOf(claims);
        }
    }

    /** A Deployment, StatefulSet or DaemonSet; {@code resource} as the browser names its kind. */
    public record Workload(String resource, String namespace, String name, int replicas, Template template) {
    }

    /**
     * @param controlled   whether a controller owns it (a bare pod is judged by its own spec)
     * @param pendingReason the scheduler's message while it is pending; empty otherwise
     */
    public record Pod(String namespace, String name, String phase, boolean controlled, String pendingReason,
            List<ContainerState> containers, Template template) {

        public Pod {
            containers = List.copyOf(containers);
        }
    }

    /** @param waitingReason {@code CrashLoopBackOff}…; empty when it runs */
    public record ContainerState(String name, int restarts, String waitingReason, String lastTermination) {
    }

    public record Service(String namespace, String name, Map<String, String> selector) {

        public Service {
            selector = Map.copyOf(selector);
        }
    }

    /** A PodDisruptionBudget's {@code matchLabels}, and what its status allows now. */
    public record Budget(String namespace, String name, Map<String, String> matchLabels, int disruptionsAllowed,
            int expectedPods) {

        public Budget {
            matchLabels = Map.copyOf(matchLabels);
        }
    }

    /** @param pressures the node's conditions that are true among MemoryPressure, DiskPressure, PIDPressure */
    public record NodeState(String name, boolean ready, List<String> pressures) {

        public NodeState {
            pressures = List.copyOf(pressures);
        }
    }

    /** A ConfigMap, a Secret (with its type) or a PersistentVolumeClaim; {@code resource} as the browser names it. */
    public record Stored(String resource, String namespace, String name, String type) {
    }

    /** One backend of an Ingress rule: the Service it names. */
    public record Route(String namespace, String ingress, String service) {
    }

    /**
     * An object's own labels and the API versions its manifests were written in (the last-applied manifest of
     * kubectl apply), for label policies and deprecated APIs.
     *
     * @param resource as the browser names the kind ({@code deployments.apps})
     */
    public record Meta(String resource, String namespace, String name, Map<String, String> labels,
            Set<String> apiVersions) {

        public Meta {
            labels = Map.copyOf(labels);
            apiVersions = Set.copyOf(apiVersions);
        }
    }

    /**
     * A deprecated API that clients asked for since the API server started, as the server's own metric
     * ({@code apiserver_requested_deprecated_apis}) counts them; read for a scan of the whole cluster.
     *
     * @param removedIn the release that removes it, as the server says
     */
    public record DeprecatedRequest(String group, String version, String resource, String removedIn) {

        public String apiVersion() {
            return group.isEmpty() ? version : group + "/" + version;
        }
    }

    /** One resource of a ResourceQuota, used against hard. */
    public record QuotaUse(String namespace, String quota, String resource, double ratio) {
    }
}
