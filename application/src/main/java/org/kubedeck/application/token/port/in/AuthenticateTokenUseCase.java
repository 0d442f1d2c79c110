package org.kubedeck.application.token.port.in;

import org.kubedeck.domain.token.ApiToken;
import org.kubedeck.domain.user.User;

/** Who a presented bearer token speaks for. */
public interface AuthenticateTokenUseCase {

    /**
     * The token's owner as stored now, after counting this use against the token's rate limit. Throws
     * {@link InvalidTokenException} for an unknown or revoked token or a disabled owner, and
     * TooManyRequestsException once the token has used up its requests for the current window.
     */
    TokenUser authenticate(String presented);

    /** @param user the owner, with read-only permissions when the token is read-only */
    record TokenUser(User user, ApiToken token) {
    }

    /** The token does not authenticate anyone; the message is safe to show. */
    class InvalidTokenException extends RuntimeException {

        public InvalidTokenException(String message) {
            super(message);
        }
    }
}
