package org.kubedeck.domain.resource;

import java.util.List;

/**
 * Where an Ingress sends requests: each rule's host and path to a Service's port, and the hosts its TLS
 * certificates cover.
 *
 * @param ingressClass empty when the Ingress names none (the cluster's default class takes it)
 */
public record IngressRoutes(String ingressClass, List<Route> routes, List<Tls> tls) {

    public IngressRoutes {
        routes = List.copyOf(routes);
        tls = List.copyOf(tls);
    }

    /**
     * @param host    empty: any host
     * @param path    empty with {@code pathType} empty: the Ingress's default backend
     * @param port    a number or a port's name
     * @param serviceExists whether the namespace holds the Service (an Ingress to a missing one answers 503)
     */
    public record Route(String host, String path, String pathType, String service, String port,
            boolean serviceExists) {
    }

    /** @param secret the Secret holding the certificate; empty when the Ingress names none */
    public record Tls(List<String> hosts, String secret) {

        public Tls {
            hosts = List.copyOf(hosts);
        }
    }
}
