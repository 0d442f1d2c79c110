package org.kubedeck.domain.sso;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.user.AccessLevel;
import org.kubedeck.domain.user.Permissions;

/**
 * The permissions a person's groups give them by the rules: the most that any of their groups gives, on each
 * cluster. A level on every cluster stays a level on every cluster (clusters added later included), unless a rule
 * gives more on some cluster: then each cluster registered now gets the higher of the two.
 */
public final class GroupRules {

    private GroupRules() {
    }

    /** {@link Permissions#NONE} when no rule names any of the groups. */
    public static Permissions permissions(Collection<GroupRule> rules, Collection<String> groups,
            Collection<ClusterName> registered) {
        Set<String> member = Set.copyOf(groups);
        Optional<AccessLevel> everywhere = Optional.empty();
        Map<ClusterName, AccessLevel> clusters = new HashMap<>();
        for (GroupRule rule : rules) {
            if (!member.contains(rule.group())) {
                continue;
            }
            if (rule.everywhere()) {
                everywhere = Optional.of(higher(everywhere.orElse(rule.level()), rule.level()));
            } else {
                clusters.merge(rule.cluster(), rule.level(), GroupRules::higher);
            }
        }
        if (everywhere.isEmpty()) {
            return Permissions.perCluster(clusters);
        }
        AccessLevel global = everywhere.get();
        if (global == AccessLevel.ADMIN) {
            return Permissions.ADMINISTRATOR;
        }
        if (clusters.values().stream().allMatch(global::includes)) {
            return global == AccessLevel.WRITE ? Permissions.globalWrite() : Permissions.globalRead();
        }
        registered.forEach(cluster -> clusters.merge(cluster, global, GroupRules::higher));
        return Permissions.perCluster(clusters);
    }

    private static AccessLevel higher(AccessLevel a, AccessLevel b) {
        return a.includes(b) ? a : b;
    }
}
