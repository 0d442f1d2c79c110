package org.kubedeck.application.token.port.out;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.kubedeck.domain.token.ApiToken;
import org.kubedeck.domain.user.Username;

/** API tokens, stored as a SHA-256 hash and a lookup key; the token itself never reaches the store. */
public interface ApiTokenStore {

    /** Stores a new token and returns it with its id. */
    ApiToken save(NewApiToken token);

    /** The tokens whose lookup key is {@code lookup}, with their hashes, for checking a presented token. */
    List<StoredToken> findByLookup(String lookup);

    /** Tokens of one owner, newest first. */
    List<ApiToken> ownedBy(Username owner);

    /** Every token, newest first. */
    List<ApiToken> all();

    Optional<ApiToken> find(long id);

    /** Deletes the token; false when no token has that id. */
    boolean delete(long id);

    /**
     * Records one use at {@code now}: sets the last-used time and counts the use in the token's current rate
     * window, which starts afresh when the previous one (of length {@code window}) has ended. Atomic across
     * replicas. Empty when the token no longer exists.
     */
    Optional<Usage> recordUse(long id, Instant now, Duration window);

    record NewApiToken(Username owner, String name, String project, String prefix, String lookup, String hash,
            Instant createdAt, boolean readOnly) {
    }

    record StoredToken(ApiToken token, String hash) {
    }

    /** @param uses the uses counted in the window that started at {@code windowStart}, this one included */
    record Usage(Instant windowStart, int uses) {
    }
}
