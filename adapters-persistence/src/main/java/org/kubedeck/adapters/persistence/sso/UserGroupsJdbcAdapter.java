package org.kubedeck.adapters.persistence.sso;

import java.util.List;
import org.kubedeck.application.kube.port.out.IdentityDirectory;
import org.kubedeck.application.sso.port.out.GroupMembershipStore;
import org.kubedeck.domain.user.Username;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Users' groups in {@code user_groups}: written at each single sign-on, read for impersonation. */
@Component
class UserGroupsJdbcAdapter implements GroupMembershipStore, IdentityDirectory {

    private final JdbcClient jdbc;

    UserGroupsJdbcAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void replace(Username user, List<String> groups) {
        jdbc.sql("delete from user_groups where username = ?").param(user.value()).update();
        groups.stream().distinct().forEach(group -> jdbc.sql(
                "insert into user_groups (username, group_name) values (?, ?)").params(user.value(), group).update());
    }

    @Override
    public List<String> groups(Username user) {
        return jdbc.sql("select group_name from user_groups where username = ? order by group_name")
                .param(user.value()).query(String.class).list();
    }
}
