package org.kubedeck.application.scan.port.in;

import java.util.Optional;
import java.util.UUID;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.scan.ScanOverview;
import org.kubedeck.domain.scan.ScanReport;
import org.kubedeck.domain.user.Actor;

/** The scans kept of a cluster, for those who may read it. */
public interface ScansQuery {

    /** The latest scan of the namespace (empty: of the whole cluster), compared to the one before; empty if none. */
    Optional<ScanOverview> overview(Actor actor, ClusterName cluster, String namespace);

    /** One scan with its findings; NotFoundException when the cluster has no such scan. */
    ScanReport scan(Actor actor, ClusterName cluster, UUID id);

    /** Scans a trend is drawn from. */
    int HISTORY = 30;
}
