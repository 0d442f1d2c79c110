package org.kubedeck.application.cluster.port.in;

import java.util.List;
import org.kubedeck.domain.cluster.Cluster;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.user.Actor;

public interface ClusterQuery {

    /** The clusters this actor may see, sorted by name. */
    List<Cluster> visibleClusters(Actor actor);

    /** One cluster; NotFoundException when it does not exist or the actor may not see it. */
    Cluster cluster(Actor actor, ClusterName name);

    /**
     * One cluster with what only its admins see (context, health detail, the form to change it): for global
     * admins and the cluster's admins. Others get AccessDeniedException (audited), or NotFoundException for a
     * cluster they may not see at all.
     */
    Cluster clusterToConfigure(Actor actor, ClusterName name);
}
