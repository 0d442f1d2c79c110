package org.kubedeck.domain.node;

import java.util.List;

/**
 * Which workloads are pinned to or kept off which node groups: a row per workload, a cell per group. Judged by
 * what the nodes alone decide (see {@link SchedulingConstraints#fit}).
 */
public record PlacementMap(NodeGroups groups, List<WorkloadPlacement> rows) {

    public PlacementMap {
        rows = List.copyOf(rows);
    }

    /**
     * Where pods without any constraint may run, a cell per group: the row every other is set against, since a
     * tainted or cordoned group keeps every such workload off alike.
     */
    public List<GroupFit> unconstrained() {
        return groups.groups().stream().map(group -> group.fit(SchedulingConstraints.unconstrained())).toList();
    }

    /**
     * The rows whose constraints change where they may run: pinned to a group, left out of one, or tolerating a
     * taint that keeps the others off.
     */
    public List<WorkloadPlacement> restricted() {
        List<GroupFit> unconstrained = unconstrained();
        return rows.stream().filter(row -> !row.placedLike(unconstrained)).toList();
    }

    /** How many workloads may run exactly where pods without constraints may. */
    public int unrestricted() {
        return rows.size() - restricted().size();
    }
}
