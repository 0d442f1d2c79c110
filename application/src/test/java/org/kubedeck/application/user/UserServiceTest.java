package org.kubedeck.application.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kubedeck.application.desktop.port.out.DesktopClaims.DesktopClaim;
import org.kubedeck.application.testing.InMemoryDesktopClaims;
import org.kubedeck.application.testing.TestFixture;
import org.kubedeck.application.user.port.in.ManageUsersUseCase.CreateUserCommand;
import org.kubedeck.application.user.port.in.ManageUsersUseCase.UpdateUserCommand;
import org.kubedeck.domain.AccessDeniedException;
import org.kubedeck.domain.ConflictException;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.NotFoundException;
import org.kubedeck.domain.audit.AuditAction;
import org.kubedeck.domain.audit.Outcome;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.desktop.DesktopResources;
import org.kubedeck.domain.user.AccessLevel;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.NewPassword;
import org.kubedeck.domain.user.Permissions;
import org.kubedeck.domain.user.User;
import org.kubedeck.domain.user.Username;

class UserServiceTest {

    private final TestFixture f = new TestFixture();
    private final InMemoryDesktopClaims desktops = new InMemoryDesktopClaims();
    private UserService service;
    private Actor root;

    @BeforeEach
    void setUp() {
        service = new UserService(f.users, f.clusters, desktops, f.hasher, f.auditLog, f.guard, f.clock());
        f.users.save(User.create(Username.of("root"), f.hasher.hash(new NewPassword("root-password")),
                Permissions.ADMINISTRATOR, f.clock.instant()));
        root = TestFixture.actor("root", Permissions.ADMINISTRATOR);
        f.register(ClusterName.of("prod"), "Production", "prod.example");
    }

    private User create(String name, Permissions permissions) {
        return service.createUser(root, new CreateUserCommand(Username.of(name), new NewPassword("first-password"),
                permissions));
    }

    @Test
    void adminCreatesUserWhoMustChangeThePassword() {
        User created = create("lihua", Permissions.perCluster(Map.of(ClusterName.of("prod"), AccessLevel.WRITE)));
        assertThat(created.mustChangePassword()).isTrue();
        assertThat(f.users.find(Username.of("lihua"))).isPresent();
        assertThat(f.audit.events(AuditAction.USER_CREATED).get(0).detail())
                .isEqualTo("{\"permissions\":\"prod=write\"}");
    }

    @Test
    void duplicateUsernameIsAConflictAndChangesNothing() {
        create("lihua", Permissions.globalRead());
        assertThatThrownBy(() -> create("lihua", Permissions.ADMINISTRATOR)).isInstanceOf(ConflictException.class);
        assertThat(f.users.find(Username.of("lihua")).orElseThrow().permissions()).isEqualTo(Permissions.globalRead());
    }

