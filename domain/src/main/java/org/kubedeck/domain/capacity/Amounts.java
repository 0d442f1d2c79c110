package org.kubedeck.domain.capacity;

import org.kubedeck.domain.kube.ResourceQuantity;

/** CPU in millicores and memory in bytes: what a pod requests, limits or uses, or a node can hold. */
public record Amounts(long cpu, long memory) {

    public static final Amounts ZERO = new Amounts(0, 0);

    public Amounts plus(Amounts other) {
        return new Amounts(cpu + other.cpu, memory + other.memory);
    }

    /** {@code 1500m} and {@code 768Mi}, as kubectl writes them. */
    public String cpuText() {
        return ResourceQuantity.formatMillicores(cpu);
    }

    public String memoryText() {
        return ResourceQuantity.formatBytes(memory);
    }
}
