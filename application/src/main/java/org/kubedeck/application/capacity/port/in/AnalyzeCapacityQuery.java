package org.kubedeck.application.capacity.port.in;

import java.util.Objects;
import org.kubedeck.domain.capacity.CapacityReport;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.kube.ResourceRef;
import org.kubedeck.domain.user.Actor;

/**
 * Requests and limits against what nodes hold, usage against requests where the cluster has a metrics API, and the
 * cost of the requests at the cluster's prices against each namespace's budget. Read on the cluster.
 */
public interface AnalyzeCapacityQuery {

    CapacityReport analyze(Actor actor, CapacityCommand command);

    /** @param namespace empty: every namespace */
    record CapacityCommand(ClusterName cluster, String namespace) {

        public CapacityCommand {
            Objects.requireNonNull(cluster, "cluster");
            namespace = namespace == null || namespace.isBlank() ? "" : ResourceRef.checkNamespace(namespace.trim());
        }
    }
}
