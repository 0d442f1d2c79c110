package org.kubedeck.web.support;

import org.kubedeck.domain.cluster.Cluster;
import org.kubedeck.domain.cluster.ClusterName;

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
}
