package org.kubedeck.domain.desktop;



/**
 * @param allocatableCpuMillicores sum over schedulable nodes
 * @param requestedCpuMillicores   sum of the requests of every pod that is not finished, in all namespaces
 */
public record ClusterCapacity(int nodes, long allocatableCpuMillicores, long allocatableMemoryBytes,
        long requestedCpuMillicores, long requestedMemoryBytes) {
}
