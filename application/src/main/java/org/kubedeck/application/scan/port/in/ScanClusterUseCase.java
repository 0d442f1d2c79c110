package org.kubedeck.application.scan.port.in;

import java.util.List;
import java.util.Objects;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.kube.ResourceRef;
import org.kubedeck.domain.scan.Finding;
import org.kubedeck.domain.scan.ScanReport;
import org.kubedeck.domain.user.Actor;

/** A scan of a cluster, or of one namespace, for those who may read it; the report is kept. */
public interface ScanClusterUseCase {

    ScanReport scan(Actor actor, ScanCommand command);

    /** The findings of a scan that is not kept (read on the cluster): for a look at one object's problems. */
    List<Finding> check(Actor actor, ScanCommand command);

    /** @param namespace null or empty: the whole cluster */
    record ScanCommand(ClusterName cluster, String namespace) {

        public ScanCommand {
            Objects.requireNonNull(cluster, "cluster");
            namespace = namespace == null || namespace.isBlank() ? "" : ResourceRef.checkNamespace(namespace.trim());
        }
    }
}
