package org.kubedeck.application.scan.port.in;

import java.util.Objects;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.kube.ResourceRef;
import org.kubedeck.domain.scan.ScanReport;
import org.kubedeck.domain.user.Actor;

/** A scan of a cluster, or of one namespace, for those who may read it; the report is kept. */
public interface ScanClusterUseCase {

    ScanReport scan(Actor actor, ScanCommand command);

    /** @param namespace null or empty: the whole cluster */
    record ScanCommand(ClusterName cluster, String namespace) {

        public ScanCommand {
            Objects.requireNonNull(cluster, "cluster");
            namespace = namespace == null || namespace.isBlank() ? "" : ResourceRef.checkNamespace(namespace.trim());
        }
    }
}
