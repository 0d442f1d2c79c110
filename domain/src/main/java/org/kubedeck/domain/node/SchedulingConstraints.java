package org.kubedeck.domain.node;

import java.util.List;
import java.util.Map;

/**
 * Where a workload's pods may run, in readable lines: {@code zone In (a, b)}, {@code required on
 * kubernetes.io/hostname: app=web}, {@code gpu=true:NoSchedule}.
 */
public record SchedulingConstraints(Map<String, String> nodeSelector, List<String> nodeAffinity,
        List<String> podAffinity, List<String> podAntiAffinity, List<String> tolerations) {

    public SchedulingConstraints {
        nodeSelector = Map.copyOf(nodeSelector);
        nodeAffinity = List.copyOf(nodeAffinity);
        podAffinity = List.copyOf(podAffinity);
        podAntiAffinity = List.copyOf(podAntiAffinity);
        tolerations = List.copyOf(tolerations);
    }

    /** No constraint: the pods may run on any node without taints. */
    public boolean none() {
        return nodeSelector.isEmpty() && nodeAffinity.isEmpty() && podAffinity.isEmpty() && podAntiAffinity.isEmpty()
                && tolerations.isEmpty();
    }
}
