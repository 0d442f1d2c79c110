package org.kubedeck.application.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kubedeck.application.desktop.port.out.DesktopClaims;
import org.kubedeck.application.desktop.port.out.DesktopClaims.DesktopClaim;
import org.kubedeck.application.desktop.port.out.DesktopClaims.Outcome;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.desktop.DesktopNames;
import org.kubedeck.domain.desktop.DesktopResources;
import org.kubedeck.domain.user.Username;

/**
 * What every DesktopClaims must do; run against the in-memory claims and the database adapter. The cap counts
 * every claim in the store, so tests set it relative to the claims that are already there.
 */
public abstract class DesktopClaimsContract extends PortContract<DesktopClaims> {

    protected static final Instant T0 = Instant.parse("2026-06-01T10:00:00.123456Z");
    protected static final ClusterName CLUSTER = ClusterName.of("desktops");
    private static final DesktopResources RESOURCES = new DesktopResources(2000, 4L << 30, 10L << 30);

    protected DesktopClaimsContract(DesktopClaims claims, ReferencedRows rows) {
        super(claims, rows);
    }

    protected DesktopClaims claims() {
        return port();
    }

    protected static DesktopClaim claimOf(Username owner, Instant claimedAt) {
        return new DesktopClaim(owner, DesktopNames.of(owner).desktop(), CLUSTER, RESOURCES, claimedAt);
    }

    /** A cap that leaves room for exactly {@code free} more claims. */
    protected int capWithRoomFor(int free) {
        return claims().all().size() + free;
    }

    @Test
    void firstClaimSucceedsAndTheOwnersNextOneFindsIt() {
        Username owner = owner("alice");
        DesktopClaim first = new DesktopClaim(owner, DesktopNames.of(owner).desktop(), CLUSTER,
                new DesktopResources(500, 1536L << 20, 5L << 30), T0);

        assertThat(claims().claim(first, capWithRoomFor(1))).isEqualTo(Outcome.CLAIMED);
        assertThat(claims().find(owner)).contains(first);
        assertThat(claims().claim(claimOf(owner, T0.plusSeconds(5)), capWithRoomFor(1))).isEqualTo(Outcome.EXISTS);
        assertThat(claims().find(owner)).contains(first);
    }

    @Test
    void claimsBeyondTheCapAreRefusedUntilOneIsReleased() {
        Username first = owner("bob");
        Username second = owner("carol");
        Username late = owner("dave");
        int cap = capWithRoomFor(2);

        assertThat(claims().claim(claimOf(first, T0), cap)).isEqualTo(Outcome.CLAIMED);
        assertThat(claims().claim(claimOf(second, T0), cap)).isEqualTo(Outcome.CLAIMED);
        assertThat(claims().claim(claimOf(late, T0), cap)).isEqualTo(Outcome.FULL);
        assertThat(claims().find(late)).isEmpty();
        // An owner who holds a desktop hears that it exists, not that the console is full.
        assertThat(claims().claim(claimOf(first, T0), cap)).isEqualTo(Outcome.EXISTS);

        assertThat(claims().release(second)).isTrue();
        assertThat(claims().claim(claimOf(late, T0), cap)).isEqualTo(Outcome.CLAIMED);
    }

    @Test
    void releaseFreesTheOwnerAndSaysWhetherThereWasAClaim() {
        Username owner = owner("erin");
        claims().claim(claimOf(owner, T0), capWithRoomFor(1));

        assertThat(claims().release(owner)).isTrue();
        assertThat(claims().find(owner)).isEmpty();
        assertThat(claims().release(owner)).isFalse();
        assertThat(claims().claim(claimOf(owner, T0.plusSeconds(60)), capWithRoomFor(1)))
                .isEqualTo(Outcome.CLAIMED);
    }

    @Test
    void anotherOwnerWithTheSameDesktopNameFindsItExisting() {
        Username owner = owner("frank");
        Username lookalike = owner("frank-too");
        DesktopClaim held = claimOf(owner, T0);
        claims().claim(held, capWithRoomFor(1));

        DesktopClaim sameName = new DesktopClaim(lookalike, held.name(), CLUSTER, RESOURCES, T0.plusSeconds(1));
        assertThat(claims().claim(sameName, capWithRoomFor(1))).isEqualTo(Outcome.EXISTS);
        assertThat(claims().find(lookalike)).isEmpty();
        assertThat(claims().find(owner)).contains(held);
    }

    @Test
    void allListsClaimsInTheOrderTheyWereMade() {
        Username later = owner("grace");
        Username earlier = owner("heidi");
        DesktopClaim second = claimOf(later, T0.plusSeconds(20));
        DesktopClaim first = claimOf(earlier, T0.plusSeconds(10));
        claims().claim(second, capWithRoomFor(2));
        claims().claim(first, capWithRoomFor(1));

        List<DesktopClaim> all = claims().all();
        assertThat(all).containsSubsequence(first, second);
        assertThat(all).extracting(DesktopClaim::claimedAt).isSorted();
    }

    @Test
    void activityMovesForwardOnly() {
        Username owner = owner("dora");
        claims().claim(claimOf(owner, T0), capWithRoomFor(1));
        assertThat(claims().find(owner).orElseThrow().lastActiveAt()).isEqualTo(T0);

        claims().recordActivity(owner, T0.plusSeconds(60));
        claims().recordActivity(owner, T0.plusSeconds(30));

        assertThat(claims().find(owner).orElseThrow().lastActiveAt()).isEqualTo(T0.plusSeconds(60));
        claims().recordActivity(owner("nobody"), T0);
    }

    @Test
    void anIdleStopIsTakenOnceForWhatWasSeen() {
        Username owner = owner("erin");
        claims().claim(claimOf(owner, T0), capWithRoomFor(1));

        assertThat(claims().takeIdleStop(owner, T0, T0.plusSeconds(900))).isTrue();
        assertThat(claims().takeIdleStop(owner, T0, T0.plusSeconds(901))).as("another replica, too late").isFalse();
        assertThat(claims().find(owner).orElseThrow().lastActiveAt()).isEqualTo(T0.plusSeconds(900));
        assertThat(claims().takeIdleStop(owner("nobody"), T0, T0)).isFalse();
    }
}
