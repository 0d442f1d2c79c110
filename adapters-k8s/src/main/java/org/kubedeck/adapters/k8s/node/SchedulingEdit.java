package org.kubedeck.adapters.k8s.node;

import io.kubernetes.client.openapi.models.V1Affinity;
import io.kubernetes.client.openapi.models.V1NodeAffinity;
import io.kubernetes.client.openapi.models.V1NodeSelector;
import io.kubernetes.client.openapi.models.V1NodeSelectorRequirement;
import io.kubernetes.client.openapi.models.V1NodeSelectorTerm;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1Toleration;
import java.util.LinkedHashMap;
import java.util.List;
import org.kubedeck.domain.node.NodeRequirement;
import org.kubedeck.domain.node.NodeSelectorTerm;
import org.kubedeck.domain.node.SchedulingChange;
import org.kubedeck.domain.node.Toleration;

/**
 * Writes a {@link SchedulingChange} into a pod spec: the node selector, the required node affinity and the
 * tolerations it gives, nothing else. What is left empty is removed, and so are the affinity objects that hold
 * nothing after it, as {@code kubectl} would show them.
 */
final class SchedulingEdit {

    private SchedulingEdit() {
    }

    static void apply(V1PodSpec spec, SchedulingChange change) {
        if (change.nodeSelector() != null) {
            spec.setNodeSelector(change.nodeSelector().isEmpty() ? null : new LinkedHashMap<>(change.nodeSelector()));
        }
        if (change.requiredNodeTerms() != null) {
            requiredNodeAffinity(spec, change.requiredNodeTerms());
        }
        if (change.tolerations() != null) {
            spec.setTolerations(change.tolerations().isEmpty() ? null
                    : change.tolerations().stream().map(SchedulingEdit::toleration).toList());
        }
    }

    private static void requiredNodeAffinity(V1PodSpec spec, List<NodeSelectorTerm> terms) {
        V1Affinity affinity = spec.getAffinity() == null ? new V1Affinity() : spec.getAffinity();
        V1NodeAffinity node = affinity.getNodeAffinity() == null ? new V1NodeAffinity() : affinity.getNodeAffinity();
        node.setRequiredDuringSchedulingIgnoredDuringExecution(terms.isEmpty() ? null
                : new V1NodeSelector().nodeSelectorTerms(terms.stream().map(SchedulingEdit::term).toList()));
        boolean nodeEmpty = node.getRequiredDuringSchedulingIgnoredDuringExecution() == null
                && isEmpty(node.getPreferredDuringSchedulingIgnoredDuringExecution());
        affinity.setNodeAffinity(nodeEmpty ? null : node);
        boolean affinityEmpty = affinity.getNodeAffinity() == null && affinity.getPodAffinity() == null
                && affinity.getPodAntiAffinity() == null;
        spec.setAffinity(affinityEmpty ? null : affinity);
    }

    private static V1NodeSelectorTerm term(NodeSelectorTerm term) {
        List<V1NodeSelectorRequirement> labels = term.requirements().stream().filter(r -> !r.field())
                .map(SchedulingEdit::requirement).toList();
        List<V1NodeSelectorRequirement> fields = term.requirements().stream().filter(NodeRequirement::field)
                .map(SchedulingEdit::requirement).toList();
        return new V1NodeSelectorTerm().matchExpressions(labels.isEmpty() ? null : labels)
                .matchFields(fields.isEmpty() ? null : fields);
    }

    private static V1NodeSelectorRequirement requirement(NodeRequirement requirement) {
        return new V1NodeSelectorRequirement().key(requirement.key())
                .operator(requirement.operator().kubernetesName())
                .values(requirement.values().isEmpty() ? null : requirement.values());
    }

    /** Kubernetes reads a missing operator as Equal and a missing effect as every effect. */
    private static V1Toleration toleration(Toleration toleration) {
        return new V1Toleration()
                .key(toleration.key().isEmpty() ? null : toleration.key())
                .operator(toleration.operator() == Toleration.Operator.EXISTS ? "Exists" : "Equal")
                .value(toleration.value().isEmpty() ? null : toleration.value())
                .effect(toleration.effect() == null ? null : toleration.effect().kubernetesName())
                .tolerationSeconds(toleration.seconds());
    }

    private static boolean isEmpty(List<?> items) {
        return items == null || items.isEmpty();
    }
}
