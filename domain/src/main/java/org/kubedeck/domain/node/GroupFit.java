package org.kubedeck.domain.node;

import java.util.Objects;

/**
 * How a workload's pods fit one node group.
 *
 * @param verdict          PINNED or ALLOWED when they may run on some of its nodes; otherwise what keeps them off
 *                         (EXCLUDED, REPELLED, CORDONED)
 * @param schedulableNodes on how many of the group's nodes they may run
 * @param nodes            how many nodes the group has
 * @param detail           what decides, as {@link NodeFit#detail()} writes it ({@code gpu=true:NoSchedule},
 *                         {@code disktype=ssd}); for ALLOWED, a PreferNoSchedule taint the pods would rather avoid;
 *                         empty when there is nothing to say
 */
public record GroupFit(NodeGroup group, NodeFit.Verdict verdict, int schedulableNodes, int nodes, String detail) {

    public GroupFit {
        Objects.requireNonNull(group);
        Objects.requireNonNull(verdict);
        detail = detail == null ? "" : detail;
        if (schedulableNodes < 0 || schedulableNodes > nodes || verdict.schedulable() != (schedulableNodes > 0)) {
            throw new IllegalArgumentException("A group fit counts " + schedulableNodes + " of " + nodes
                    + " nodes for " + verdict);
        }
    }
}
