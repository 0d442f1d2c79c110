package org.kubedeck.domain.node;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.kube.KeyValues;
import org.kubedeck.domain.kube.LabelSyntax;
import org.kubedeck.domain.kube.ResourceKind;

/**
 * The part of a workload's scheduling constraints a user edits: node selector, required node affinity (terms, any
 * of which a node must match) and tolerations. A part left null stays as it is (at least one is given); an empty one
 * is removed. Preferred node affinity and pod (anti-)affinity are not part of it: they stay as they are.
 */
public record SchedulingChange(Map<String, String> nodeSelector, List<NodeSelectorTerm> requiredNodeTerms,
        List<Toleration> tolerations) {

    public static final String NODE_SELECTOR = "node_selector";
    public static final String REQUIRED_NODE_AFFINITY = "required_node_affinity";
    public static final String TOLERATIONS = "tolerations";

    /** The kinds whose pod template, and so whose scheduling, can change; a pod's is fixed once it exists. */
    public static final Set<ResourceKind> CHANGEABLE = Set.of(ResourceKind.DEPLOYMENT, ResourceKind.STATEFULSET,
            ResourceKind.DAEMONSET);

    public SchedulingChange {
        if (nodeSelector == null && requiredNodeTerms == null && tolerations == null) {
            throw new InvalidInputException(null, Message.of("node.giveLeastOneNode",
                    "Give at least one of the node selector, the required node affinity and the tolerations."));
        }
        if (nodeSelector != null) {
            nodeSelector.forEach((key, value) -> {
                LabelSyntax.requireKey(NODE_SELECTOR, key);
                LabelSyntax.requireValue(NODE_SELECTOR, value);
            });
            nodeSelector = Collections.unmodifiableMap(new TreeMap<>(nodeSelector));
        }
        requiredNodeTerms = requiredNodeTerms == null ? null : List.copyOf(requiredNodeTerms);
        tolerations = tolerations == null ? null : List.copyOf(tolerations);
    }

    /** Why the scheduling of a kind not {@link #CHANGEABLE} cannot change, naming the field {@code kind}. */
    public static InvalidInputException unchangeable(ResourceKind kind) {
        return new InvalidInputException("kind", Message.of("node.onlyDeploymentSStatefulset",
                "Only a Deployment's, StatefulSet's or DaemonSet's scheduling can change; a {0}'s cannot.",
                kind.kind()));
    }

    /** The editable part as it is now, every part given. */
    public static SchedulingChange of(SchedulingConstraints current) {
        return new SchedulingChange(current.nodeSelector(), current.requiredNodeTerms(), current.tolerations());
    }

    /**
     * From a form's three texts, one entry a line (blank lines skipped): {@code key=value} for the node selector,
     * a term such as {@code zone in (a, b), cores > 8} for the required node affinity, a toleration such as
     * {@code gpu=true:NoSchedule}. A null text leaves its part as it is. Errors name the field.
     */
    public static SchedulingChange parse(String nodeSelector, String requiredNodeAffinity, String tolerations) {
        return fromLines(nodeSelector == null ? null : nodeSelector(lines(nodeSelector)),
                lines(requiredNodeAffinity), lines(tolerations));
    }

    /** As {@link #parse}, each entry given apart, as the JSON API takes them. */
    public static SchedulingChange fromLines(Map<String, String> nodeSelector, List<String> requiredNodeAffinity,
            List<String> tolerations) {
        return new SchedulingChange(nodeSelector, each(requiredNodeAffinity, REQUIRED_NODE_AFFINITY,
                NodeSelectorTerm::parse), each(tolerations, TOLERATIONS, Toleration::parse));
    }

    /** {@code key=value} lines, sorted by key; empty when the part is left as it is. */
    public List<String> nodeSelectorLines() {
        return nodeSelector == null ? List.of() : nodeSelector.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + entry.getValue()).toList();
    }

    /** One line per term, as {@link NodeSelectorTerm#parse} reads it. */
    public List<String> requiredNodeAffinityLines() {
        return requiredNodeTerms == null ? List.of() : requiredNodeTerms.stream().map(NodeSelectorTerm::describe)
                .toList();
    }

    /** One line per toleration, as {@link Toleration#parse} reads it. */
    public List<String> tolerationLines() {
        return tolerations == null ? List.of() : tolerations.stream().map(Toleration::describe).toList();
    }

    private static List<String> lines(String text) {
        if (text == null) {
            return null;
        }
        return text.lines().map(String::trim).filter(line -> !line.isEmpty()).toList();
    }

    private static Map<String, String> nodeSelector(List<String> lines) {
        return new TreeMap<>(KeyValues.parse(NODE_SELECTOR, String.join("\n", lines)));
    }

    private static <T> List<T> each(List<String> entries, String field, BiFunction<String, String, T> parse) {
        if (entries == null) {
            return null;
        }
        List<T> parsed = new ArrayList<>();
        for (String entry : entries) {
            if (entry == null || entry.isBlank()) {
                throw new InvalidInputException(field, Message.of("node.entryEmpty", "An entry is empty."));
            }
            parsed.add(parse.apply(field, entry));
        }
        return parsed;
    }
}
