package org.kubedeck.adapters.k8s.capacity;

import io.kubernetes.client.Metrics;
import io.kubernetes.client.custom.ContainerMetrics;
import io.kubernetes.client.custom.PodMetrics;
import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.openapi.ApiException;
import io.kubernetes.client.openapi.apis.CoreV1Api;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.kubedeck.adapters.k8s.KubernetesCalls;
import org.kubedeck.adapters.k8s.kube.CapacityReading;
import org.kubedeck.application.capacity.port.out.CapacityCluster;
import org.kubedeck.domain.capacity.Amounts;
import org.kubedeck.domain.capacity.CapacitySnapshot;
import org.kubedeck.domain.capacity.CapacitySnapshot.ClaimSize;
import org.kubedeck.domain.capacity.CapacitySnapshot.NodeSize;
import org.kubedeck.domain.capacity.CapacitySnapshot.PodLoad;
import org.kubedeck.domain.capacity.CapacitySnapshot.PodUsage;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.springframework.stereotype.Component;

/**
 * Nodes, pods and claims through client-java's typed API, and usage from the metrics API
 * ({@code metrics.k8s.io}, served by metrics-server) a namespace at a time, in one {@link KubernetesCalls#call}.
 */
@Component
class CapacityKubernetesAdapter implements CapacityCluster {

    static final String NO_METRICS = "The cluster serves no metrics API (metrics.k8s.io): usage and right-sizing "
            + "need metrics-server.";
    private static final int NOT_FOUND = 404;
    private static final int SERVICE_UNAVAILABLE = 503;

    private final KubernetesCalls calls;

    CapacityKubernetesAdapter(KubernetesCalls calls) {
        this.calls = calls;
    }

    @Override
    public CapacitySnapshot read(ClusterAccess cluster, String namespace) {
        return calls.call(cluster, client -> read(client, namespace));
    }

    private static CapacitySnapshot read(ApiClient client, String namespace) throws ApiException {
        CoreV1Api core = new CoreV1Api(client);
        boolean all = namespace == null;
        List<NodeSize> nodes = core.listNode().execute().getItems().stream().map(CapacityReading::node).toList();
        List<PodLoad> pods = (all ? core.listPodForAllNamespaces().execute() : core.listNamespacedPod(namespace)
                .execute()).getItems().stream().map(CapacityReading::pod).flatMap(Optional::stream).toList();
        List<ClaimSize> claims = (all ? core.listPersistentVolumeClaimForAllNamespaces().execute()
                : core.listNamespacedPersistentVolumeClaim(namespace).execute()).getItems().stream()
                .map(CapacityReading::claim).toList();
        List<PodUsage> usage = new ArrayList<>();
        String problem = null;
        Metrics metrics = new Metrics(client);
        try {
            TreeSet<String> namespaces = new TreeSet<>(all ? pods.stream().map(PodLoad::namespace).toList()
                    : List.of(namespace));
            if (namespaces.isEmpty()) {
                // Asked once all the same, to know whether the cluster serves the API.
                namespaces.add("default");
            }
            for (String each : namespaces) {
                metrics.getPodMetrics(each).getItems().forEach(pod -> usage.add(usage(pod)));
            }
        } catch (ApiException e) {
            usage.clear();
            problem = e.getCode() == NOT_FOUND || e.getCode() == SERVICE_UNAVAILABLE ? NO_METRICS
                    : "The metrics API answered " + e.getCode() + ": usage is not known.";
        }
        return new CapacitySnapshot(nodes, pods, claims, usage, problem);
    }

    private static PodUsage usage(PodMetrics pod) {
        Amounts used = Amounts.ZERO;
        for (ContainerMetrics container : pod.getContainers() == null ? List.<ContainerMetrics>of()
                : pod.getContainers()) {
            used = used.plus(CapacityReading.amounts(container.getUsage() == null ? Map.of() : container.getUsage()));
        }
        return new PodUsage(pod.getMetadata().getNamespace(), pod.getMetadata().getName(), used);
    }
}
