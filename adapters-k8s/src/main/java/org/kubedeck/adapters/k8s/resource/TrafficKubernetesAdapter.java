package org.kubedeck.adapters.k8s.resource;

import io.kubernetes.client.openapi.apis.CoreV1Api;
import io.kubernetes.client.openapi.apis.NetworkingV1Api;
import io.kubernetes.client.openapi.models.V1EndpointAddress;
import io.kubernetes.client.openapi.models.V1EndpointSubset;
import io.kubernetes.client.openapi.models.V1Endpoints;
import io.kubernetes.client.openapi.models.V1HTTPIngressPath;
import io.kubernetes.client.openapi.models.V1Ingress;
import io.kubernetes.client.openapi.models.V1IngressBackend;
import io.kubernetes.client.openapi.models.V1IngressRule;
import io.kubernetes.client.openapi.models.V1IngressTLS;
import io.kubernetes.client.openapi.models.V1Pod;
import io.kubernetes.client.openapi.models.V1Service;
import io.kubernetes.client.openapi.models.V1ServicePort;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kubedeck.adapters.k8s.KubernetesCalls;
import org.kubedeck.adapters.k8s.ObjectRequests;
import org.kubedeck.adapters.k8s.ObjectRequests.Subject;
import org.kubedeck.application.resource.port.out.TrafficCluster;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.resource.IngressRoutes;
import org.kubedeck.domain.resource.IngressRoutes.Route;
import org.kubedeck.domain.resource.IngressRoutes.Tls;
import org.kubedeck.domain.resource.ServiceBackends;
import org.kubedeck.domain.resource.ServiceBackends.Address;
import org.kubedeck.domain.resource.ServiceBackends.PodFacts;
import org.kubedeck.domain.workload.LoadLabel;
import org.springframework.stereotype.Component;

/**
 * Services' Endpoints and pods, and Ingresses' rules, through client-java's typed API: each answer is one
 * {@link KubernetesCalls#call} of a few reads; which backend serves is the domain's to say.
 */
@Component
class TrafficKubernetesAdapter implements TrafficCluster {

    private static final ObjectRequests READS = new ObjectRequests("name", "object");

    private final KubernetesCalls calls;

    TrafficKubernetesAdapter(KubernetesCalls calls) {
        this.calls = calls;
    }

    @Override
    public ServiceBackends backends(ClusterAccess cluster, String namespace, String service, LoadLabel load) {
        Subject subject = Subject.object(ResourceKind.SERVICE, namespace, service);
        return calls.call(cluster, client -> {
            CoreV1Api core = new CoreV1Api(client);
            V1Service found = READS.ifExists(subject, ignored -> core.readNamespacedService(service, namespace)
                    .execute()).send(client).orElseThrow(subject::missing);
            Map<String, String> selector = found.getSpec() == null || found.getSpec().getSelector() == null
                    ? Map.of() : found.getSpec().getSelector();
            Optional<V1Endpoints> endpoints = READS.ifExists(subject, ignored -> core
                    .readNamespacedEndpoints(service, namespace).execute()).send(client);
            List<PodFacts> pods = new ArrayList<>();
            if (!selector.isEmpty()) {
                String withoutLoad = selector.entrySet().stream().filter(label -> !label.getKey().equals(load.key()))
                        .map(label -> label.getKey() + "=" + label.getValue()).collect(Collectors.joining(","));
                for (V1Pod pod : core.listNamespacedPod(namespace).labelSelector(withoutLoad).execute().getItems()) {
                    pods.add(new PodFacts(pod.getMetadata().getName(), pod.getStatus() == null ? ""
                            : text(pod.getStatus().getPodIP()), pod.getSpec() == null ? ""
                            : text(pod.getSpec().getNodeName()), pod.getMetadata().getLabels() == null ? Map.of()
                            : pod.getMetadata().getLabels()));
                }
            }
            return ServiceBackends.of(selector, ports(found), endpoints.map(TrafficKubernetesAdapter::addresses)
                    .orElse(List.of()), pods, load);
        });
    }