    @Test
    void readUserIsRefusedEveryUserActionAndEachRefusalIsAudited() {
        create("reader", Permissions.globalRead());
        Actor reader = TestFixture.actor("reader", Permissions.globalRead());
        assertThatThrownBy(() -> service.listUsers(reader)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.getUser(reader, Username.of("root")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.createUser(reader, new CreateUserCommand(Username.of("x"),
                new NewPassword("password1"), Permissions.ADMINISTRATOR))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.updateUser(reader, UpdateUserCommand.of(Username.of("reader"),
                Optional.empty(), Permissions.ADMINISTRATOR, true))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.deleteUser(reader, Username.of("root")))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(f.users.find(Username.of("x"))).isEmpty();
        assertThat(f.users.find(Username.of("reader")).orElseThrow().permissions().admin()).isFalse();
        assertThat(f.audit.events(AuditAction.DENIED)).hasSize(5)
                .allMatch(e -> e.actor().equals("reader") && e.outcome() == Outcome.DENIED);
    }

    @Test
    void clusterAdminIsNotAUserAdmin() {
        Permissions clusterAdmin = Permissions.perCluster(Map.of(ClusterName.of("prod"), AccessLevel.ADMIN));
        assertThatThrownBy(() -> service.listUsers(TestFixture.actor("ops", clusterAdmin)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void updateChangesPermissionsAndResetsThePassword() {
        create("lihua", Permissions.globalRead());
        service.updateUser(root, UpdateUserCommand.of(Username.of("lihua"),
                Optional.of(new NewPassword("new-password")), Permissions.globalWrite(), true));
        User updated = f.users.find(Username.of("lihua")).orElseThrow();
        assertThat(updated.permissions()).isEqualTo(Permissions.globalWrite());
        assertThat(f.hasher.matches("new-password", updated.passwordHash())).isTrue();
        assertThat(f.audit.events(AuditAction.USER_UPDATED).get(0).detail())
                .contains("\"old_permissions\":\"read\"", "\"new_permissions\":\"read,write\"",
                        "\"password_reset\":true")
                .doesNotContain("new-password");
    }

    @Test
    void partialUpdateKeepsWhatItLeavesOut() {
        create("partial", Permissions.globalWrite());
        service.updateUser(root, UpdateUserCommand.of(Username.of("partial"), Optional.empty(),
                Permissions.globalWrite(), false));
        service.updateUser(root, new UpdateUserCommand(Username.of("partial"), Optional.empty(), Optional.empty(),
                Optional.empty()));
        User user = f.users.find(Username.of("partial")).orElseThrow();
        assertThat(user.enabled()).isFalse();
        assertThat(user.permissions()).isEqualTo(Permissions.globalWrite());
    }

    @Test
    void adminCannotDeleteThemselves() {
        create("other-admin", Permissions.ADMINISTRATOR);
        assertThatThrownBy(() -> service.deleteUser(root, Username.of("root")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("yourself");
        assertThat(f.users.exists(Username.of("root"))).isTrue();
    }

    @Test
    void adminCannotDemoteOrDisableThemselves() {
        create("other-admin", Permissions.ADMINISTRATOR);
        assertThatThrownBy(() -> service.updateUser(root, UpdateUserCommand.of(Username.of("root"),
                Optional.empty(), Permissions.globalRead(), true))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> service.updateUser(root, UpdateUserCommand.of(Username.of("root"),
                Optional.empty(), Permissions.ADMINISTRATOR, false))).isInstanceOf(InvalidInputException.class);
        assertThat(f.users.find(Username.of("root")).orElseThrow().isActiveAdmin()).isTrue();
    }

    @Test
    void theLastAdminCannotBeDemotedOrDeletedByAnother() {
        // An admin whose account was disabled meanwhile is still the actor in a live request.
        create("ops", Permissions.ADMINISTRATOR);
        service.updateUser(root, UpdateUserCommand.of(Username.of("ops"), Optional.empty(),
                Permissions.ADMINISTRATOR, false));
        Actor ops = TestFixture.actor("ops", Permissions.ADMINISTRATOR);
        assertThatThrownBy(() -> service.updateUser(ops, UpdateUserCommand.of(Username.of("root"),
                Optional.empty(), Permissions.globalRead(), true))).hasMessageContaining("last");
        assertThatThrownBy(() -> service.deleteUser(ops, Username.of("root"))).hasMessageContaining("last");
        assertThat(f.users.find(Username.of("root")).orElseThrow().isActiveAdmin()).isTrue();
    }

    @Test
    void deletingAUserRemovesItAndIsAudited() {
        create("temp", Permissions.globalRead());
        service.deleteUser(root, Username.of("temp"));
        assertThat(f.users.exists(Username.of("temp"))).isFalse();
        assertThat(f.audit.events(AuditAction.USER_DELETED)).extracting(e -> e.target()).containsExactly("temp");
        assertThatThrownBy(() -> service.deleteUser(root, Username.of("temp"))).isInstanceOf(NotFoundException.class);
    }

    /** Someone created later under the same name would otherwise be handed the old user's home volume. */
    @Test
    void aUserWithADesktopIsNotDeletedUntilTheDesktopIs() {
        create("desk", Permissions.NONE);
        Username desk = Username.of("desk");
        desktops.claim(new DesktopClaim(desk, "vnc-desk", ClusterName.of("desktops"),
                new DesktopResources(1000, 1L << 30, 1L << 30), f.clock.instant()), 10);

        assertThatThrownBy(() -> service.deleteUser(root, desk)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("vnc-desk");
        assertThat(f.users.exists(desk)).isTrue();

        desktops.release(desk);
        service.deleteUser(root, desk);
        assertThat(f.users.exists(desk)).isFalse();
    }

    @Test
    void ownerChangesPasswordOnlyWithTheCurrentOne() {
        create("lihua", Permissions.globalRead());
        Actor lihua = TestFixture.actor("lihua", Permissions.globalRead());
        assertThatThrownBy(() -> service.changeOwnPassword(lihua, "wrong", new NewPassword("another-one")))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> service.changeOwnPassword(lihua, "first-password", new NewPassword("first-password")))
                .hasMessageContaining("different");
        service.changeOwnPassword(lihua, "first-password", new NewPassword("another-one"));
        User changed = f.users.find(Username.of("lihua")).orElseThrow();
        assertThat(changed.mustChangePassword()).isFalse();
        assertThat(f.hasher.matches("another-one", changed.passwordHash())).isTrue();
        assertThat(f.audit.events(AuditAction.PASSWORD_CHANGED)).extracting(e -> e.outcome())
                .containsExactly(Outcome.FAILURE, Outcome.SUCCESS);
    }

    @Test
    void aGrantOnAClusterThatIsNotRegisteredIsRefusedAndNothingIsSaved() {
        assertThatThrownBy(() -> create("typo", Permissions.perCluster(Map.of(ClusterName.of("rgi"),
                AccessLevel.READ)))).isInstanceOf(InvalidInputException.class).hasMessage(
                        "Cluster 'rgi' is not registered.")
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("clusters"));
        assertThat(f.users.find(Username.of("typo"))).isEmpty();

        create("lihua", Permissions.perCluster(Map.of(ClusterName.of("prod"), AccessLevel.READ)));
        assertThatThrownBy(() -> service.updateUser(root, UpdateUserCommand.of(Username.of("lihua"),
                Optional.empty(), Permissions.perCluster(Map.of(ClusterName.of("prod"), AccessLevel.READ,
                        ClusterName.of("rgi"), AccessLevel.WRITE)), true)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(f.users.find(Username.of("lihua")).orElseThrow().permissions().clusters())
                .containsOnlyKeys(ClusterName.of("prod"));
    }
}
