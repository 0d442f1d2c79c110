package org.kubedeck.domain.workload;

import java.util.Objects;

/** A workload with the namespace it is in, for the view of a kind's workloads in every namespace. */
public record NamespacedWorkload(String namespace, WorkloadView workload) {

    public NamespacedWorkload {
        Objects.requireNonNull(namespace);
        Objects.requireNonNull(workload);
    }
}
