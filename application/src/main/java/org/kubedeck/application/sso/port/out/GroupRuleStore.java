package org.kubedeck.application.sso.port.out;

import java.util.List;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.sso.GroupRule;

/** The group rules, kept by the console. One rule per group and cluster (or every cluster). */
public interface GroupRuleStore {

    /** Sorted by group, then cluster (every cluster first). */
    List<GroupRule> all();

    /** Adds the rule, or replaces the level of the group's rule on the same cluster. */
    void put(GroupRule rule);

    /** Whether there was such a rule. {@code cluster} null: the group's rule on every cluster. */
    boolean remove(String group, ClusterName cluster);
}
