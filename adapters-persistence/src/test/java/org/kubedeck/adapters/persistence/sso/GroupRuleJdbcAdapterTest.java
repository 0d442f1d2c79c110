package org.kubedeck.adapters.persistence.sso;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kubedeck.adapters.persistence.PostgresTest;
import org.kubedeck.application.sso.port.out.GroupRuleStore;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.sso.GroupRule;
import org.kubedeck.domain.user.AccessLevel;
import org.springframework.beans.factory.annotation.Autowired;

/** One rule per group and cluster (or every cluster), replaced in place and removed by both. */
@PostgresTest
class GroupRuleJdbcAdapterTest {

    @Autowired
    GroupRuleStore store;

    @Test
    void aGroupHasOneRulePerClusterAndOneOnEveryCluster() {
        String group = "team-" + UUID.randomUUID().toString().substring(0, 8);
        ClusterName prod = ClusterName.of("prod");
        store.put(new GroupRule(group, null, AccessLevel.READ));
        store.put(new GroupRule(group, prod, AccessLevel.READ));
        store.put(new GroupRule(group, prod, AccessLevel.WRITE));

        assertThat(store.all()).filteredOn(rule -> rule.group().equals(group)).containsExactly(
                new GroupRule(group, null, AccessLevel.READ), new GroupRule(group, prod, AccessLevel.WRITE));

        assertThat(store.remove(group, null)).isTrue();
        assertThat(store.remove(group, null)).isFalse();
        assertThat(store.all()).filteredOn(rule -> rule.group().equals(group))
                .containsExactly(new GroupRule(group, prod, AccessLevel.WRITE));
        assertThat(store.remove(group, prod)).isTrue();
    }
}
