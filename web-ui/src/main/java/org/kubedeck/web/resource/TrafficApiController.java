package org.kubedeck.web.resource;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kubedeck.application.resource.port.in.TrafficQuery;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.resource.IngressRoutes;
import org.kubedeck.domain.resource.ServiceBackends;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.web.support.ClusterParameter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The pods behind a Service, and where an Ingress sends requests. */
@RestController
class TrafficApiController {

    private final TrafficQuery traffic;

    TrafficApiController(TrafficQuery traffic) {
        this.traffic = traffic;
    }

    record BackendJson(String pod, String ip, String node, String state) {
    }

    /** {@code state}: {@code serving}, {@code not_ready}, {@code kicked_out} or {@code not_online}. */
    record EndpointsJson(String service, Map<String, String> selector, List<String> ports,
            List<BackendJson> backends) {
    }

    @GetMapping("/api/k8s/services/{cluster}/{namespace}/{name}/endpoints")
    EndpointsJson endpoints(Actor actor, @PathVariable String cluster, @PathVariable String namespace,
            @PathVariable String name) {
        ServiceBackends backends = traffic.backends(actor, ClusterParameter.namespace(cluster, namespace)
                .object(ResourceKind.SERVICE, name));
        return new EndpointsJson(name, backends.selector(), backends.ports(), backends.backends().stream()
                .map(backend -> new BackendJson(backend.pod(), backend.ip(), backend.node(),
                        backend.state().name().toLowerCase(Locale.ROOT))).toList());
    }

    record RouteJson(String host, String path, String pathType, String service, String port,
            boolean serviceExists) {
    }

    record TlsJson(List<String> hosts, String secret) {
    }

    record RoutesJson(String ingress, String ingressClass, List<RouteJson> routes, List<TlsJson> tls) {
    }

    @GetMapping("/api/k8s/ingresses/{cluster}/{namespace}/{name}/routes")
    RoutesJson routes(Actor actor, @PathVariable String cluster, @PathVariable String namespace,
            @PathVariable String name) {
        IngressRoutes routes = traffic.routes(actor, ClusterParameter.namespace(cluster, namespace)
                .object(ResourceKind.INGRESS, name));
        return new RoutesJson(name, routes.ingressClass(), routes.routes().stream().map(route -> new RouteJson(
                route.host(), route.path(), route.pathType(), route.service(), route.port(), route.serviceExists()))
                .toList(), routes.tls().stream().map(tls -> new TlsJson(tls.hosts(), tls.secret())).toList());
    }
}
