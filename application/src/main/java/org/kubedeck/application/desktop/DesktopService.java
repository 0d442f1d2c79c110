package org.kubedeck.application.desktop;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.kubedeck.application.UseCase;
import org.kubedeck.application.audit.AccessGuard;
import org.kubedeck.application.audit.AuditLog;
import org.kubedeck.application.cluster.ClusterKeyring;
import org.kubedeck.application.desktop.port.in.DesktopQuery;
import org.kubedeck.application.desktop.port.in.MaintainDesktopsUseCase;
import org.kubedeck.application.desktop.port.in.ManageDesktopsUseCase;
import org.kubedeck.application.desktop.port.out.DesktopClaims;
import org.kubedeck.application.desktop.port.out.DesktopClaims.DesktopClaim;
import org.kubedeck.application.desktop.port.out.DesktopCluster;
import org.kubedeck.application.desktop.port.out.DesktopCluster.DesktopSpec;
import org.kubedeck.application.desktop.port.out.DesktopMetrics;
import org.kubedeck.application.desktop.port.out.DesktopMetrics.Operation;
import org.kubedeck.application.desktop.port.out.DesktopSettingsStore;
import org.kubedeck.application.quota.port.out.QuotaCluster;
import org.kubedeck.domain.DomainException;
import org.kubedeck.domain.NotFoundException;
import org.kubedeck.domain.TooManyRequestsException;
import org.kubedeck.domain.audit.AuditAction;
import org.kubedeck.domain.audit.AuditDetail;
import org.kubedeck.domain.audit.Outcome;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.cluster.ClusterUnavailableException;
import org.kubedeck.domain.desktop.DesktopNames;
import org.kubedeck.domain.desktop.DesktopPhase;
import org.kubedeck.domain.desktop.DesktopResources;
import org.kubedeck.domain.desktop.DesktopState;
import org.kubedeck.domain.quota.Headroom;
import org.kubedeck.domain.token.ApiTokenSecret;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.Username;

/**
 * Per-user desktops on the desktop cluster. The database decides who holds a desktop (so racing requests and
 * replicas make one); the cluster holds what a desktop is, and every view is read back from it.
 */
@UseCase
class DesktopService implements ManageDesktopsUseCase, DesktopQuery, MaintainDesktopsUseCase {

    private static final int EVENTS = 20;
    private static final int VNC_PASSWORD_LENGTH = 16;

    private final DesktopSettings settings;
    private final DesktopClaims claims;
    private final DesktopCluster cluster;
    private final DesktopSettingsStore chosen;
    private final DesktopMetrics metrics;
    private final QuotaCluster quotas;
    private final ClusterKeyring keyring;
    private final AuditLog auditLog;
    private final AccessGuard guard;
    private final Clock clock;
    /** Desktops already reported failed by this replica, so each failure counts once. */
    private final Set<String> seenFailed = java.util.concurrent.ConcurrentHashMap.newKeySet();

    DesktopService(DesktopSettings settings, DesktopClaims claims, DesktopCluster cluster,
            DesktopSettingsStore chosen, DesktopMetrics metrics, QuotaCluster quotas, ClusterKeyring keyring,
            AuditLog auditLog, AccessGuard guard, Clock clock) {
        this.quotas = quotas;
        this.settings = settings;
        this.claims = claims;
        this.cluster = cluster;
        this.chosen = chosen;
        this.metrics = metrics;
        this.keyring = keyring;
        this.auditLog = auditLog;
        this.guard = guard;
        this.clock = clock;
    }

    @Override
    public Creation create(Actor actor, String cpuLimit, String memoryLimit, String storage) {
        DesktopResources resources = settings.policy().resolve(cpuLimit, memoryLimit, storage);
        ClusterName desktopCluster = desktopCluster();
        DesktopNames names = DesktopNames.of(actor.username());
        Instant started = clock.instant();
        DesktopClaims.Outcome outcome = claims.claim(
                new DesktopClaim(actor.username(), names.desktop(), desktopCluster, resources, started),
                settings.maxTotal());
        if (outcome == DesktopClaims.Outcome.FULL) {
            throw new TooManyRequestsException("The console already runs its maximum of " + settings.maxTotal()
                    + " desktops; ask an admin to remove unused ones.");
        }
        ClusterAccess access = keyring.open(desktopCluster);
        if (outcome == DesktopClaims.Outcome.EXISTS) {
            DesktopState existing = cluster.find(access, settings.namespace(), names).orElse(null);
            return new Creation(false, existing == null
                    ? provisioning(actor, names, resources, started) : view(actor, existing, access));
        }
        String password;
        try {
            password = cluster.provision(access, new DesktopSpec(names, actor.username(), settings.namespace(), resources,
                    settings.image(), settings.resolution(), ApiTokenSecret.random(VNC_PASSWORD_LENGTH),
                    settings.homePath(), settings.address(), settings.ingressClass(), settings.tlsSecret(),
                    settings.ingressNamespace()));
        } catch (RuntimeException e) {
            claims.release(actor.username());
            metrics.failed(Operation.CREATE);
            auditLog.record(actor, AuditAction.DESKTOP_CREATED, names.desktop(), desktopCluster.value(),
                    Outcome.FAILURE, AuditDetail.of("error", e.getMessage()));
            throw e;
        }
        metrics.succeeded(Operation.CREATE, Duration.between(started, clock.instant()));
        auditLog.success(actor, AuditAction.DESKTOP_CREATED, names.desktop(), desktopCluster.value(),
                AuditDetail.of("cpu_limit", resources.cpu(), "memory_limit", resources.memory(), "storage",
                        resources.storage()));
        return new Creation(true, provisioning(actor, names, resources, started).withVncPassword(password));
    }

