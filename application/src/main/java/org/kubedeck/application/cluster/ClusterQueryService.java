package org.kubedeck.application.cluster;

import java.util.List;
import org.kubedeck.application.UseCase;
import org.kubedeck.application.audit.AccessGuard;
import org.kubedeck.application.cluster.port.in.ClusterQuery;
import org.kubedeck.domain.cluster.Cluster;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.ClusterAction;

/** The clusters a user may see, from the console's own records. */
@UseCase
class ClusterQueryService implements ClusterQuery {

    private final RegisteredClusters clusters;
    private final AccessGuard guard;

    ClusterQueryService(RegisteredClusters clusters, AccessGuard guard) {
        this.clusters = clusters;
        this.guard = guard;
    }

    @Override
    public List<Cluster> visibleClusters(Actor actor) {
        return clusters.store().findAll().stream().filter(c -> actor.permissions().canSee(c.name())).toList();
    }

    @Override
    public Cluster cluster(Actor actor, ClusterName name) {
        guard.require(actor, name, ClusterAction.VIEW, "view cluster " + name, name.value());
        return clusters.existing(name);
    }

    @Override
    public Cluster clusterToConfigure(Actor actor, ClusterName name) {
        guard.require(actor, name, ClusterAction.CONFIGURE, "configure cluster " + name, name.value());
        return clusters.existing(name);
    }
}
