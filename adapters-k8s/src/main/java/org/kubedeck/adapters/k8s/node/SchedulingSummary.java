package org.kubedeck.adapters.k8s.node;

import io.kubernetes.client.openapi.models.V1Affinity;
import io.kubernetes.client.openapi.models.V1LabelSelector;
import io.kubernetes.client.openapi.models.V1LabelSelectorRequirement;
import io.kubernetes.client.openapi.models.V1NodeSelectorRequirement;
import io.kubernetes.client.openapi.models.V1NodeSelectorTerm;
import io.kubernetes.client.openapi.models.V1PodAffinityTerm;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1Toleration;
import io.kubernetes.client.openapi.models.V1WeightedPodAffinityTerm;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.kubedeck.domain.kube.LabelSelector;
import org.kubedeck.domain.kube.SelectorRequirement;
import org.kubedeck.domain.kube.SelectorRequirement.Operator;
import org.kubedeck.domain.node.NodeRequirement;
import org.kubedeck.domain.node.NodeSelectorTerm;
import org.kubedeck.domain.node.PodAffinityTerm;
import org.kubedeck.domain.node.SchedulingConstraints;
import org.kubedeck.domain.node.Taint;
import org.kubedeck.domain.node.Toleration;

/** A pod spec's scheduling constraints as the readable lines of {@link SchedulingConstraints}. */
final class SchedulingSummary {

    private SchedulingSummary() {
    }

    static SchedulingConstraints of(V1PodSpec spec) {
        if (spec == null) {
            return SchedulingConstraints.unconstrained();
        }
        V1Affinity affinity = spec.getAffinity();
        List<NodeSelectorTerm> required = new ArrayList<>();
        List<String> preferredNodes = new ArrayList<>();
        List<String> podAffinity = new ArrayList<>();
        List<String> podAntiAffinity = new ArrayList<>();
        if (affinity != null && affinity.getNodeAffinity() != null) {
            var node = affinity.getNodeAffinity();
            if (node.getRequiredDuringSchedulingIgnoredDuringExecution() != null) {
                node.getRequiredDuringSchedulingIgnoredDuringExecution().getNodeSelectorTerms().stream()
                        .map(SchedulingSummary::term).forEach(required::add);
            }
            list(node.getPreferredDuringSchedulingIgnoredDuringExecution()).forEach(preferred -> preferredNodes.add(
                    "preferred (weight " + preferred.getWeight() + "): " + term(preferred.getPreference())
                            .describe()));
        }
        if (affinity != null && affinity.getPodAffinity() != null) {
            podAffinity.addAll(pods(affinity.getPodAffinity().getRequiredDuringSchedulingIgnoredDuringExecution(),
                    affinity.getPodAffinity().getPreferredDuringSchedulingIgnoredDuringExecution()));
        }
        if (affinity != null && affinity.getPodAntiAffinity() != null) {
            podAntiAffinity.addAll(pods(
                    affinity.getPodAntiAffinity().getRequiredDuringSchedulingIgnoredDuringExecution(),
                    affinity.getPodAntiAffinity().getPreferredDuringSchedulingIgnoredDuringExecution()));
        }
        List<Toleration> tolerations = list(spec.getTolerations()).stream().map(SchedulingSummary::toleration)
                .toList();
        return new SchedulingConstraints(spec.getNodeSelector() == null ? Map.of()
                : new TreeMap<>(spec.getNodeSelector()), required, preferredNodes, podAffinity, podAntiAffinity,
                tolerations);
    }

    /**
     * The pod (anti-)affinity terms of a pod spec, affinity first, required before preferred. A term without a
     * selector selects no pod, so it is left out.
     */
    static List<PodAffinityTerm> podTerms(V1PodSpec spec) {
        V1Affinity affinity = spec == null ? null : spec.getAffinity();
        List<PodAffinityTerm> terms = new ArrayList<>();
        if (affinity != null && affinity.getPodAffinity() != null) {
            terms(terms, false, affinity.getPodAffinity().getRequiredDuringSchedulingIgnoredDuringExecution(),
                    affinity.getPodAffinity().getPreferredDuringSchedulingIgnoredDuringExecution());
        }
        if (affinity != null && affinity.getPodAntiAffinity() != null) {
            terms(terms, true, affinity.getPodAntiAffinity().getRequiredDuringSchedulingIgnoredDuringExecution(),
                    affinity.getPodAntiAffinity().getPreferredDuringSchedulingIgnoredDuringExecution());
        }
        return terms;
    }

