package org.kubedeck.application.desktop.port.in;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.desktop.ClusterCapacity;
import org.kubedeck.domain.desktop.DesktopEvent;
import org.kubedeck.domain.desktop.DesktopPhase;
import org.kubedeck.domain.desktop.DesktopPod;
import org.kubedeck.domain.desktop.DesktopResources;
import org.kubedeck.domain.quota.Headroom;
import org.kubedeck.domain.user.Actor;

/** Desktops as their owners and the admins see them, read from the desktop cluster. */
public interface DesktopQuery {

    /** The actor's desktops (one at most); every desktop for admins when {@code everyone}. */
    List<DesktopView> desktops(Actor actor, boolean everyone);

    /** One desktop with its recent events; NotFoundException for a desktop that is not the actor's (admins: any). */
    DesktopDetail desktop(Actor actor, String desktop);

    /** The last lines of the desktop's log, {@code tailLines} capped at {@value #MAX_TAIL_LINES}. */
    String logs(Actor actor, String desktop, int tailLines);

    /** Admins: desktop counts by phase and what desktops request. */
    SystemMonitor systemMonitor(Actor actor);

    /** Admins: the desktop cluster's capacity against what its pods request. */
    ClusterMonitor clusterMonitor(Actor actor);

    /**
     * What a desktop of the default size would take from the quotas of the desktops' namespace, item by item;
     * empty when no quota limits that namespace or no desktop cluster is set.
     */
    List<Headroom> headroom(Actor actor);

    /** Which cluster desktops are made on, and where that comes from. */
    ClusterChoice clusterChoice(Actor actor);

    int MAX_TAIL_LINES = 5000;

    /**
     * @param reason      why it is failed or still creating; null when there is nothing to say
     * @param pod         null while no pod exists
     * @param vncPassword for the owner only; null for anyone else
     */
    record DesktopView(String name, String owner, DesktopPhase phase, Message reason, Instant createdAt,
            DesktopPod pod, DesktopResources resources, String novncUrl, String websocketUrl, String vncPassword) {

        public DesktopView withVncPassword(String password) {
            return new DesktopView(name, owner, phase, reason, createdAt, pod, resources, novncUrl, websocketUrl,
                    password);
        }

        public boolean ready() {
            return phase == DesktopPhase.RUNNING;
        }
    }

    record DesktopDetail(DesktopView desktop, List<DesktopEvent> events) {
    }

    record SystemMonitor(ClusterName cluster, String namespace, int total, int maxTotal,
            Map<DesktopPhase, Integer> byPhase, long requestedCpuMillicores, long requestedMemoryBytes,
            long requestedStorageBytes) {
    }

    record ClusterMonitor(ClusterName cluster, ClusterCapacity capacity, long desktopCpuMillicores,
            long desktopMemoryBytes) {
    }

    /** @param chosen an admin's choice, overriding {@code configured}; the one in force is {@link #current()} */
    record ClusterChoice(Optional<ClusterName> configured, Optional<ClusterName> chosen) {

        public Optional<ClusterName> current() {
            return chosen.or(() -> configured);
        }
    }
}
