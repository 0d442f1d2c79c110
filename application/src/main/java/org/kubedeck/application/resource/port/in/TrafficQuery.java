package org.kubedeck.application.resource.port.in;

import org.kubedeck.domain.kube.ResourceRef;
import org.kubedeck.domain.resource.IngressRoutes;
import org.kubedeck.domain.resource.ServiceBackends;
import org.kubedeck.domain.user.Actor;

/** Where a Service's and an Ingress's traffic goes; read on the cluster is enough. */
public interface TrafficQuery {

    /** The pods behind a Service, and which of them the load label keeps out. */
    ServiceBackends backends(Actor actor, ResourceRef service);

    /** An Ingress's hosts and paths, and the Services they lead to. */
    IngressRoutes routes(Actor actor, ResourceRef ingress);
}
