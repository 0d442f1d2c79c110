package org.kubedeck.application.desktop;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kubedeck.application.UseCase;
import org.kubedeck.application.audit.AccessGuard;
import org.kubedeck.application.container.port.out.ContainerLogs;
import org.kubedeck.application.container.port.out.ContainerLogs.LogReader;
import org.kubedeck.application.desktop.Desktops.Target;
import org.kubedeck.application.desktop.port.in.DesktopQuery;
import org.kubedeck.application.desktop.port.out.DesktopCluster;
import org.kubedeck.application.quota.port.out.QuotaCluster;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.NotFoundException;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.container.ContainerRef;
import org.kubedeck.domain.container.LogQuery;
import org.kubedeck.domain.desktop.DesktopNames;
import org.kubedeck.domain.desktop.DesktopState;
import org.kubedeck.domain.quota.Headroom;
import org.kubedeck.domain.user.Actor;

/** What users see of their desktops, and what admins see of all of them and of the desktop cluster. */
@UseCase
class DesktopQueryService implements DesktopQuery {

    private static final int EVENTS = 20;

    private final Desktops desktops;
    private final DesktopSettings settings;
    private final DesktopCluster cluster;
    private final QuotaCluster quotas;
    private final AccessGuard guard;
    private final ContainerLogs containerLogs;

    DesktopQueryService(Desktops desktops, QuotaCluster quotas, AccessGuard guard, ContainerLogs containerLogs) {
        this.desktops = desktops;
        this.settings = desktops.settings();
        this.cluster = desktops.cluster();
        this.quotas = quotas;
        this.guard = guard;
        this.containerLogs = containerLogs;
    }

    @Override
    public List<DesktopView> desktops(Actor actor, boolean everyone) {
        if (everyone) {
            guard.requireAdmin(actor, "list every user's desktops", "desktops");
        }
        Optional<ClusterName> desktopCluster = desktops.currentCluster();
        if (desktopCluster.isEmpty()) {
            return List.of();
        }
        ClusterAccess access = desktops.open(desktopCluster.get());
        if (everyone) {
            return cluster.list(access, settings.namespace()).stream()
                    .map(state -> desktops.view(actor, state, access)).toList();
        }
        return cluster.find(access, settings.namespace(), DesktopNames.of(actor.username()))
                .filter(state -> actor.username().value().equals(state.owner()))
                .map(state -> List.of(desktops.view(actor, state, access)))
                .orElse(List.of());
    }

    @Override
    public DesktopDetail desktop(Actor actor, String desktop) {
        Target target = desktops.visible(actor, desktop);
        return new DesktopDetail(desktops.view(actor, target.state(), target.access()),
                cluster.events(target.access(), settings.namespace(), target.names(), EVENTS));
    }

    /**
     * Read like any container's log. A desktop whose pod is gone has no log; a container that has not started yet
     * has an empty one, and why it waits shows in the desktop's status and events.
     */
    @Override
    public String logs(Actor actor, String desktop, int tailLines) {
        Target target = desktops.visible(actor, desktop);
        int lines = Math.max(1, Math.min(tailLines, MAX_TAIL_LINES));
        ContainerRef container = ContainerRef.of(target.access().name(), settings.namespace(), target.names().pod(),
                DesktopNames.CONTAINER);
        StringBuilder log = new StringBuilder();
        try (LogReader reader = containerLogs.open(target.access(), container, LogQuery.tail(lines))) {
            for (String line = reader.next(); line != null; line = reader.next()) {
                log.append(line).append('\n');
            }
        } catch (NotFoundException e) {
            throw new NotFoundException(Message.of("desktop.desktopHasNoPod", "Desktop {0} has no pod yet.",
                    target.names().desktop()));
        } catch (InvalidInputException e) {
            return "";
        }
        return log.toString();
    }

    @Override
    public SystemMonitor systemMonitor(Actor actor) {
        guard.requireAdmin(actor, "monitor desktops", "desktops");
        ClusterName desktopCluster = desktops.desktopCluster();
        return systemMonitor(desktopCluster, desktops.open(desktopCluster));
    }

    @Override
    public ClusterMonitor clusterMonitor(Actor actor) {
        guard.requireAdmin(actor, "monitor desktops", "desktops");
        ClusterName desktopCluster = desktops.desktopCluster();
        ClusterAccess access = desktops.open(desktopCluster);
        SystemMonitor all = systemMonitor(desktopCluster, access);
        return new ClusterMonitor(desktopCluster, cluster.capacity(access), all.requestedCpuMillicores(),
                all.requestedMemoryBytes());
    }

    @Override
    public List<Headroom> headroom(Actor actor) {
        Optional<ClusterName> desktopCluster = desktops.currentCluster();
        if (desktopCluster.isEmpty()) {
            return List.of();
        }
        Map<String, String> needs = settings.policy().defaults().quotaNeeds();
        return quotas.quotas(desktops.open(desktopCluster.get()), settings.namespace()).stream()
                .flatMap(quota -> Headroom.of(quota.name(), quota.items(), needs).stream())
                .toList();
    }

    @Override
    public ClusterChoice clusterChoice(Actor actor) {
        return desktops.clusterChoice();
    }

    /** Running desktops' requests count for CPU and memory; every desktop's volume counts for storage. */
    private SystemMonitor systemMonitor(ClusterName desktopCluster, ClusterAccess access) {
        List<DesktopState> all = cluster.list(access, settings.namespace());
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
        return new SystemMonitor(desktopCluster, settings.namespace(), all.size(), settings.maxTotal(),
                desktops.byPhase(all), cpu, memory, storage);
    }
}
