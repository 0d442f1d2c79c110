package org.kubedeck.application.desktop;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.kubedeck.application.UseCase;
import org.kubedeck.application.audit.AuditLog;
import org.kubedeck.application.desktop.port.in.MaintainDesktopsUseCase;
import org.kubedeck.application.desktop.port.out.DesktopClaims;
import org.kubedeck.application.desktop.port.out.DesktopClaims.DesktopClaim;
import org.kubedeck.application.desktop.port.out.DesktopCluster;
import org.kubedeck.application.desktop.port.out.DesktopMetrics;
import org.kubedeck.application.desktop.port.out.DesktopMetrics.Operation;
import org.kubedeck.domain.DomainException;
import org.kubedeck.domain.audit.AuditAction;
import org.kubedeck.domain.audit.AuditDetail;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.desktop.DesktopNames;
import org.kubedeck.domain.desktop.DesktopPhase;
import org.kubedeck.domain.desktop.DesktopState;
import org.kubedeck.domain.user.Actor;

/**
 * The console's own round over the desktops, on a schedule: metrics by phase and of failures, claims whose
 * desktop vanished, and desktops idle past the idle timeout, stopped.
 */
@UseCase
class DesktopMaintenanceService implements MaintainDesktopsUseCase {

    private final Desktops desktops;
    private final DesktopSettings settings;
    private final DesktopClaims claims;
    private final DesktopCluster cluster;
    private final DesktopMetrics metrics;
    private final AuditLog auditLog;
    /** Desktops already reported failed by this replica, so each failure counts once. */
    private final Set<String> seenFailed = ConcurrentHashMap.newKeySet();

    DesktopMaintenanceService(Desktops desktops, DesktopMetrics metrics, AuditLog auditLog) {
        this.desktops = desktops;
        this.settings = desktops.settings();
        this.claims = desktops.claims();
        this.cluster = desktops.cluster();
        this.metrics = metrics;
        this.auditLog = auditLog;
    }

    @Override
    public int observe() {
        Optional<ClusterName> desktopCluster = desktops.currentCluster();
        if (desktopCluster.isEmpty()) {
            return 0;
        }
        ClusterAccess access = desktops.open(desktopCluster.get());
        List<DesktopState> all = cluster.list(access, settings.namespace());
        Instant now = desktops.clock().instant();
        Set<String> failedNow = new HashSet<>();
        for (DesktopState state : all) {
            if (state.status(now, settings.startTimeout()).phase() == DesktopPhase.FAILED) {
                failedNow.add(state.name());
                if (seenFailed.add(state.name())) {
                    metrics.failed(Operation.START);
                }
            }
        }
        seenFailed.retainAll(failedNow);
        metrics.observed(desktops.byPhase(all));
        releaseAbandonedClaims(all, now);
        if (!settings.idleTimeout().isZero()) {
            stopIdle(access, all, now);
        }
        return all.size();
    }

    /**
     * A running desktop with a browser connected is active now; one without is stopped once nobody has been
     * connected since the idle timeout, counting from its last activity or its pod's start, whichever is later.
     * A desktop that cannot be looked into is left alone until the next round.
     */
    private void stopIdle(ClusterAccess access, List<DesktopState> all, Instant now) {
        Map<String, DesktopClaim> claimed = new HashMap<>();
        claims.all().forEach(claim -> claimed.put(claim.name(), claim));
        for (DesktopState state : all) {
            DesktopClaim claim = claimed.get(state.name());
            if (claim == null || state.status(now, settings.startTimeout()).phase() != DesktopPhase.RUNNING) {
                continue;
            }
            DesktopNames names = DesktopNames.ofDesktop(state.name()).orElseThrow();
            try {
                if (cluster.noVncConnections(access, settings.namespace(), names) > 0) {
                    claims.recordActivity(claim.owner(), now);
                    continue;
                }
                Instant since = latest(claim.lastActiveAt(), state.pod().createdAt());
                if (since.plus(settings.idleTimeout()).isBefore(now)
                        && claims.takeIdleStop(claim.owner(), claim.lastActiveAt(), now)) {
                    cluster.stop(access, settings.namespace(), names);
                    metrics.succeeded(Operation.STOP, Duration.ZERO);
                    auditLog.success(Actor.system(), AuditAction.DESKTOP_STOPPED, state.name(),
                            access.name().value(), AuditDetail.of("owner", state.owner(), "reason", "idle",
                                    "idle_since", since.toString()));
                }
            } catch (DomainException e) {
                metrics.failed(Operation.STOP);
            }
        }
    }

    private static Instant latest(Instant first, Instant second) {
        return second == null || first.isAfter(second) ? first : second;
    }

    /** A claim whose desktop vanished (deleted in the cluster directly) would block its owner forever. */
    private void releaseAbandonedClaims(List<DesktopState> all, Instant now) {
        Set<String> existing = new HashSet<>();
        all.forEach(state -> existing.add(state.name()));
        for (DesktopClaim claim : claims.all()) {
            boolean settled = claim.claimedAt().plus(settings.startTimeout()).isBefore(now);
            if (settled && !existing.contains(claim.name())) {
                claims.release(claim.owner());
            }
        }
    }
}