    private static void terms(List<PodAffinityTerm> terms, boolean anti, List<V1PodAffinityTerm> required,
            List<V1WeightedPodAffinityTerm> preferred) {
        list(required).stream().filter(term -> term.getLabelSelector() != null).forEach(term -> terms.add(
                podTerm(anti, true, 0, term)));
        list(preferred).stream().filter(weighted -> weighted.getPodAffinityTerm() != null
                && weighted.getPodAffinityTerm().getLabelSelector() != null).forEach(weighted -> terms.add(
                podTerm(anti, false, weighted.getWeight(), weighted.getPodAffinityTerm())));
    }

    private static PodAffinityTerm podTerm(boolean anti, boolean required, int weight, V1PodAffinityTerm term) {
        V1LabelSelector selector = term.getLabelSelector();
        List<SelectorRequirement> requirements = new ArrayList<>();
        if (selector.getMatchLabels() != null) {
            new TreeMap<>(selector.getMatchLabels()).forEach((key, value) -> requirements.add(
                    new SelectorRequirement(key, Operator.IN, List.of(value))));
        }
        list(selector.getMatchExpressions()).forEach(expression -> requirements.add(new SelectorRequirement(
                expression.getKey(), Operator.of(expression.getOperator()), list(expression.getValues()))));
        return new PodAffinityTerm(anti, required, weight, new LabelSelector(requirements),
                list(term.getNamespaces()), term.getTopologyKey());
    }

    private static List<String> pods(List<V1PodAffinityTerm> required, List<V1WeightedPodAffinityTerm> preferred) {
        return Stream.concat(list(required).stream().map(term -> "required " + pod(term)),
                list(preferred).stream().map(weighted -> "preferred (weight " + weighted.getWeight() + ") "
                        + pod(weighted.getPodAffinityTerm()))).toList();
    }

    private static String pod(V1PodAffinityTerm term) {
        return "on " + term.getTopologyKey() + ": " + selector(term.getLabelSelector());
    }

    private static String selector(V1LabelSelector selector) {
        if (selector == null) {
            return "every pod";
        }
        Stream<String> labels = selector.getMatchLabels() == null ? Stream.empty()
                : new TreeMap<>(selector.getMatchLabels()).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue());
        Stream<String> expressions = list(selector.getMatchExpressions()).stream().map(SchedulingSummary::expression);
        String joined = Stream.concat(labels, expressions).collect(Collectors.joining(", "));
        return joined.isEmpty() ? "every pod" : joined;
    }

    private static NodeSelectorTerm term(V1NodeSelectorTerm term) {
        return new NodeSelectorTerm(Stream.concat(
                list(term.getMatchExpressions()).stream().map(requirement -> requirement(requirement, false)),
                list(term.getMatchFields()).stream().map(requirement -> requirement(requirement, true))).toList());
    }

    private static NodeRequirement requirement(V1NodeSelectorRequirement requirement, boolean field) {
        return new NodeRequirement(requirement.getKey(), NodeRequirement.Operator.of(requirement.getOperator()),
                requirement.getValues(), field);
    }

    private static String expression(V1LabelSelectorRequirement requirement) {
        return requirement.getKey() + " " + requirement.getOperator() + values(requirement.getValues());
    }

    private static String values(List<String> values) {
        return values == null || values.isEmpty() ? "" : " (" + String.join(", ", values) + ")";
    }

    /** Kubernetes' operator defaults to Equal; an empty effect means every effect. */
    private static Toleration toleration(V1Toleration toleration) {
        return new Toleration(toleration.getKey(), "Exists".equals(toleration.getOperator())
                ? Toleration.Operator.EXISTS : Toleration.Operator.EQUAL, toleration.getValue(),
                toleration.getEffect() == null || toleration.getEffect().isEmpty() ? null
                        : Taint.Effect.of(toleration.getEffect()), toleration.getTolerationSeconds());
    }

    private static <T> List<T> list(List<T> items) {
        return items == null ? List.of() : items;
    }
}