    @Override
    public IngressRoutes routes(ClusterAccess cluster, String namespace, String ingress) {
        Subject subject = Subject.object(ResourceKind.INGRESS, namespace, ingress);
        return calls.call(cluster, client -> {
            V1Ingress found = READS.ifExists(subject, ignored -> new NetworkingV1Api(client)
                    .readNamespacedIngress(ingress, namespace).execute()).send(client)
                    .orElseThrow(subject::missing);
            Set<String> services = new CoreV1Api(client).listNamespacedService(namespace).execute().getItems()
                    .stream().map(service -> service.getMetadata().getName()).collect(Collectors.toSet());
            List<Route> routes = new ArrayList<>();
            if (found.getSpec() == null) {
                return new IngressRoutes("", routes, List.of());
            }
            Function<V1IngressBackend, Route> defaultRoute = backend -> route("", "", "", backend, services);
            Optional.ofNullable(found.getSpec().getDefaultBackend()).map(defaultRoute).ifPresent(routes::add);
            for (V1IngressRule rule : list(found.getSpec().getRules())) {
                if (rule.getHttp() == null) {
                    continue;
                }
                for (V1HTTPIngressPath path : list(rule.getHttp().getPaths())) {
                    routes.add(route(text(rule.getHost()), text(path.getPath()), text(path.getPathType()),
                            path.getBackend(), services));
                }
            }
            List<Tls> tls = list(found.getSpec().getTls()).stream().map((V1IngressTLS entry) -> new Tls(
                    list(entry.getHosts()), text(entry.getSecretName()))).toList();
            return new IngressRoutes(text(found.getSpec().getIngressClassName()), routes, tls);
        });
    }

    private static Route route(String host, String path, String pathType, V1IngressBackend backend,
            Set<String> services) {
        if (backend == null || backend.getService() == null) {
            String resource = backend == null || backend.getResource() == null ? ""
                    : backend.getResource().getKind() + " " + backend.getResource().getName();
            return new Route(host, path, pathType, resource, "", false);
        }
        String name = backend.getService().getName();
        String port = backend.getService().getPort() == null ? "" : backend.getService().getPort().getNumber() != null
                ? String.valueOf(backend.getService().getPort().getNumber()) : text(backend.getService().getPort()
                .getName());
        return new Route(host, path, pathType, name, port, services.contains(name));
    }

    private static List<Address> addresses(V1Endpoints endpoints) {
        List<Address> addresses = new ArrayList<>();
        for (V1EndpointSubset subset : list(endpoints.getSubsets())) {
            list(subset.getAddresses()).forEach(address -> addresses.add(address(address, true)));
            list(subset.getNotReadyAddresses()).forEach(address -> addresses.add(address(address, false)));
        }
        Map<String, Address> unique = new LinkedHashMap<>();
        addresses.forEach(address -> unique.putIfAbsent(address.pod() + "/" + address.ip(), address));
        return List.copyOf(unique.values());
    }

    private static Address address(V1EndpointAddress address, boolean ready) {
        String pod = address.getTargetRef() != null && "Pod".equals(address.getTargetRef().getKind())
                ? text(address.getTargetRef().getName()) : "";
        return new Address(pod, text(address.getIp()), text(address.getNodeName()), ready);
    }

    /** {@code 80→8080/TCP}, or {@code http 80→http/TCP} for a named port. */
    private static List<String> ports(V1Service service) {
        List<String> ports = new ArrayList<>();
        for (V1ServicePort port : list(service.getSpec() == null ? null : service.getSpec().getPorts())) {
            String target = port.getTargetPort() == null ? String.valueOf(port.getPort())
                    : port.getTargetPort().isInteger() ? String.valueOf(port.getTargetPort().getIntValue())
                    : port.getTargetPort().getStrValue();
            ports.add((port.getName() == null ? "" : port.getName() + " ") + port.getPort() + "→" + target + "/"
                    + (port.getProtocol() == null ? "TCP" : port.getProtocol()));
        }
        return ports;
    }

    private static <T> List<T> list(List<T> items) {
        return items == null ? List.of() : items;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