    @Override
    public void restart(Actor actor, String desktop) {
        act(actor, desktop, Operation.RESTART, AuditAction.DESKTOP_RESTARTED, (target) -> {
            cluster.restart(target.access(), settings.namespace(), target.names());
            return AuditDetail.of("owner", target.owner().value());
        });
    }

    @Override
    public void stop(Actor actor, String desktop) {
        act(actor, desktop, Operation.STOP, AuditAction.DESKTOP_STOPPED, (target) -> {
            cluster.stop(target.access(), settings.namespace(), target.names());
            return AuditDetail.of("owner", target.owner().value());
        });
    }

    @Override
    public void delete(Actor actor, String desktop, boolean deleteStorage) {
        act(actor, desktop, Operation.DELETE, AuditAction.DESKTOP_DELETED, (target) -> {
            cluster.delete(target.access(), settings.namespace(), target.names(), deleteStorage);
            claims.release(target.owner());
            return AuditDetail.of("owner", target.owner().value(), "delete_storage", deleteStorage);
        });
    }

    @Override
    public void chooseCluster(Actor actor, ClusterName choice) {
        guard.requireAdmin(actor, "choose the desktop cluster", "desktops");
        if (choice != null) {
            keyring.open(choice);
        }
        chosen.chooseCluster(choice);
        auditLog.success(actor, AuditAction.DESKTOP_CLUSTER_CHOSEN, "desktops",
                choice == null ? null : choice.value(), AuditDetail.of("cluster",
                        choice == null ? "(configured)" : choice.value()));
    }

    @Override
    public List<DesktopView> desktops(Actor actor, boolean everyone) {
        if (everyone) {
            guard.requireAdmin(actor, "list every user's desktops", "desktops");
        }
        Optional<ClusterName> desktopCluster = clusterChoice(actor).current();
        if (desktopCluster.isEmpty()) {
            return List.of();
        }
        ClusterAccess access = keyring.open(desktopCluster.get());
        if (everyone) {
            return cluster.list(access, settings.namespace()).stream().map(state -> view(actor, state, access))
                    .toList();
        }
        return cluster.find(access, settings.namespace(), DesktopNames.of(actor.username()))
                .filter(state -> actor.username().value().equals(state.owner()))
                .map(state -> List.of(view(actor, state, access)))
                .orElse(List.of());
    }

    @Override
    public DesktopDetail desktop(Actor actor, String desktop) {
        Target target = visible(actor, desktop);
        return new DesktopDetail(view(actor, target.state(), target.access()),
                cluster.events(target.access(), settings.namespace(), target.names(), EVENTS));
    }

    @Override
    public String logs(Actor actor, String desktop, int tailLines) {
        Target target = visible(actor, desktop);
        int lines = Math.max(1, Math.min(tailLines, MAX_TAIL_LINES));
        return cluster.logs(target.access(), settings.namespace(), target.names(), lines);
    }

    @Override
    public SystemMonitor systemMonitor(Actor actor) {
        guard.requireAdmin(actor, "monitor desktops", "desktops");
        ClusterName desktopCluster = desktopCluster();
        return systemMonitor(desktopCluster, keyring.open(desktopCluster));
    }

    private SystemMonitor systemMonitor(ClusterName desktopCluster, ClusterAccess access) {
        List<DesktopState> all = cluster.list(access, settings.namespace());
        Map<DesktopPhase, Integer> byPhase = byPhase(all);
        long cpu = 0;
        long memory = 0;
        long storage = 0;
        for (DesktopState state : all) {
            if (state.replicas() > 0 && state.resources() != null) {
                cpu += state.resources().cpuMillicores();
                memory += state.resources().memoryBytes();
            }
            storage += state.resources() == null ? 0 : state.resources().storageBytes();
        }
        return new SystemMonitor(desktopCluster, settings.namespace(), all.size(), settings.maxTotal(), byPhase,
                cpu, memory, storage);
    }

