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
import org.kubedeck.domain.node.SchedulingConstraints;

/** A pod spec's scheduling constraints as the readable lines of {@link SchedulingConstraints}. */
final class SchedulingSummary {

    private SchedulingSummary() {
    }

    static SchedulingConstraints of(V1PodSpec spec) {
        if (spec == null) {
            return new SchedulingConstraints(Map.of(), List.of(), List.of(), List.of(), List.of());
        }
        V1Affinity affinity = spec.getAffinity();
        List<String> nodeAffinity = new ArrayList<>();
        List<String> podAffinity = new ArrayList<>();
        List<String> podAntiAffinity = new ArrayList<>();
        if (affinity != null && affinity.getNodeAffinity() != null) {
            var node = affinity.getNodeAffinity();
            if (node.getRequiredDuringSchedulingIgnoredDuringExecution() != null) {
                nodeAffinity.add("required: " + node.getRequiredDuringSchedulingIgnoredDuringExecution()
                        .getNodeSelectorTerms().stream().map(SchedulingSummary::term)
                        .collect(Collectors.joining(" or ")));
            }
            list(node.getPreferredDuringSchedulingIgnoredDuringExecution()).forEach(preferred -> nodeAffinity.add(
                    "preferred (weight " + preferred.getWeight() + "): " + term(preferred.getPreference())));
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
        List<String> tolerations = list(spec.getTolerations()).stream().map(SchedulingSummary::toleration).toList();
        return new SchedulingConstraints(spec.getNodeSelector() == null ? Map.of()
                : new TreeMap<>(spec.getNodeSelector()), nodeAffinity, podAffinity, podAntiAffinity, tolerations);
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

    private static String term(V1NodeSelectorTerm term) {
        return Stream.concat(list(term.getMatchExpressions()).stream(), list(term.getMatchFields()).stream())
                .map(SchedulingSummary::nodeExpression).collect(Collectors.joining(" and "));
    }

    private static String nodeExpression(V1NodeSelectorRequirement requirement) {
        return requirement.getKey() + " " + requirement.getOperator() + values(requirement.getValues());
    }

    private static String expression(V1LabelSelectorRequirement requirement) {
        return requirement.getKey() + " " + requirement.getOperator() + values(requirement.getValues());
    }

    private static String values(List<String> values) {
        return values == null || values.isEmpty() ? "" : " (" + String.join(", ", values) + ")";
    }

    private static String toleration(V1Toleration toleration) {
        String key = toleration.getKey() == null ? "every taint" : toleration.getKey();
        String match = "Exists".equals(toleration.getOperator()) ? key + " (any value)"
                : key + (toleration.getValue() == null ? "" : "=" + toleration.getValue());
        return match + ":" + (toleration.getEffect() == null ? "every effect" : toleration.getEffect())
                + (toleration.getTolerationSeconds() == null ? "" : " for " + toleration.getTolerationSeconds() + " s");
    }

    private static <T> List<T> list(List<T> items) {
        return items == null ? List.of() : items;
    }
}
