package org.kubedeck.domain.desktop;

import org.kubedeck.domain.quantity.ResourceQuantity;

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
