package org.kubedeck.adapters.persistence.sso;

import java.util.List;
import org.kubedeck.application.sso.port.out.GroupRuleStore;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.sso.GroupRule;
import org.kubedeck.domain.user.AccessLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Group rules in {@code group_rules}; a rule on every cluster has the empty cluster name. */
@Component
class GroupRuleJdbcAdapter implements GroupRuleStore {

    private static final String EVERY_CLUSTER = "";

    private final JdbcClient jdbc;

    GroupRuleJdbcAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<GroupRule> all() {
        return jdbc.sql("select group_name, cluster, level from group_rules order by group_name, cluster")
                .query((rs, row) -> new GroupRule(rs.getString("group_name"), cluster(rs.getString("cluster")),
                        AccessLevel.parse(rs.getString("level"))))
                .list();
    }

    @Override
    public void put(GroupRule rule) {
        jdbc.sql("insert into group_rules (group_name, cluster, level) values (?, ?, ?) "
                + "on conflict (group_name, cluster) do update set level = excluded.level")
                .params(rule.group(), name(rule.cluster()), rule.level().code()).update();
    }

    @Override
    public boolean remove(String group, ClusterName cluster) {
        return jdbc.sql("delete from group_rules where group_name = ? and cluster = ?").params(group, name(cluster))
                .update() > 0;
    }

    private static String name(ClusterName cluster) {
        return cluster == null ? EVERY_CLUSTER : cluster.value();
    }

    private static ClusterName cluster(String name) {
        return name.isEmpty() ? null : ClusterName.of(name);
    }
}
