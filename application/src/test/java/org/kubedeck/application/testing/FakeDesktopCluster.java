package org.kubedeck.application.testing;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.kubedeck.application.desktop.port.out.DesktopCluster;
import org.kubedeck.domain.NotFoundException;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.cluster.ClusterUnavailableException;
import org.kubedeck.domain.desktop.ClusterCapacity;
import org.kubedeck.domain.desktop.DesktopEvent;
import org.kubedeck.domain.desktop.DesktopNames;
import org.kubedeck.domain.desktop.DesktopPod;
import org.kubedeck.domain.desktop.DesktopState;

/** Desktops kept in memory, as the Kubernetes adapter would find them; can be made to fail like a dead cluster. */
public class FakeDesktopCluster implements DesktopCluster {

    private final Clock clock;
    private final Map<String, DesktopState> desktops = new TreeMap<>();
    private final Map<String, String> passwords = new TreeMap<>();
    private final Map<String, Long> homes = new TreeMap<>();
    private final List<DesktopSpec> provisioned = new ArrayList<>();
    private final Map<String, Integer> connections = new TreeMap<>();
    private boolean unreachable;

    public FakeDesktopCluster(Clock clock) {
        this.clock = clock;
    }

    public synchronized void unreachable(boolean unreachable) {
        this.unreachable = unreachable;
    }

    public synchronized List<DesktopSpec> provisioned() {
        return List.copyOf(provisioned);
    }

    public synchronized boolean hasHome(DesktopNames names) {
        return homes.containsKey(names.home());
    }

    /** What the StatefulSet controller and kubelet would report for the desktop's pod. */
    public synchronized void pod(String desktop, DesktopPod pod) {
        DesktopState state = desktops.get(desktop);
        desktops.put(desktop, new DesktopState(state.name(), state.owner(), state.createdAt(), state.replicas(), pod,
                state.resources()));
    }

    /** Browsers connected to the desktop's noVNC. */
    public synchronized void connections(String desktop, int count) {
        connections.put(desktop, count);
    }

    /** Removes a desktop behind the console's back, as kubectl would. */
    public synchronized void vanish(String desktop) {
        desktops.remove(desktop);
    }

    @Override
    public synchronized String provision(ClusterAccess cluster, DesktopSpec spec) {
        check();
        provisioned.add(spec);
        DesktopNames names = spec.names();
        homes.putIfAbsent(names.home(), spec.resources().storageBytes());
        passwords.putIfAbsent(names.secret(), spec.vncPassword());
        desktops.putIfAbsent(names.desktop(), new DesktopState(names.desktop(), spec.owner().value(),
                clock.instant(), 1, null, spec.resources()));
        return passwords.get(names.secret());
    }

    @Override
    public synchronized Optional<DesktopState> find(ClusterAccess cluster, String namespace, DesktopNames names) {
        check();
        return Optional.ofNullable(desktops.get(names.desktop()));
    }

    @Override
    public synchronized List<DesktopState> list(ClusterAccess cluster, String namespace) {
        check();
        return List.copyOf(desktops.values());
    }

    @Override
    public synchronized List<DesktopEvent> events(ClusterAccess cluster, String namespace, DesktopNames names,
            int limit) {
        check();
        return List.of(new DesktopEvent(clock.instant(), "Normal", "Scheduled", "Assigned to node-1",
                "Pod/" + names.pod()));
    }

    @Override
    public synchronized void restart(ClusterAccess cluster, String namespace, DesktopNames names) {
        check();
        DesktopState state = existing(names);
        desktops.put(state.name(), new DesktopState(state.name(), state.owner(), state.createdAt(), 1, null,
                state.resources()));
    }

    @Override
    public synchronized void stop(ClusterAccess cluster, String namespace, DesktopNames names) {
        check();
        DesktopState state = existing(names);
        desktops.put(state.name(), new DesktopState(state.name(), state.owner(), state.createdAt(), 0, null,
                state.resources()));
    }

    @Override
    public synchronized void delete(ClusterAccess cluster, String namespace, DesktopNames names,
            boolean deleteStorage) {
        check();
        desktops.remove(names.desktop());
        if (deleteStorage) {
            homes.remove(names.home());
            passwords.remove(names.secret());
        }
    }

    @Override
    public synchronized int noVncConnections(ClusterAccess cluster, String namespace, DesktopNames names) {
        check();
        DesktopState state = existing(names);
        if (state.pod() == null) {
            throw new NotFoundException("Desktop " + names.desktop() + " has no pod.");
        }
        return connections.getOrDefault(names.desktop(), 0);
    }

    @Override
    public synchronized Optional<String> vncPassword(ClusterAccess cluster, String namespace, DesktopNames names) {
        check();
        return Optional.ofNullable(passwords.get(names.secret()));
    }

    @Override
    public synchronized ClusterCapacity capacity(ClusterAccess cluster) {
        check();
        return new ClusterCapacity(2, 8000, 32L << 30, 3000, 6L << 30);
    }

    private DesktopState existing(DesktopNames names) {
        DesktopState state = desktops.get(names.desktop());
        if (state == null) {
            throw new NotFoundException("Desktop " + names.desktop() + " does not exist.");
        }
        return state;
    }

    private void check() {
        if (unreachable) {
            throw new ClusterUnavailableException("The cluster did not answer within 5 s.");
        }
    }
}
