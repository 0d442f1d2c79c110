package org.kubedeck.application.sso.port.in;

import java.util.List;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.sso.GroupRule;
import org.kubedeck.domain.user.Actor;

/** The rules that turn an identity provider's groups into Kubedeck permissions; global administrators' alone. */
public interface GroupRulesUseCase {

    List<GroupRule> rules(Actor actor);

    /** Adds the rule, or changes the level of the group's rule on the same cluster; audited. */
    void set(Actor actor, GroupRule rule);

    /** Removes the group's rule on the cluster (null: on every cluster); audited. Not there: not found. */
    void remove(Actor actor, String group, ClusterName cluster);
}
