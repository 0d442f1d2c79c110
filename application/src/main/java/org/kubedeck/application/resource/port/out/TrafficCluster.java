package org.kubedeck.application.resource.port.out;

import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.resource.IngressRoutes;
import org.kubedeck.domain.resource.ServiceBackends;
import org.kubedeck.domain.workload.LoadLabel;

/**
 * Where Services and Ingresses send traffic, as the cluster holds it. Throws ClusterUnavailableException when the
 * cluster cannot be reached in time.
 */
public interface TrafficCluster {

    /**
     * The pods behind the Service: its Endpoints' addresses, and the pods its selector takes once the load label is
     * left out of it. NotFoundException when there is no such Service.
     */
    ServiceBackends backends(ClusterAccess cluster, String namespace, String service, LoadLabel load);

    /**
     * The Ingress's rules and TLS hosts, each backend checked against the namespace's Services. NotFoundException
     * when there is no such Ingress.
     */
    IngressRoutes routes(ClusterAccess cluster, String namespace, String ingress);
}
