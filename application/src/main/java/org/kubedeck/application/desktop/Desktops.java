package org.kubedeck.application.desktop;

import org.kubedeck.domain.Message;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kubedeck.application.desktop.port.in.DesktopQuery.ClusterChoice;
import org.kubedeck.application.desktop.port.in.DesktopQuery.DesktopView;
import org.kubedeck.application.desktop.port.out.DesktopClaims;
import org.kubedeck.application.desktop.port.out.DesktopClaims.DesktopClaim;
import org.kubedeck.application.desktop.port.out.DesktopCluster;
import org.kubedeck.application.desktop.port.out.DesktopSettingsStore;
import org.kubedeck.application.kube.ClusterKeyring;
import org.kubedeck.domain.NotFoundException;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.cluster.ClusterUnavailableException;
import org.kubedeck.domain.desktop.DesktopNames;
import org.kubedeck.domain.desktop.DesktopPhase;
import org.kubedeck.domain.desktop.DesktopResources;
import org.kubedeck.domain.desktop.DesktopState;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.Username;

/**
 * What the desktop use cases share: their settings, claims, cluster and clock; where desktops are (the cluster
 * an admin chose, else the configured one); the desktop an actor may see; and a desktop as a view. Public for the
 * wiring only.
 */
public final class Desktops {

    private final DesktopSettings settings;
    private final DesktopCluster cluster;
    private final DesktopClaims claims;
    private final DesktopSettingsStore chosen;
    private final ClusterKeyring keyring;
    private final Clock clock;

    public Desktops(DesktopSettings settings, DesktopCluster cluster, DesktopClaims claims,
            DesktopSettingsStore chosen, ClusterKeyring keyring, Clock clock) {
        this.settings = settings;
        this.cluster = cluster;
        this.claims = claims;
        this.chosen = chosen;
        this.keyring = keyring;
        this.clock = clock;
    }

    DesktopSettings settings() {
        return settings;
    }

    DesktopCluster cluster() {
        return cluster;
    }

    DesktopClaims claims() {
        return claims;
    }

    Clock clock() {
        return clock;
    }

    /** Which cluster desktops are made on, and where that comes from. */
    ClusterChoice clusterChoice() {
        return new ClusterChoice(Optional.ofNullable(settings.configuredCluster()), chosen.chosenCluster());
    }

    /** The cluster desktops are made on, if one is set. */
    Optional<ClusterName> currentCluster() {
        return clusterChoice().current();
    }

    /** The cluster desktops are made on; ClusterUnavailableException when none is set. */
    ClusterName desktopCluster() {
        return currentCluster().orElseThrow(() -> new ClusterUnavailableException(
                Message.of("desktop.noDesktopClusterSet", "No desktop cluster is set; an admin chooses one on the Desktops page.")));
    }

    /** Opened as the console itself: desktop users need no permission on the desktop cluster. */
    ClusterAccess open(ClusterName desktopCluster) {
        return keyring.open(desktopCluster);
    }

    /**
     * The desktop named, when the actor may see it: their own, or any for admins. Anything else answers as if it
     * did not exist, so names of other users' desktops do not leak.
     */
    Target visible(Actor actor, String desktop) {
        NotFoundException missing = new NotFoundException(Message.of("desktop.desktopDoesNotExist", "Desktop '{0}' does not exist.", desktop));
        DesktopNames names = DesktopNames.ofDesktop(desktop).orElseThrow(() -> missing);
        boolean own = names.equals(DesktopNames.of(actor.username()));
        if (!own && !actor.isAdmin()) {
            throw missing;
        }
        ClusterName desktopCluster = desktopCluster();
        ClusterAccess access = open(desktopCluster);
        Optional<DesktopState> state = cluster.find(access, settings.namespace(), names)
                .filter(found -> actor.isAdmin() || actor.username().value().equals(found.owner()));
        if (state.isEmpty()) {
            // An owner whose desktop vanished still holds the claim; deleting it must free them.
            Optional<DesktopClaim> claim = own ? claims.find(actor.username()) : Optional.empty();
            return claim.map(held -> new Target(names, actor.username(), desktopCluster, access,
                    placeholder(names, held))).orElseThrow(() -> missing);
        }
        return new Target(names, Username.of(state.get().owner()), desktopCluster, access, state.get());
    }

    /** A desktop just submitted, before the cluster shows it. */
    DesktopView provisioning(Actor actor, DesktopNames names, DesktopResources resources, Instant at) {
        return view(actor, new DesktopState(names.desktop(), actor.username().value(), at, 1, null, resources), null);
    }

    /** The VNC password only for its owner, read from the cluster when {@code access} is given. */
    DesktopView view(Actor actor, DesktopState state, ClusterAccess access) {
        DesktopNames names = DesktopNames.ofDesktop(state.name()).orElseThrow();
        DesktopState.Status status = state.status(clock.instant(), settings.startTimeout());
        boolean owner = actor.username().value().equals(state.owner());
        String password = owner && access != null
                ? cluster.vncPassword(access, settings.namespace(), names).orElse(null) : null;
        return new DesktopView(state.name(), state.owner(), status.phase(), status.reason(), state.createdAt(),
                state.pod(), state.resources(), settings.address().novncUrl(names),
                settings.address().websocketUrl(names), password);
    }

    /** How many desktops are in each phase now, every phase present. */
    Map<DesktopPhase, Integer> byPhase(List<DesktopState> all) {
        Map<DesktopPhase, Integer> counts = new EnumMap<>(DesktopPhase.class);
        for (DesktopPhase phase : DesktopPhase.values()) {
            counts.put(phase, 0);
        }
        Instant now = clock.instant();
        all.forEach(state -> counts.merge(state.status(now, settings.startTimeout()).phase(), 1, Integer::sum));
        return counts;
    }

    private static DesktopState placeholder(DesktopNames names, DesktopClaim claim) {
        return new DesktopState(names.desktop(), claim.owner().value(), claim.claimedAt(), 1, null,
                claim.resources());
    }

    /** A desktop an actor may act on, with the cluster it is on, opened. */
    record Target(DesktopNames names, Username owner, ClusterName clusterName, ClusterAccess access,
            DesktopState state) {
    }
}
