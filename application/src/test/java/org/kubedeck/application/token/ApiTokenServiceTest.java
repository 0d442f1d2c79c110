package org.kubedeck.application.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kubedeck.application.testing.InMemoryApiTokenStore;
import org.kubedeck.application.testing.TestFixture;
import org.kubedeck.application.token.port.in.AuthenticateTokenUseCase.InvalidTokenException;
import org.kubedeck.application.token.port.in.AuthenticateTokenUseCase.TokenUser;
import org.kubedeck.application.token.port.in.ManageApiTokensUseCase.CreatedToken;
import org.kubedeck.application.token.port.in.ManageApiTokensUseCase.CreateTokenCommand;
import org.kubedeck.domain.AccessDeniedException;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.NotFoundException;
import org.kubedeck.domain.TooManyRequestsException;
import org.kubedeck.domain.audit.AuditAction;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.token.ApiTokenSecret;
import org.kubedeck.domain.user.AccessLevel;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.NewPassword;
import org.kubedeck.domain.user.Permissions;
import org.kubedeck.domain.user.User;

class ApiTokenServiceTest {

    private final TestFixture f = new TestFixture();
    private final InMemoryApiTokenStore tokens = new InMemoryApiTokenStore();
    private final ApiTokenService service = new ApiTokenService(tokens, f.users,
            new TokenRateLimit(3, Duration.ofMinutes(1)), f.auditLog, f.guard, f.clock());
    private final Actor alice = TestFixture.actor("alice", Permissions.NONE);
    private final Actor bob = TestFixture.actor("bob", Permissions.NONE);
    private final Actor admin = TestFixture.actor("admin", Permissions.ADMINISTRATOR);

    @BeforeEach
    void users() {
        for (Actor actor : new Actor[] {alice, bob, admin}) {
            f.users.save(User.create(actor.username(), f.hasher.hash(new NewPassword("password-123")),
                    actor.permissions(), f.clock.instant()));
        }
    }

    @Test
    void aNewTokenIsShownOnceAndStoredAsAHash() {
        CreatedToken created = service.create(alice, new CreateTokenCommand(" laptop ", "ml-team"));

        assertThat(created.secret()).matches("vnc-sk-proj-ml-team-alice-[0-9A-Za-z]{40}");
        assertThat(created.token().name()).isEqualTo("laptop");
        assertThat(created.secret()).startsWith(created.token().prefix());
        assertThat(tokens.findByLookup(ApiTokenSecret.parse(created.secret()).orElseThrow().lookup()))
                .singleElement().satisfies(stored -> assertThat(stored.hash()).hasSize(64)
                        .isNotEqualTo(created.secret()));
        assertThat(f.audit.events(AuditAction.TOKEN_CREATED)).singleElement()
                .satisfies(e -> assertThat(e.detail() + e.target()).doesNotContain(created.secret()));
        assertThatThrownBy(() -> service.create(alice, new CreateTokenCommand("  ", null)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> service.create(alice, new CreateTokenCommand("x", "Bad Project")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("project"));
    }

    @Test
    void aReadOnlyTokenSpeaksForItsOwnerWithReadAtMost() {
        String reader = service.create(admin, new CreateTokenCommand("reader", null, true)).secret();
        String full = service.create(admin, new CreateTokenCommand("full", null)).secret();

        TokenUser limited = service.authenticate(reader);
        assertThat(limited.token().readOnly()).isTrue();
        assertThat(limited.user().username()).isEqualTo(admin.username());
        assertThat(limited.user().permissions().admin()).isFalse();
        assertThat(limited.user().permissions().levelOn(ClusterName.of("prod"))).contains(AccessLevel.READ);
        assertThat(service.authenticate(full).user().permissions().admin()).isTrue();
        assertThat(f.audit.events(AuditAction.TOKEN_CREATED)).first()
                .satisfies(e -> assertThat(e.detail()).contains("\"read_only\":true"));
    }

    @Test
    void aTokenAuthenticatesItsOwnerAndNothingElseDoes() {
        String secret = service.create(alice, new CreateTokenCommand("ci", null)).secret();

        assertThat(service.authenticate(secret).user().username()).isEqualTo(alice.username());
        assertThatThrownBy(() -> service.authenticate("nonsense")).isInstanceOf(InvalidTokenException.class);
        String sameLookupOtherSecret = secret.substring(0, secret.length() - 1)
                + (secret.endsWith("A") ? "B" : "A");
        assertThatThrownBy(() -> service.authenticate(sameLookupOtherSecret))
                .isInstanceOf(InvalidTokenException.class);
        assertThat(tokens.ownedBy(alice.username())).singleElement()
                .satisfies(t -> assertThat(t.lastUsedAt()).isEqualTo(f.clock.instant()));
    }

    @Test
    void aDisabledOwnersTokensStopWorking() {
        String secret = service.create(alice, new CreateTokenCommand("ci", null)).secret();
        User stored = f.users.find(alice.username()).orElseThrow();
        f.users.save(stored.withEnabled(false));

        assertThatThrownBy(() -> service.authenticate(secret)).isInstanceOf(InvalidTokenException.class)
                .hasMessageContaining("disabled");
    }

    @Test
    void theRateLimitCountsPerTokenAndLiftsWhenTheWindowEnds() {
        String secret = service.create(alice, new CreateTokenCommand("ci", null)).secret();
        String other = service.create(alice, new CreateTokenCommand("other", null)).secret();
        for (int i = 0; i < 3; i++) {
            service.authenticate(secret);
        }
        f.clock.advance(Duration.ofSeconds(20));

        assertThatThrownBy(() -> service.authenticate(secret))
                .isInstanceOfSatisfying(TooManyRequestsException.class,
                        e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(40)));
        assertThat(service.authenticate(other).token().name()).isEqualTo("other");

        f.clock.advance(Duration.ofSeconds(41));
        assertThat(service.authenticate(secret).user().username()).isEqualTo(alice.username());
    }

    @Test
    void ownersRevokeTheirTokensAdminsAnyonesAndOthersSeeNothing() {
        CreatedToken mine = service.create(alice, new CreateTokenCommand("ci", null));
        CreatedToken second = service.create(alice, new CreateTokenCommand("laptop", null));

        assertThatThrownBy(() -> service.revoke(bob, mine.token().id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.all(bob)).isInstanceOf(AccessDeniedException.class);
        service.revoke(alice, mine.token().id());
        assertThatThrownBy(() -> service.authenticate(mine.secret())).isInstanceOf(InvalidTokenException.class);

        assertThat(service.all(admin)).hasSize(1);
        service.revoke(admin, second.token().id());
        assertThat(service.mine(alice)).isEmpty();
        assertThat(f.audit.events(AuditAction.TOKEN_REVOKED)).hasSize(2);
    }
}
