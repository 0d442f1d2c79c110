package org.kubedeck.domain.sso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.user.AccessLevel;
import org.kubedeck.domain.user.Permissions;

class GroupRulesTest {

    private static final ClusterName PROD = ClusterName.of("prod");
    private static final ClusterName STAGING = ClusterName.of("staging");
    private static final List<ClusterName> REGISTERED = List.of(PROD, STAGING);
    private static final List<GroupRule> RULES = List.of(
            new GroupRule("platform", null, AccessLevel.ADMIN),
            new GroupRule("developers", null, AccessLevel.READ),
            new GroupRule("shop-team", PROD, AccessLevel.WRITE),
            new GroupRule("shop-team", STAGING, AccessLevel.READ),
            new GroupRule("shop-leads", STAGING, AccessLevel.ADMIN));

    @Test
    void theMostAnyGroupGivesOnEachCluster() {
        assertThat(GroupRules.permissions(RULES, List.of("platform", "developers"), REGISTERED))
                .isEqualTo(Permissions.ADMINISTRATOR);
        assertThat(GroupRules.permissions(RULES, List.of("shop-team", "shop-leads"), REGISTERED))
                .isEqualTo(Permissions.perCluster(Map.of(PROD, AccessLevel.WRITE, STAGING, AccessLevel.ADMIN)));
        assertThat(GroupRules.permissions(RULES, List.of("developers"), REGISTERED))
                .as("read everywhere, clusters added later included").isEqualTo(Permissions.globalRead());
        assertThat(GroupRules.permissions(RULES, List.of("developers", "shop-team"), REGISTERED))
                .as("more on one cluster: each registered cluster gets the higher")
                .isEqualTo(Permissions.perCluster(Map.of(PROD, AccessLevel.WRITE, STAGING, AccessLevel.READ)));
    }

    @Test
    void groupsNoRuleNamesGiveNothing() {
        assertThat(GroupRules.permissions(RULES, List.of("Platform", "marketing"), REGISTERED))
                .as("names are matched exactly").isEqualTo(Permissions.NONE);
        assertThat(GroupRules.permissions(RULES, List.of(), REGISTERED)).isEqualTo(Permissions.NONE);
    }

    @Test
    void aGroupIsNamed() {
        assertThatThrownBy(() -> new GroupRule(" ", null, AccessLevel.READ))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("group"));
        assertThatThrownBy(() -> new GroupRule("a\nb", null, AccessLevel.READ))
                .isInstanceOf(InvalidInputException.class);
        assertThat(new GroupRule(" platform ", null, AccessLevel.ADMIN).group()).isEqualTo("platform");
    }
}
