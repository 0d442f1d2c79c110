package org.kubedeck.domain.desktop;

import java.util.LinkedHashMap;
import java.util.Map;
import org.kubedeck.domain.kube.ResourceQuantity;
import org.kubedeck.domain.quota.PodResources;

/**
 * What one desktop may use: its CPU and memory limit (requested in full, so a running desktop keeps them) and
 * the size of its home volume.
 */
public record DesktopResources(long cpuMillicores, long memoryBytes, long storageBytes) {

    public static DesktopResources parse(String cpu, String memory, String storage) {
        return new DesktopResources(ResourceQuantity.millicores(DesktopPolicy.CPU_FIELD, cpu),
                ResourceQuantity.bytes(DesktopPolicy.MEMORY_FIELD, memory),
                ResourceQuantity.bytes(DesktopPolicy.STORAGE_FIELD, storage));
    }

    /**
     * What one desktop counts against quotas, by quota resource name: its pod (CPU and memory as requests and
     * limits, which are equal), its home volume, and one each of the other objects it is made of.
     */
    public Map<String, String> quotaNeeds() {
        Map<String, String> compute = Map.of("cpu", cpu(), "memory", memory());
        Map<String, String> needs = new LinkedHashMap<>(PodResources.of(
                new PodResources.Container("desktop", compute, compute)).quotaNeeds(1));
        needs.put("requests.storage", storage());
        for (String object : new String[] {"services", "secrets", "persistentvolumeclaims",
                "count/statefulsets.apps", "count/ingresses.networking.k8s.io"}) {
            needs.put(object, "1");
        }
        return needs;
    }

    public String cpu() {
        return ResourceQuantity.formatMillicores(cpuMillicores);
    }

    public String memory() {
        return ResourceQuantity.formatBytes(memoryBytes);
    }

    public String storage() {
        return ResourceQuantity.formatBytes(storageBytes);
    }
}
