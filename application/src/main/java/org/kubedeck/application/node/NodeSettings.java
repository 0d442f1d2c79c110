package org.kubedeck.application.node;

import java.util.List;
import org.kubedeck.domain.node.NodeGrouping;

/**
 * How nodes are grouped on the placement page ({@code kubedeck.nodes.*}).
 *
 * @param groupLabels the labels (or key prefixes ending in '/') tried in order for the default grouping: the first
 *                    that any node carries is used
 */
public record NodeSettings(List<NodeGrouping> groupLabels) {

    public NodeSettings {
        groupLabels = List.copyOf(groupLabels);
    }

    public static NodeSettings of(List<String> groupLabels) {
        return new NodeSettings(groupLabels.stream().map(label -> NodeGrouping.parse("kubedeck.nodes.group-labels",
                label)).toList());
    }
}
