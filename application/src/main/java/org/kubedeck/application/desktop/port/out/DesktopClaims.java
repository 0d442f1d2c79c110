package org.kubedeck.application.desktop.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.desktop.DesktopResources;
import org.kubedeck.domain.user.Username;

/**
 * Which users hold a desktop, shared by every replica: the one place where "one desktop per user" and the cap on
 * all desktops are decided, atomically, however many requests race.
 */
public interface DesktopClaims {

    /**
     * Records the claim unless its owner already holds one ({@link Outcome#EXISTS}) or {@code maxTotal} claims
     * exist ({@link Outcome#FULL}). Exactly one of any number of concurrent claims for one owner succeeds.
     */
    Outcome claim(DesktopClaim claim, int maxTotal);

    Optional<DesktopClaim> find(Username owner);

    List<DesktopClaim> all();

    /** Removes the owner's claim; true when there was one. */
    boolean release(Username owner);

    /** Someone was connected to the owner's desktop at {@code at}; an earlier time never replaces a later one. */
    void recordActivity(Username owner, Instant at);

    /**
     * Takes the idle stop of the owner's desktop for this caller: true, and the last activity set to {@code at},
     * only while it is still {@code lastActiveSeen}. Of several replicas that saw the same idle desktop, one wins.
     */
    boolean takeIdleStop(Username owner, Instant lastActiveSeen, Instant at);

    enum Outcome { CLAIMED, EXISTS, FULL }

    /**
     * @param name         the desktop's name ({@code vnc-<key>}), unique across owners too
     * @param lastActiveAt when someone was last seen connected; the claim time until then
     */
    record DesktopClaim(Username owner, String name, ClusterName cluster, DesktopResources resources,
            Instant claimedAt, Instant lastActiveAt) {

        public DesktopClaim(Username owner, String name, ClusterName cluster, DesktopResources resources,
                Instant claimedAt) {
            this(owner, name, cluster, resources, claimedAt, claimedAt);
        }
    }
}
