package org.kubedeck.domain.node;

import java.util.Objects;
import org.kubedeck.domain.kube.ResourceKind;

/** The scheduling constraints of one workload's pod template. */
public record WorkloadScheduling(String namespace, ResourceKind kind, String name,
        SchedulingConstraints constraints) {

    public WorkloadScheduling {
        Objects.requireNonNull(namespace);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(name);
        Objects.requireNonNull(constraints);
    }
}
