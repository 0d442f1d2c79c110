package org.kubedeck.application.token;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.kubedeck.application.UseCase;
import org.kubedeck.application.audit.AccessGuard;
import org.kubedeck.application.audit.AuditLog;
import org.kubedeck.application.token.port.in.AuthenticateTokenUseCase;
import org.kubedeck.application.token.port.in.ManageApiTokensUseCase;
import org.kubedeck.application.token.port.out.ApiTokenStore;
import org.kubedeck.application.token.port.out.ApiTokenStore.NewApiToken;
import org.kubedeck.application.token.port.out.ApiTokenStore.Usage;
import org.kubedeck.application.user.port.out.UserStore;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.NotFoundException;
import org.kubedeck.domain.TooManyRequestsException;
import org.kubedeck.domain.audit.AuditAction;
import org.kubedeck.domain.audit.AuditDetail;
import org.kubedeck.domain.token.ApiToken;
import org.kubedeck.domain.token.ApiTokenSecret;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.User;

@UseCase
class ApiTokenService implements ManageApiTokensUseCase, AuthenticateTokenUseCase {

    private static final String INVALID = "The API token is not valid; it may have been revoked.";

    private final ApiTokenStore tokens;
    private final UserStore users;
    private final TokenRateLimit rateLimit;
    private final AuditLog auditLog;
    private final AccessGuard guard;
    private final Clock clock;

    ApiTokenService(ApiTokenStore tokens, UserStore users, TokenRateLimit rateLimit, AuditLog auditLog,
            AccessGuard guard, Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.rateLimit = rateLimit;
        this.auditLog = auditLog;
        this.guard = guard;
        this.clock = clock;
    }

    @Override
    public CreatedToken create(Actor actor, CreateTokenCommand command) {
        ApiTokenSecret secret = ApiTokenSecret.generate(command.project(), actor.username());
        ApiToken token = tokens.save(new NewApiToken(actor.username(), command.name(), command.project(),
                secret.displayPrefix(), secret.lookup(), secret.hash(), clock.instant(), command.readOnly()));
        auditLog.success(actor, AuditAction.TOKEN_CREATED, token.prefix(), null,
                AuditDetail.of("id", token.id(), "name", token.name(), "read_only", token.readOnly()));
        return new CreatedToken(token, secret.value());
    }

    @Override
    public List<ApiToken> mine(Actor actor) {
        return tokens.ownedBy(actor.username());
    }

    @Override
    public List<ApiToken> all(Actor actor) {
        guard.requireAdmin(actor, "list every user's API tokens", "api tokens");
        return tokens.all();
    }

    @Override
    public void revoke(Actor actor, long id) {
        ApiToken token = tokens.find(id)
                .filter(found -> actor.is(found.owner()) || actor.isAdmin())
                .orElseThrow(() -> new NotFoundException(Message.of("token.apiTokenDoesNot",
                        "API token {0} does not exist.", id)));
        if (tokens.delete(id)) {
            auditLog.success(actor, AuditAction.TOKEN_REVOKED, token.prefix(), null,
                    AuditDetail.of("id", id, "name", token.name(), "owner", token.owner().value()));
        }
    }

    @Override
    public TokenUser authenticate(String presented) {
        ApiTokenSecret secret = ApiTokenSecret.parse(presented).orElseThrow(() -> new InvalidTokenException(INVALID));
        ApiToken token = tokens.findByLookup(secret.lookup()).stream()
                .filter(stored -> secret.matches(stored.hash()))
                .map(ApiTokenStore.StoredToken::token)
                .findFirst()
                .orElseThrow(() -> new InvalidTokenException(INVALID));
        User owner = users.find(token.owner()).filter(User::enabled)
                .orElseThrow(() -> new InvalidTokenException("The owner of this API token is disabled."));
        if (owner.mustChangePassword()) {
            // A password reset by an admin suspends the owner's tokens too, until the owner has chosen a new one.
            throw new InvalidTokenException("The owner of this API token must choose a new password; the token "
                    + "works again after that.");
        }
        Instant now = clock.instant();
        Usage usage = tokens.recordUse(token.id(), now, rateLimit.window())
                .orElseThrow(() -> new InvalidTokenException(INVALID));
        if (usage.uses() > rateLimit.requests()) {
            Duration retryAfter = Duration.between(now, usage.windowStart().plus(rateLimit.window()));
            throw new TooManyRequestsException(Message.of("token.apiTokenHasMade",
                    "This API token has made {0} requests in the last {1} s; try again in {2} s.", rateLimit.requests(),
                    rateLimit.window().toSeconds(), Math.max(1, retryAfter.toSeconds())), retryAfter);
        }
        return new TokenUser(token.readOnly() ? owner.limitedToRead() : owner, token);
    }
}
