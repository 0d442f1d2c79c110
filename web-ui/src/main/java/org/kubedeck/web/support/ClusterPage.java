package org.kubedeck.web.support;

import org.kubedeck.domain.cluster.Cluster;
import org.kubedeck.domain.cluster.ClusterName;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A page about the cluster its path names ({@code {cluster}}). As a handler's parameter it is read for the signed-in
 * user, who must be allowed to see the cluster, and puts what every such page shows around its content in the
 * model: the cluster ({@code cluster}, for the header and crumbs) and whether the user may change things on it
 * ({@code mayChange}).
 */
public record ClusterPage(Cluster cluster) {

    public ClusterName name() {
        return cluster.name();
    }

    /** This cluster's page of a section, for a namespace or the whole cluster: {@code /scans/prod?namespace=shop}. */
    public String section(String section, String namespace) {
        return UriComponentsBuilder.fromPath("/" + section + "/{c}").queryParam("namespace", namespace.trim())
                .buildAndExpand(name().value()).encode().toUriString();
    }
}
