package org.kubedeck.adapters.k8s.kube;

import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1Node;
import io.kubernetes.client.openapi.models.V1OwnerReference;
import io.kubernetes.client.openapi.models.V1PersistentVolumeClaim;
import io.kubernetes.client.openapi.models.V1Pod;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.kubedeck.domain.capacity.Amounts;
import org.kubedeck.domain.capacity.CapacitySnapshot.ClaimSize;
import org.kubedeck.domain.capacity.CapacitySnapshot.NodeSize;
import org.kubedeck.domain.capacity.CapacitySnapshot.PodLoad;

/**
 * client-java's nodes, pods and claims read as the sizes a capacity analysis adds up; shared by the scan (which
 * reads them anyway) and the capacity analysis.
 */
public final class CapacityReading {

    private static final String CPU = "cpu";
    private static final String MEMORY = "memory";
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private CapacityReading() {
    }

    public static NodeSize node(V1Node node) {
        Map<String, Quantity> allocatable = node.getStatus() == null || node.getStatus().getAllocatable() == null
                ? Map.of() : node.getStatus().getAllocatable();
        return new NodeSize(node.getMetadata().getName(), amounts(allocatable));
    }

    /** Empty for a pod that ended: it holds nothing any more. */
    public static Optional<PodLoad> pod(V1Pod pod) {
        String phase = pod.getStatus() == null ? null : pod.getStatus().getPhase();
        if ("Succeeded".equals(phase) || "Failed".equals(phase) || pod.getSpec() == null) {
            return Optional.empty();
        }
        Amounts requests = Amounts.ZERO;
        Amounts limits = Amounts.ZERO;
        boolean unrequested = false;
        for (V1Container container : list(pod.getSpec().getContainers())) {
            Map<String, Quantity> requested = container.getResources() == null
                    || container.getResources().getRequests() == null ? Map.of()
                    : container.getResources().getRequests();
            Map<String, Quantity> limited = container.getResources() == null
                    || container.getResources().getLimits() == null ? Map.of() : container.getResources().getLimits();
            // Kubernetes takes a limit without a request as the request too.
            Map<String, Quantity> effective = new HashMap<>(limited);
            effective.putAll(requested);
            unrequested |= !effective.containsKey(CPU) && !effective.containsKey(MEMORY);
            requests = requests.plus(amounts(effective));
            limits = limits.plus(amounts(limited));
        }
        String node = pod.getSpec().getNodeName() == null ? "" : pod.getSpec().getNodeName();
        return Optional.of(new PodLoad(pod.getMetadata().getNamespace(), pod.getMetadata().getName(), node,
                workload(pod), requests, limits, unrequested));
    }

    public static ClaimSize claim(V1PersistentVolumeClaim claim) {
        Quantity size = claim.getStatus() != null && claim.getStatus().getCapacity() != null
                && claim.getStatus().getCapacity().get("storage") != null ? claim.getStatus().getCapacity().get("storage")
                : claim.getSpec() == null || claim.getSpec().getResources() == null
                        || claim.getSpec().getResources().getRequests() == null ? null
                        : claim.getSpec().getResources().getRequests().get("storage");
        return new ClaimSize(claim.getMetadata().getNamespace(), claim.getMetadata().getName(),
                size == null ? 0 : size.getNumber().setScale(0, RoundingMode.CEILING).longValue());
    }

    /** CPU (cores) and memory (bytes) of a quantity map, as millicores and bytes; what is missing counts 0. */
    public static Amounts amounts(Map<String, Quantity> quantities) {
        Quantity cpu = quantities.get(CPU);
        Quantity memory = quantities.get(MEMORY);
        return new Amounts(cpu == null ? 0 : cpu.getNumber().multiply(THOUSAND).setScale(0, RoundingMode.CEILING)
                .longValue(), memory == null ? 0 : memory.getNumber().setScale(0, RoundingMode.CEILING).longValue());
    }

    /**
     * What the pod belongs to, {@code deployment/web}: a ReplicaSet's Deployment by the pod-template-hash its name
     * ends with; empty for a pod no controller owns.
     */
    static String workload(V1Pod pod) {
        Optional<V1OwnerReference> owner = list(pod.getMetadata().getOwnerReferences()).stream()
                .filter(reference -> Boolean.TRUE.equals(reference.getController())).findFirst();
        if (owner.isEmpty()) {
            return "";
        }
        String kind = owner.get().getKind();
        String name = owner.get().getName();
        String hash = pod.getMetadata().getLabels() == null ? null
                : pod.getMetadata().getLabels().get("pod-template-hash");
        if ("ReplicaSet".equals(kind) && hash != null && name.endsWith("-" + hash)) {
            return "deployment/" + name.substring(0, name.length() - hash.length() - 1);
        }
        return kind.toLowerCase(Locale.ROOT) + "/" + name;
    }

    private static <T> List<T> list(List<T> items) {
        return items == null ? List.of() : items;
    }
}
