package org.kubedeck.application.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kubedeck.application.user.port.out.UserStore;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.user.AccessLevel;
import org.kubedeck.domain.user.PasswordHash;
import org.kubedeck.domain.user.Permissions;
import org.kubedeck.domain.user.User;
import org.kubedeck.domain.user.Username;

/** What every UserStore must do; run against the in-memory store and the database adapter. */
public abstract class UserStoreContract extends PortContract<UserStore> {

    protected UserStoreContract(UserStore store) {
        super(store, ReferencedRows.NONE);
    }

    protected UserStore store() {
        return port();
    }

    protected static Username unique(String prefix) {
        return Username.of(prefix + "-" + UUID.randomUUID().toString().substring(0, 8));
    }

    private static User user(Username name, Permissions permissions) {
        return User.create(name, new PasswordHash("{test}x"), permissions,
                Instant.parse("2026-02-03T04:05:06.123456Z"));
    }

    @Test
    void savedUserIsFoundWithEveryField() {
        Username name = unique("alice");
        Permissions permissions = Permissions.perCluster(
                Map.of(ClusterName.of("prod"), AccessLevel.WRITE, ClusterName.of("dev"), AccessLevel.ADMIN));
        User saved = User.invited(name, new PasswordHash("{test}abc"), permissions,
                Instant.now().truncatedTo(ChronoUnit.MICROS));
        store().save(saved);

        User found = store().find(name).orElseThrow();
        assertThat(found.passwordHash()).isEqualTo(saved.passwordHash());
        assertThat(found.permissions()).isEqualTo(permissions);
        assertThat(found.mustChangePassword()).isTrue();
        assertThat(found.enabled()).isTrue();
        assertThat(found.createdAt()).isEqualTo(saved.createdAt());
        assertThat(store().exists(name)).isTrue();
    }

    @Test
    void savingAgainReplacesPermissionsAndFlags() {
        Username name = unique("bob");
        store().save(user(name, Permissions.perCluster(Map.of(ClusterName.of("prod"), AccessLevel.ADMIN))));
        store().save(user(name, Permissions.globalRead()).withEnabled(false));

        User found = store().find(name).orElseThrow();
        assertThat(found.permissions()).isEqualTo(Permissions.globalRead());
        assertThat(found.enabled()).isFalse();
    }

    @Test
    void deletedUserIsGone() {
        Username name = unique("carol");
        store().save(user(name, Permissions.globalWrite()));
        store().delete(name);
        assertThat(store().find(name)).isEmpty();
        assertThat(store().findAll()).extracting(User::username).doesNotContain(name);
    }

    @Test
    void countsOnlyEnabledAdmins() {
        long before = store().countActiveAdmins();
        store().save(user(unique("boss"), Permissions.ADMINISTRATOR));
        store().save(user(unique("former"), Permissions.ADMINISTRATOR).withEnabled(false));
        store().save(user(unique("reader"), Permissions.globalRead()));
        assertThat(store().countActiveAdmins()).isEqualTo(before + 1);
        assertThat(store().isEmpty()).isFalse();
    }

    @Test
    void listsUsersSortedByName() {
        Username b = Username.of("zz-b-" + UUID.randomUUID().toString().substring(0, 6));
        Username a = Username.of("zz-a-" + UUID.randomUUID().toString().substring(0, 6));
        store().save(user(b, Permissions.NONE));
        store().save(user(a, Permissions.NONE));
        assertThat(store().findAll()).extracting(User::username).containsSubsequence(a, b);
    }

    @Test
    void keepsNamesInAnyScript() {
        Username name = unique("李华");
        store().save(user(name, Permissions.NONE));
        assertThat(store().find(name)).isPresent();
    }
}
