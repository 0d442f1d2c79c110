package org.kubedeck.application.token.port.in;

import java.util.List;
import org.kubedeck.domain.token.ApiToken;
import org.kubedeck.domain.token.ApiTokenSecret;
import org.kubedeck.domain.user.Actor;

/** Creating, listing and revoking API tokens. A token acts with its owner's permissions. */
public interface ManageApiTokensUseCase {

    /** A new token of the actor's; the only time its secret is returned. */
    CreatedToken create(Actor actor, CreateTokenCommand command);

    /** The actor's own tokens, newest first, without secrets. */
    List<ApiToken> mine(Actor actor);

    /** Every user's tokens; global admins only. */
    List<ApiToken> all(Actor actor);

    /** Owners revoke their own tokens, admins anyone's; another user's token answers as if it did not exist. */
    void revoke(Actor actor, long id);

    /**
     * @param name    what the token is for, as its owner names it (trimmed; printable, at most 100 characters)
     * @param project  the word the token's text starts with after {@code sk-} ({@code default} when blank)
     * @param readOnly whether the token may only read, on every cluster, whatever its owner may do
     */
    record CreateTokenCommand(String name, String project, boolean readOnly) {

        public CreateTokenCommand(String name, String project) {
            this(name, project, false);
        }


        public CreateTokenCommand {
            name = ApiToken.name(name);
            project = ApiTokenSecret.project(project);
        }
    }

    /** @param secret the whole token, for its owner to copy now */
    record CreatedToken(ApiToken token, String secret) {
    }
}
