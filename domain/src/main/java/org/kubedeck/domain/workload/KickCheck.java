package org.kubedeck.domain.workload;

import org.kubedeck.domain.Message;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** The two things to warn about before pods of a workload are kicked out of load balancing. */
public final class KickCheck {

    private KickCheck() {
    }

    /**
     * @param services every Service of the namespace
     * @param pods     the pods those Services may send traffic to (at least the workload's), as they are now
     * @param kicked   names of the pods about to be kicked
     */
    public static List<KickWarning> warnings(LoadLabel load, Collection<ServiceView> services,
            Collection<PodView> pods, Set<String> kicked) {
        List<PodView> kickedPods = pods.stream().filter(pod -> kicked.contains(pod.name())).toList();
        List<ServiceView> inFront = services.stream()
                .filter(service -> kickedPods.stream()
                        .anyMatch(pod -> service.frontsIgnoring(load.key(), pod.labels())))
                .toList();
        List<KickWarning> warnings = new ArrayList<>();
        if (inFront.stream().noneMatch(service -> service.routesBy(load.key()))) {
            warnings.add(new KickWarning(KickWarning.Kind.NO_SERVICE_USES_LOAD_LABEL, null,
                    inFront.isEmpty()
                            ? Message.of("workload.noServiceSelects",
                                    "No Service selects these pods, so the kick changes no traffic.")
                            : Message.of("workload.noServiceRoutesByLabel",
                                    "No Service in front of these pods selects by the label '{0}', so the kick "
                                            + "changes no traffic.", load.key())));
        }
        for (ServiceView service : inFront) {
            if (!service.routesBy(load.key())) {
                continue;
            }
            long readyNow = pods.stream().filter(pod -> pod.ready() && service.selects(pod.labels())).count();
            long readyAfter = pods.stream().filter(pod -> pod.ready() && service.selects(pod.labels())
                    && !kicked.contains(pod.name())).count();
            if (readyNow > 0 && readyAfter == 0) {
                warnings.add(new KickWarning(KickWarning.Kind.SERVICE_LEFT_WITHOUT_READY_PODS, service.name(),
                        Message.of("workload.serviceLeftWithoutReadyPod",
                                "Service '{0}' would be left without a ready pod to send traffic to.",
                                service.name())));
            }
        }
        return warnings;
    }
}
