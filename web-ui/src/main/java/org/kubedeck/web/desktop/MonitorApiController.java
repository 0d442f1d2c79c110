package org.kubedeck.web.desktop;

import java.util.LinkedHashMap;
import java.util.Map;
import org.kubedeck.application.desktop.port.in.DesktopQuery;
import org.kubedeck.application.desktop.port.in.DesktopQuery.ClusterMonitor;
import org.kubedeck.application.desktop.port.in.DesktopQuery.SystemMonitor;
import org.kubedeck.domain.desktop.ClusterCapacity;
import org.kubedeck.domain.kube.ResourceQuantity;
import org.kubedeck.domain.user.Actor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Admins: how many desktops there are and what they take from the desktop cluster. */
@RestController
@RequestMapping("/api/v1/monitor")
class MonitorApiController {

    private final DesktopQuery query;

    MonitorApiController(DesktopQuery query) {
        this.query = query;
    }

    /** CPU and memory both as Kubernetes quantities and as plain numbers, for people and for scripts. */
    record Amount(String cpu, String memory, long cpuMillicores, long memoryBytes) {

        static Amount of(long cpuMillicores, long memoryBytes) {
            return new Amount(ResourceQuantity.formatMillicores(cpuMillicores),
                    ResourceQuantity.formatBytes(memoryBytes), cpuMillicores, memoryBytes);
        }
    }

    record DesktopCounts(int total, int maxTotal, Map<String, Integer> byPhase) {
    }

    record SystemJson(String cluster, String namespace, DesktopCounts desktops, Amount requested,
            String requestedStorage) {
    }

    record ClusterJson(String cluster, int nodes, Amount allocatable, Amount requested, Amount desktopsRequested,
            double cpuRequestedPercent, double memoryRequestedPercent) {
    }

    @GetMapping("/system")
    SystemJson system(Actor actor) {
        SystemMonitor monitor = query.systemMonitor(actor);
        Map<String, Integer> byPhase = new LinkedHashMap<>();
        monitor.byPhase().forEach((phase, count) -> byPhase.put(phase.code(), count));
        return new SystemJson(monitor.cluster().value(), monitor.namespace(),
                new DesktopCounts(monitor.total(), monitor.maxTotal(), byPhase),
                Amount.of(monitor.requestedCpuMillicores(), monitor.requestedMemoryBytes()),
                ResourceQuantity.formatBytes(monitor.requestedStorageBytes()));
    }

    @GetMapping("/cluster")
    ClusterJson cluster(Actor actor) {
        ClusterMonitor monitor = query.clusterMonitor(actor);
        ClusterCapacity capacity = monitor.capacity();
        return new ClusterJson(monitor.cluster().value(), capacity.nodes(),
                Amount.of(capacity.allocatableCpuMillicores(), capacity.allocatableMemoryBytes()),
                Amount.of(capacity.requestedCpuMillicores(), capacity.requestedMemoryBytes()),
                Amount.of(monitor.desktopCpuMillicores(), monitor.desktopMemoryBytes()),
                percent(capacity.requestedCpuMillicores(), capacity.allocatableCpuMillicores()),
                percent(capacity.requestedMemoryBytes(), capacity.allocatableMemoryBytes()));
    }

    private static double percent(long part, long whole) {
        return whole == 0 ? 0 : Math.round(1000.0 * part / whole) / 10.0;
    }
}
