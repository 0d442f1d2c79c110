package org.kubedeck.application.sso;

import java.util.List;
import org.kubedeck.application.UseCase;
import org.kubedeck.application.audit.AccessGuard;
import org.kubedeck.application.audit.AuditLog;
import org.kubedeck.application.sso.port.in.GroupRulesUseCase;
import org.kubedeck.application.sso.port.out.GroupRuleStore;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.NotFoundException;
import org.kubedeck.domain.audit.AuditAction;
import org.kubedeck.domain.audit.AuditDetail;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.sso.GroupRule;
import org.kubedeck.domain.user.Actor;

@UseCase
class GroupRulesService implements GroupRulesUseCase {

    private final AccessGuard guard;
    private final GroupRuleStore store;
    private final AuditLog auditLog;

    GroupRulesService(AccessGuard guard, GroupRuleStore store, AuditLog auditLog) {
        this.guard = guard;
        this.store = store;
        this.auditLog = auditLog;
    }

    @Override
    public List<GroupRule> rules(Actor actor) {
        guard.requireAdmin(actor, "read the group rules", "group rules");
        return store.all();
    }

    @Override
    public void set(Actor actor, GroupRule rule) {
        guard.requireAdmin(actor, "set a group rule", rule.group());
        store.put(rule);
        auditLog.success(actor, AuditAction.GROUP_RULE_SET, rule.group(), clusterOf(rule.cluster()),
                AuditDetail.of("level", rule.level().code(), "every_cluster", rule.everywhere()));
    }

    @Override
    public void remove(Actor actor, String group, ClusterName cluster) {
        guard.requireAdmin(actor, "remove a group rule", group);
        if (!store.remove(group, cluster)) {
            throw new NotFoundException(cluster == null
                    ? Message.of("sso.noRuleEverywhere", "Group {0} has no rule on every cluster.", group)
                    : Message.of("sso.noRule", "Group {0} has no rule on cluster {1}.", group, cluster));
        }
        auditLog.success(actor, AuditAction.GROUP_RULE_REMOVED, group, clusterOf(cluster), AuditDetail.EMPTY);
    }

    private static String clusterOf(ClusterName cluster) {
        return cluster == null ? null : cluster.value();
    }
}
