package org.kubedeck.application.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kubedeck.application.testing.TestFixture;
import org.kubedeck.domain.user.User;
import org.kubedeck.domain.user.Username;

class InitialAdminServiceTest {

    private final TestFixture f = new TestFixture();
    private final InitialAdminService service = new InitialAdminService(f.users, f.hasher, f.auditLog, f.clock());

    @Test
    void firstStartCreatesAdminWithARandomPasswordToChange() {
        String password = service.ensureInitialAdmin(Optional.empty()).orElseThrow();
        assertThat(password).hasSize(20);
        User admin = f.users.find(Username.of("admin")).orElseThrow();
        assertThat(admin.isActiveAdmin()).isTrue();
        assertThat(admin.mustChangePassword()).isTrue();
        assertThat(f.hasher.matches(password, admin.passwordHash())).isTrue();
        assertThat(f.audit.events()).noneMatch(e -> e.toString().contains(password));
    }

    @Test
    void twoStartsGenerateDifferentPasswords() {
        String first = service.ensureInitialAdmin(Optional.empty()).orElseThrow();
        TestFixture other = new TestFixture();
        String second = new InitialAdminService(other.users, other.hasher, other.auditLog, other.clock())
                .ensureInitialAdmin(Optional.empty()).orElseThrow();
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void configuredPasswordIsUsedAndNothingIsGenerated() {
        assertThat(service.ensureInitialAdmin(Optional.of("from-environment"))).isEmpty();
        assertThat(f.hasher.matches("from-environment",
                f.users.find(Username.of("admin")).orElseThrow().passwordHash())).isTrue();
    }

    @Test
    void laterStartsLeaveUsersAlone() {
        service.ensureInitialAdmin(Optional.empty());
        assertThat(service.ensureInitialAdmin(Optional.empty())).isEmpty();
        assertThat(f.users.findAll()).hasSize(1);
    }
}
