package org.kubedeck.domain.node;

import java.util.List;

/** One workload across the node groups: a cell per group, in the groups' order. */
public record WorkloadPlacement(WorkloadScheduling workload, List<GroupFit> cells) {

    public WorkloadPlacement {
        cells = List.copyOf(cells);
    }

    /** Whether its pods may run on the same groups, with the same verdicts and as many nodes, as {@code others}. */
    public boolean placedLike(List<GroupFit> others) {
        if (others.size() != cells.size()) {
            return false;
        }
        for (int i = 0; i < cells.size(); i++) {
            GroupFit mine = cells.get(i);
            GroupFit theirs = others.get(i);
            if (mine.verdict() != theirs.verdict() || mine.schedulableNodes() != theirs.schedulableNodes()) {
                return false;
            }
        }
        return true;
    }
}