    @Override
    public ClusterMonitor clusterMonitor(Actor actor) {
        guard.requireAdmin(actor, "monitor desktops", "desktops");
        ClusterName desktopCluster = desktopCluster();
        ClusterAccess access = keyring.open(desktopCluster);
        SystemMonitor desktops = systemMonitor(desktopCluster, access);
        return new ClusterMonitor(desktopCluster, cluster.capacity(access), desktops.requestedCpuMillicores(),
                desktops.requestedMemoryBytes());
    }

    @Override
    public List<Headroom> headroom(Actor actor) {
        Optional<ClusterName> desktopCluster = clusterChoice(actor).current();
        if (desktopCluster.isEmpty()) {
            return List.of();
        }
        Map<String, String> needs = settings.policy().defaults().quotaNeeds();
        return quotas.quotas(keyring.open(desktopCluster.get()), settings.namespace()).stream()
                .flatMap(quota -> Headroom.of(quota.name(), quota.items(), needs).stream())
                .toList();
    }

    @Override
    public ClusterChoice clusterChoice(Actor actor) {
        return new ClusterChoice(Optional.ofNullable(settings.configuredCluster()), chosen.chosenCluster());
    }

    @Override
    public int observe() {
        Optional<ClusterName> desktopCluster = clusterChoice(Actor.system()).current();
        if (desktopCluster.isEmpty()) {
            return 0;
        }
        List<DesktopState> all = cluster.list(keyring.open(desktopCluster.get()), settings.namespace());
        Instant now = clock.instant();
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
        metrics.observed(byPhase(all));
        releaseAbandonedClaims(all, now);
        if (!settings.idleTimeout().isZero()) {
            stopIdle(keyring.open(desktopCluster.get()), all, now);
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

    private Map<DesktopPhase, Integer> byPhase(List<DesktopState> all) {
        Map<DesktopPhase, Integer> counts = new EnumMap<>(DesktopPhase.class);
        for (DesktopPhase phase : DesktopPhase.values()) {
            counts.put(phase, 0);
        }
        Instant now = clock.instant();
        all.forEach(state -> counts.merge(state.status(now, settings.startTimeout()).phase(), 1, Integer::sum));
        return counts;
    }

    private void act(Actor actor, String desktop, Operation operation, AuditAction action,
            Function<Target, AuditDetail> work) {
        Target target = visible(actor, desktop);
        Instant started = clock.instant();
        AuditDetail detail;
        try {
            detail = work.apply(target);
        } catch (ClusterUnavailableException e) {
            metrics.failed(operation);
            auditLog.record(actor, action, target.names().desktop(), target.clusterName().value(), Outcome.FAILURE,
                    AuditDetail.of("owner", target.owner().value(), "error", e.getMessage()));
            throw e;
        }
        metrics.succeeded(operation, Duration.between(started, clock.instant()));
        auditLog.success(actor, action, target.names().desktop(), target.clusterName().value(), detail);
    }

    /**
     * The desktop named, when the actor may see it: their own, or any for admins. Anything else answers as if it
     * did not exist, so names of other users' desktops do not leak.
     */
    private Target visible(Actor actor, String desktop) {
        NotFoundException missing = new NotFoundException("Desktop '" + desktop + "' does not exist.");
        DesktopNames names = DesktopNames.ofDesktop(desktop).orElseThrow(() -> missing);
        boolean own = names.equals(DesktopNames.of(actor.username()));
        if (!own && !actor.isAdmin()) {
            throw missing;
        }
        ClusterName desktopCluster = desktopCluster();
        ClusterAccess access = keyring.open(desktopCluster);
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

    private static DesktopState placeholder(DesktopNames names, DesktopClaim claim) {
        return new DesktopState(names.desktop(), claim.owner().value(), claim.claimedAt(), 1, null,
                claim.resources());
    }

    private DesktopView provisioning(Actor actor, DesktopNames names, DesktopResources resources, Instant at) {
        return view(actor, new DesktopState(names.desktop(), actor.username().value(), at, 1, null, resources), null);
    }

    private DesktopView view(Actor actor, DesktopState state, ClusterAccess access) {
        DesktopNames names = DesktopNames.ofDesktop(state.name()).orElseThrow();
        DesktopState.Status status = state.status(clock.instant(), settings.startTimeout());
        boolean owner = actor.username().value().equals(state.owner());
        String password = owner && access != null
                ? cluster.vncPassword(access, settings.namespace(), names).orElse(null) : null;
        return new DesktopView(state.name(), state.owner(), status.phase(), status.reason(), state.createdAt(),
                state.pod(), state.resources(), settings.address().novncUrl(names),
                settings.address().websocketUrl(names), password);
    }

    private ClusterName desktopCluster() {
        return clusterChoice(Actor.system()).current().orElseThrow(() -> new ClusterUnavailableException(
                "No desktop cluster is set; an admin chooses one on the Desktops page."));
    }

    private record Target(DesktopNames names, Username owner, ClusterName clusterName, ClusterAccess access,
            DesktopState state) {
    }

}
