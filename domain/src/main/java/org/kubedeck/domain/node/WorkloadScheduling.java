package org.kubedeck.domain.node;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kubedeck.domain.kube.ResourceKind;

/**
 * The scheduling constraints of one workload's pod template, with its pods' labels and its pod (anti-)affinity
 * terms, which say where its pods go among other pods.
 */
public record WorkloadScheduling(String namespace, ResourceKind kind, String name,
        SchedulingConstraints constraints, Map<String, String> podLabels, List<PodAffinityTerm> podTerms) {

    public WorkloadScheduling {
        Objects.requireNonNull(namespace);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(name);
        Objects.requireNonNull(constraints);
        podLabels = Map.copyOf(podLabels);
        podTerms = List.copyOf(podTerms);
    }

    /** Without pod labels or terms: where only the node constraints matter. */
    public WorkloadScheduling(String namespace, ResourceKind kind, String name, SchedulingConstraints constraints) {
        this(namespace, kind, name, constraints, Map.of(), List.of());
    }

    /** {@code deployment shop/web}. */
    public String describe() {
        return kind.code() + " " + namespace + "/" + name;
    }
}
