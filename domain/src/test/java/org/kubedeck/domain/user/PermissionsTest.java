package org.kubedeck.domain.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kubedeck.domain.cluster.ClusterName;

class PermissionsTest {

    private static final ClusterName PROD = ClusterName.of("prod");
    private static final ClusterName DEV = ClusterName.of("dev");

    @ParameterizedTest
    @EnumSource(ClusterAction.class)
    void globalAdminMayDoEverythingOnEveryCluster(ClusterAction action) {
        assertThat(Permissions.ADMINISTRATOR.allows(PROD, action)).isTrue();
        assertThat(Permissions.ADMINISTRATOR.allows(DEV, action)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(ClusterAction.class)
    void userWithoutAnyGrantMayDoNothing(ClusterAction action) {
        assertThat(Permissions.NONE.allows(PROD, action)).isFalse();
        assertThat(Permissions.NONE.canSee(PROD)).isFalse();
    }

    @Test
    void globalReadFlagAllowsViewingEveryClusterButNoChange() {
        Permissions read = Permissions.globalRead();
        assertThat(read.allows(PROD, ClusterAction.VIEW)).isTrue();
        assertThat(read.allows(DEV, ClusterAction.VIEW)).isTrue();
        assertThat(read.allows(PROD, ClusterAction.CHANGE)).isFalse();
        assertThat(read.allows(PROD, ClusterAction.CONFIGURE)).isFalse();
    }

    @Test
    void globalWriteFlagAllowsChangesButNotConfiguration() {
        Permissions write = Permissions.globalWrite();
        assertThat(write.allows(PROD, ClusterAction.VIEW)).isTrue();
        assertThat(write.allows(PROD, ClusterAction.CHANGE)).isTrue();
        assertThat(write.allows(PROD, ClusterAction.CONFIGURE)).isFalse();
    }

    @Test
    void writeFlagAloneImpliesRead() {
        Permissions writeOnly = new Permissions(false, false, true, Map.of());
        assertThat(writeOnly.allows(PROD, ClusterAction.VIEW)).isTrue();
    }

    @Test
    void everyLevelAllowsExactlyTheActionsAtOrBelowIt() {
        for (AccessLevel level : AccessLevel.values()) {
            Permissions permissions = Permissions.perCluster(Map.of(PROD, level));
            for (ClusterAction action : ClusterAction.values()) {
                assertThat(permissions.allows(PROD, action))
                        .as("%s on %s", level, action)
                        .isEqualTo(level.compareTo(action.requires()) >= 0);
            }
        }
    }

    @Test
    void perClusterLevelsReplaceTheGlobalFlags() {
        Permissions permissions = new Permissions(false, true, true, Map.of(PROD, AccessLevel.READ));
        assertThat(permissions.allows(PROD, ClusterAction.CHANGE)).isFalse();
        assertThat(permissions.canSee(DEV)).as("an unlisted cluster is invisible").isFalse();
    }

    @Test
    void clusterAdminMayConfigureOnlyThatCluster() {
        Permissions permissions = Permissions.perCluster(Map.of(PROD, AccessLevel.ADMIN, DEV, AccessLevel.WRITE));
        assertThat(permissions.allows(PROD, ClusterAction.CONFIGURE)).isTrue();
        assertThat(permissions.allows(DEV, ClusterAction.CONFIGURE)).isFalse();
        assertThat(permissions.allows(DEV, ClusterAction.CHANGE)).isTrue();
        assertThat(permissions.admin()).isFalse();
    }

    @Test
    void levelOnReportsTheEffectiveLevel() {
        assertThat(Permissions.globalWrite().levelOn(PROD)).contains(AccessLevel.WRITE);
        assertThat(Permissions.ADMINISTRATOR.levelOn(PROD)).contains(AccessLevel.ADMIN);
        assertThat(Permissions.perCluster(Map.of(DEV, AccessLevel.READ)).levelOn(PROD)).isEmpty();
    }

    @Test
    void levelsAreOrdered() {
        assertThat(EnumSet.allOf(AccessLevel.class)).containsExactly(AccessLevel.READ, AccessLevel.WRITE,
                AccessLevel.ADMIN);
        assertThat(AccessLevel.ADMIN.includes(AccessLevel.WRITE)).isTrue();
        assertThat(AccessLevel.READ.includes(AccessLevel.WRITE)).isFalse();
    }

    @Test
    void limitedToReadKeepsTheClustersAndReadsOnly() {
        Permissions perCluster = Permissions.perCluster(Map.of(PROD, AccessLevel.ADMIN, DEV, AccessLevel.WRITE));
        Permissions limited = perCluster.limitedToRead();
        assertThat(limited.levelOn(PROD)).contains(AccessLevel.READ);
        assertThat(limited.levelOn(DEV)).contains(AccessLevel.READ);
        assertThat(limited.canSee(ClusterName.of("other"))).isFalse();

        Permissions admin = Permissions.ADMINISTRATOR.limitedToRead();
        assertThat(admin.admin()).isFalse();
        assertThat(admin.levelOn(ClusterName.of("any"))).contains(AccessLevel.READ);
        assertThat(Permissions.NONE.limitedToRead().canSee(PROD)).isFalse();
    }

    @Test
    void levelsParseFromTheirCodes() {
        assertThat(AccessLevel.parse("write")).isEqualTo(AccessLevel.WRITE);
        assertThat(AccessLevel.parse(" ADMIN ")).isEqualTo(AccessLevel.ADMIN);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AccessLevel.parse("owner"))
                .hasMessageContaining("owner");
    }
}
