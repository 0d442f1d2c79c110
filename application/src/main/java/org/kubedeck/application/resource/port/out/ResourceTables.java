package org.kubedeck.application.resource.port.out;

import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.kube.LabelSelector;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.resource.ResourceTable;

/**
 * Pages of a kind's objects as the API server tabulates them (its {@code Table} answer). Throws
 * ClusterUnavailableException when the cluster cannot be reached in time; AccessDeniedException when the cluster's
 * credentials may not list the kind; InvalidInputException (field {@code continue}) for a position that expired.
 */
public interface ResourceTables {

    /**
     * @param namespace empty: every namespace, or a cluster-scoped kind's objects
     * @param position  empty for the first page; else the {@code continue} token of the page before
     */
    ResourceTable page(ClusterAccess cluster, ResourceKind kind, String namespace, LabelSelector selector, int limit,
            String position);
}
