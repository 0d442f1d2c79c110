package org.kubedeck.domain.node;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.kube.LabelSelector;

/**
 * One term of a required node affinity: a node matches when it meets every requirement. A pod may run on a node
 * that matches any of its terms; a term without requirements matches no node, as in Kubernetes.
 */
public record NodeSelectorTerm(List<NodeRequirement> requirements) {

    public NodeSelectorTerm {
        requirements = List.copyOf(requirements);
    }

    public boolean matches(NodeView node) {
        return !requirements.isEmpty() && requirements.stream().allMatch(requirement -> requirement.matches(node));
    }

    /** Comma-separated requirements, read back by {@link #parse}. */
    public String describe() {
        return requirements.stream().map(NodeRequirement::describe).collect(Collectors.joining(", "));
    }

    /** A term as {@link #describe} writes it; InvalidInputException naming {@code field} otherwise. */
    public static NodeSelectorTerm parse(String field, String text) {
        List<String> parts;
        try {
            parts = LabelSelector.split(text);
        } catch (InvalidInputException e) {
            throw e.inField(field);
        }
        List<NodeRequirement> requirements = new ArrayList<>();
        for (String part : parts) {
            requirements.add(NodeRequirement.parse(field, part));
        }
        if (requirements.isEmpty()) {
            throw new InvalidInputException(field, Message.of("node.nodeAffinityTermNeeds",
                    "A node affinity term needs at least one requirement."));
        }
        return new NodeSelectorTerm(requirements);
    }
}
