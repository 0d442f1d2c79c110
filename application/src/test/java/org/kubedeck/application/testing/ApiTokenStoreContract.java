package org.kubedeck.application.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.kubedeck.application.token.port.out.ApiTokenStore;
import org.kubedeck.application.token.port.out.ApiTokenStore.NewApiToken;
import org.kubedeck.application.token.port.out.ApiTokenStore.StoredToken;
import org.kubedeck.application.token.port.out.ApiTokenStore.Usage;
import org.kubedeck.domain.token.ApiToken;
import org.kubedeck.domain.token.ApiTokenSecret;
import org.kubedeck.domain.user.Username;

/** What every ApiTokenStore must do; run against the in-memory store and the database adapter. */
public abstract class ApiTokenStoreContract extends PortContract<ApiTokenStore> {

    private static final Instant T0 = Instant.parse("2026-06-01T10:00:00.123456Z");
    private static final Duration WINDOW = Duration.ofMinutes(1);

    protected ApiTokenStoreContract(ApiTokenStore store, ReferencedRows rows) {
        super(store, rows);
    }

    protected ApiTokenStore store() {
        return port();
    }

    protected static NewApiToken newToken(Username owner, String name, ApiTokenSecret secret, Instant createdAt) {
        return new NewApiToken(owner, name, "ci", secret.displayPrefix(), secret.lookup(), secret.hash(), createdAt,
                false);
    }

    protected ApiToken save(Username owner, String name) {
        return store().save(newToken(owner, name, ApiTokenSecret.generate("ci", owner), T0));
    }

    @Test
    void savedTokenIsFoundWithEveryField() {
        Username owner = owner("alice");
        ApiTokenSecret secret = ApiTokenSecret.generate("ci", owner);
        ApiToken saved = store().save(newToken(owner, "deploy bot", secret, T0));

        assertThat(saved).isEqualTo(new ApiToken(saved.id(), owner, "deploy bot", "ci", secret.displayPrefix(), T0,
                null, false));
        assertThat(store().find(saved.id())).contains(saved);
        ApiToken readOnly = store().save(new NewApiToken(owner, "reader", "ci", secret.displayPrefix(), "r0r0r0r0",
                ApiTokenSecret.generate("ci", owner).hash(), T0, true));
        assertThat(store().find(readOnly.id()).orElseThrow().readOnly()).isTrue();
        assertThat(store().find(saved.id() + 1_000_000)).isEmpty();
    }

    @Test
    void findByLookupReturnsEveryTokenWithThatKeyAndItsHash() {
        Username owner = owner("bob");
        ApiTokenSecret first = ApiTokenSecret.generate("ci", owner);
        ApiTokenSecret second = ApiTokenSecret.generate("ci", owner);
        ApiToken a = store().save(newToken(owner, "a", first, T0));
        // Two tokens whose random parts begin alike: the lookup finds both, the hash tells them apart.
        ApiToken b = store().save(new NewApiToken(owner, "b", "ci", second.displayPrefix(), first.lookup(),
                second.hash(), T0, false));

        assertThat(store().findByLookup(first.lookup())).containsExactlyInAnyOrder(
                new StoredToken(a, first.hash()), new StoredToken(b, second.hash()));
        assertThat(store().findByLookup(ApiTokenSecret.random(8))).isEmpty();
    }

    @Test
    void tokensAreListedNewestFirst() {
        Username owner = owner("carol");
        Username other = owner("dave");
        ApiToken older = save(owner, "older");
        ApiToken theirs = save(other, "theirs");
        ApiToken newer = save(owner, "newer");

        assertThat(store().ownedBy(owner)).containsExactly(newer, older);
        assertThat(store().ownedBy(other)).containsExactly(theirs);
        assertThat(store().all()).containsSubsequence(newer, theirs, older);
    }

    @Test
    void deletedTokenIsGoneAndDeletingAgainReportsNothing() {
        Username owner = owner("erin");
        ApiTokenSecret secret = ApiTokenSecret.generate("ci", owner);
        ApiToken token = store().save(newToken(owner, "short-lived", secret, T0));

        assertThat(store().delete(token.id())).isTrue();
        assertThat(store().find(token.id())).isEmpty();
        assertThat(store().ownedBy(owner)).isEmpty();
        assertThat(store().all()).doesNotContain(token);
        assertThat(store().findByLookup(secret.lookup())).isEmpty();
        assertThat(store().delete(token.id())).isFalse();
    }

    @Test
    void usesAreCountedInTheWindowAndStartAfreshWhenItHasEnded() {
        ApiToken token = save(owner("frank"), "counted");

        assertThat(store().recordUse(token.id(), T0, WINDOW)).contains(new Usage(T0, 1));
        assertThat(store().recordUse(token.id(), T0.plusSeconds(10), WINDOW)).contains(new Usage(T0, 2));
        Instant lastInWindow = T0.plus(WINDOW).minusNanos(1000);
        assertThat(store().recordUse(token.id(), lastInWindow, WINDOW)).contains(new Usage(T0, 3));
        assertThat(store().find(token.id()).orElseThrow().lastUsedAt()).isEqualTo(lastInWindow);

        Instant next = T0.plus(WINDOW);
        assertThat(store().recordUse(token.id(), next, WINDOW)).contains(new Usage(next, 1));
        assertThat(store().recordUse(token.id(), next.plusSeconds(1), WINDOW)).contains(new Usage(next, 2));
        Instant muchLater = next.plus(Duration.ofHours(3));
        assertThat(store().recordUse(token.id(), muchLater, WINDOW)).contains(new Usage(muchLater, 1));
        assertThat(store().find(token.id()).orElseThrow().lastUsedAt()).isEqualTo(muchLater);
    }

    @Test
    void windowsAreCountedPerToken() {
        Username owner = owner("grace");
        ApiToken first = save(owner, "first");
        ApiToken second = save(owner, "second");

        store().recordUse(first.id(), T0, WINDOW);
        store().recordUse(first.id(), T0.plusSeconds(1), WINDOW);
        assertThat(store().recordUse(second.id(), T0.plusSeconds(2), WINDOW))
                .contains(new Usage(T0.plusSeconds(2), 1));
        assertThat(store().find(second.id()).orElseThrow().lastUsedAt()).isEqualTo(T0.plusSeconds(2));
        assertThat(store().find(first.id()).orElseThrow().lastUsedAt()).isEqualTo(T0.plusSeconds(1));
    }

    @Test
    void useOfADeletedTokenIsNotRecorded() {
        ApiToken token = save(owner("heidi"), "revoked");
        store().delete(token.id());

        assertThat(store().recordUse(token.id(), T0, WINDOW)).isEmpty();
    }
}
