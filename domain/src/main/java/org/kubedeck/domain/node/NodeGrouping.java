package org.kubedeck.domain.node;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.kube.LabelSyntax;

/**
 * How nodes are put into groups: by the value of one label ({@code eks.amazonaws.com/nodegroup}), or, for a key
 * prefix ending in '/' ({@code node-role.kubernetes.io/}), by the names after the prefix of the labels a node
 * carries, as kubectl's ROLES column reads {@code node-role.kubernetes.io/control-plane: ""}; a node with several
 * such labels is in the group of their names joined by commas ({@code control-plane,master}).
 */
public record NodeGrouping(String label) {

    /** One group per node: what is left when none of the configured labels is on any node. */
    public static final NodeGrouping HOSTNAME = new NodeGrouping("kubernetes.io/hostname");
    private static final String PREFIX_END = "/";

    public NodeGrouping {
        label = requireLabel("group", label);
    }

    /** A label key or a key prefix ending in '/'; InvalidInputException naming {@code field} otherwise. */
    public static NodeGrouping parse(String field, String text) {
        return new NodeGrouping(requireLabel(field, text == null ? null : text.trim()));
    }

    public boolean byPrefix() {
        return label.endsWith(PREFIX_END);
    }

    /** The name of the node's group; empty when the node carries no such label. */
    public Optional<String> groupOf(NodeView node) {
        if (!byPrefix()) {
            return Optional.ofNullable(node.labels().get(label));
        }
        String names = node.labels().keySet().stream().filter(key -> key.startsWith(label))
                .map(key -> key.substring(label.length())).sorted().collect(Collectors.joining(","));
        return names.isEmpty() ? Optional.empty() : Optional.of(names);
    }

    /** Whether any of the nodes carries the label. */
    public boolean presentOn(Collection<NodeView> nodes) {
        return nodes.stream().anyMatch(node -> groupOf(node).isPresent());
    }

    /** The first configured grouping that any node carries; {@link #HOSTNAME} when none does. */
    public static NodeGrouping preferred(List<NodeGrouping> configured, Collection<NodeView> nodes) {
        return configured.stream().filter(grouping -> grouping.presentOn(nodes)).findFirst().orElse(HOSTNAME);
    }

    /**
     * What a user may group by: the configured groupings the nodes carry, in their order, then every other label
     * key on the nodes, sorted; keys under a configured prefix are offered as that prefix only.
     */
    public static List<NodeGrouping> choices(List<NodeGrouping> configured, Collection<NodeView> nodes) {
        Set<NodeGrouping> choices = new LinkedHashSet<>();
        configured.stream().filter(grouping -> grouping.presentOn(nodes)).forEach(choices::add);
        Set<String> others = new TreeSet<>();
        for (NodeView node : nodes) {
            for (String key : node.labels().keySet()) {
                if (configured.stream().noneMatch(grouping -> grouping.byPrefix() && key.startsWith(grouping.label))) {
                    others.add(key);
                }
            }
        }
        List<NodeGrouping> offered = new ArrayList<>(choices);
        others.stream().map(NodeGrouping::new).filter(grouping -> !choices.contains(grouping)).forEach(offered::add);
        return offered;
    }

    /** A prefix is valid when a key under it could be. */
    private static String requireLabel(String field, String label) {
        try {
            LabelSyntax.requireKey(field, label != null && label.endsWith(PREFIX_END) ? label + "name" : label);
            return label;
        } catch (InvalidInputException e) {
            throw new InvalidInputException(field, Message.of("node.neitherLabelKeyZone",
                    "'{0}' is neither a label key (zone, example.com/pool) nor a key prefix ending in '/' "
                    + "(node-role.kubernetes.io/).", label));
        }
    }
}
