package org.kubedeck.domain.node;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A cluster's nodes in groups: the labelled groups by name, then the nodes without the label, if any. */
public record NodeGroups(NodeGrouping grouping, List<NodeGroup> groups) {

    public NodeGroups {
        groups = List.copyOf(groups);
    }

    public static NodeGroups of(NodeGrouping grouping, Collection<NodeView> nodes) {
        Map<String, List<NodeView>> labelled = new TreeMap<>();
        List<NodeView> unlabelled = new ArrayList<>();
        for (NodeView node : nodes) {
            grouping.groupOf(node).ifPresentOrElse(
                    name -> labelled.computeIfAbsent(name, n -> new ArrayList<>()).add(node),
                    () -> unlabelled.add(node));
        }
        List<NodeGroup> groups = new ArrayList<>();
        labelled.forEach((name, members) -> groups.add(new NodeGroup(name, true, members)));
        if (!unlabelled.isEmpty()) {
            groups.add(new NodeGroup("", false, unlabelled));
        }
        return new NodeGroups(grouping, groups);
    }

    public boolean isEmpty() {
        return groups.isEmpty();
    }

    /** Each workload against every group, in the order given. */
    public PlacementMap place(List<WorkloadScheduling> workloads) {
        return new PlacementMap(this, workloads.stream().map(workload -> new WorkloadPlacement(workload,
                groups.stream().map(group -> group.fit(workload.constraints())).toList())).toList());
    }
}
