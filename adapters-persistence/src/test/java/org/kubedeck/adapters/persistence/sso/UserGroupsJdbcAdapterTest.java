package org.kubedeck.adapters.persistence.sso;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kubedeck.adapters.persistence.PostgresTest;
import org.kubedeck.application.kube.port.out.IdentityDirectory;
import org.kubedeck.application.sso.port.out.GroupMembershipStore;
import org.kubedeck.application.user.port.out.UserStore;
import org.kubedeck.domain.user.PasswordHash;
import org.kubedeck.domain.user.Permissions;
import org.kubedeck.domain.user.User;
import org.kubedeck.domain.user.Username;
import org.springframework.beans.factory.annotation.Autowired;

/** A user's groups replaced at each sign-in, read back sorted, and gone with the user. */
@PostgresTest
class UserGroupsJdbcAdapterTest {

    @Autowired
    GroupMembershipStore memberships;

    @Autowired
    IdentityDirectory directory;

    @Autowired
    UserStore users;

    @Test
    void theGroupsOfTheLastSignInAreTheUsers() {
        Username ana = Username.of("ana-" + UUID.randomUUID().toString().substring(0, 8));
        users.save(User.create(ana, PasswordHash.NONE, Permissions.globalRead(), Instant.now()));

        memberships.replace(ana, List.of("shop", "platform", "shop"));
        assertThat(directory.groups(ana)).containsExactly("platform", "shop");
        memberships.replace(ana, List.of("readers"));
        assertThat(directory.groups(ana)).containsExactly("readers");

        users.delete(ana);
        assertThat(directory.groups(ana)).isEmpty();
        assertThat(directory.groups(Username.of("nobody-at-all"))).isEmpty();
    }
}
