package org.kubedeck.domain.node;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kubedeck.domain.kube.LabelSelector;

/**
 * One term of a pod template's pod affinity or anti-affinity: the pods it is about (a selector, in namespaces), and
 * the topology that counts as "together" (a node, a zone).
 *
 * @param anti       anti-affinity: keep away from those pods; else affinity: be near them
 * @param required   required during scheduling; else preferred, with {@code weight} (1 to 100)
 * @param namespaces where the selected pods are; empty: the workload's own namespace
 */
public record PodAffinityTerm(boolean anti, boolean required, int weight, LabelSelector selector,
        List<String> namespaces, String topologyKey) {

    public PodAffinityTerm {
        Objects.requireNonNull(selector);
        namespaces = List.copyOf(namespaces);
        topologyKey = topologyKey == null ? "" : topologyKey;
    }

    /** {@code kubernetes.io/hostname} is one node; {@code topology.kubernetes.io/zone} one zone. */
    public String topologyName() {
        int slash = topologyKey.lastIndexOf('/');
        return slash < 0 ? topologyKey : topologyKey.substring(slash + 1);
    }

    /**
     * Whether pods of a workload in {@code namespace} with {@code labels} are the ones this term of a workload in
     * {@code own} is about.
     */
    public boolean selects(String own, String namespace, Map<String, String> labels) {
        boolean inNamespace = namespaces.isEmpty() ? own.equals(namespace) : namespaces.contains(namespace);
        return inNamespace && !labels.isEmpty() && selector.matches(labels);
    }
}
