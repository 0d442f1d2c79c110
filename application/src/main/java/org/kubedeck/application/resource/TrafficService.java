package org.kubedeck.application.resource;

import org.kubedeck.application.UseCase;
import org.kubedeck.application.kube.ClusterGate;
import org.kubedeck.application.resource.port.in.TrafficQuery;
import org.kubedeck.application.resource.port.out.TrafficCluster;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.kube.ResourceRef;
import org.kubedeck.domain.resource.IngressRoutes;
import org.kubedeck.domain.resource.ServiceBackends;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.ClusterAction;
import org.kubedeck.domain.workload.LoadLabel;

/** A Service's backends judged by the console's load label; an Ingress's routes. */
@UseCase
class TrafficService implements TrafficQuery {

    private final ClusterGate gate;
    private final TrafficCluster traffic;
    private final LoadLabel load;

    TrafficService(ClusterGate gate, TrafficCluster traffic, LoadLabel load) {
        this.gate = gate;
        this.traffic = traffic;
        this.load = load;
    }

    @Override
    public ServiceBackends backends(Actor actor, ResourceRef service) {
        requireKind(service, ResourceKind.SERVICE);
        return traffic.backends(gate.open(actor, service, ClusterAction.VIEW, "view the pods behind "
                + service.describe()), service.namespace(), service.name(), load);
    }

    @Override
    public IngressRoutes routes(Actor actor, ResourceRef ingress) {
        requireKind(ingress, ResourceKind.INGRESS);
        return traffic.routes(gate.open(actor, ingress, ClusterAction.VIEW, "view the routes of "
                + ingress.describe()), ingress.namespace(), ingress.name());
    }

    private static void requireKind(ResourceRef ref, ResourceKind kind) {
        if (!ref.kind().equals(kind)) {
            throw new IllegalArgumentException("Not a " + kind.kind() + ": " + ref.describe());
        }
    }
}
