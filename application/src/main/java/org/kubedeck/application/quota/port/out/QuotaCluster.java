package org.kubedeck.application.quota.port.out;

import java.util.List;
import java.util.Optional;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.quota.LimitSpec;
import org.kubedeck.domain.quota.QuotaSpec;
import org.kubedeck.domain.quota.QuotaView;

/**
 * ResourceQuota and LimitRange objects of a namespace. Every method throws ClusterUnavailableException when the
 * cluster cannot be reached in time, NotFoundException for a missing object (on get, replace and delete),
 * ConflictException when creating an object whose name is taken, and InvalidInputException (field
 * {@code hard} or {@code limits}) with the API server's words when it refuses the content.
 */
public interface QuotaCluster {

    /** Sorted by name. */
    List<QuotaView> quotas(ClusterAccess cluster, String namespace);

    Optional<QuotaView> quota(ClusterAccess cluster, String namespace, String name);

    /** Every quota of the cluster, in one request, sorted by namespace then name. */
    List<NamespacedQuota> everyQuota(ClusterAccess cluster);

    QuotaView createQuota(ClusterAccess cluster, String namespace, QuotaSpec spec);

    /** Sets {@code spec.hard} on the existing quota, keeping its other fields (scopes, labels). */
    QuotaView replaceQuota(ClusterAccess cluster, String namespace, QuotaSpec spec);

    void deleteQuota(ClusterAccess cluster, String namespace, String name);

    /** Sorted by name. */
    List<LimitSpec> limitRanges(ClusterAccess cluster, String namespace);

    Optional<LimitSpec> limitRange(ClusterAccess cluster, String namespace, String name);

    LimitSpec createLimitRange(ClusterAccess cluster, String namespace, LimitSpec spec);

    /** Sets {@code spec.limits} on the existing limit range. */
    LimitSpec replaceLimitRange(ClusterAccess cluster, String namespace, LimitSpec spec);

    void deleteLimitRange(ClusterAccess cluster, String namespace, String name);

    record NamespacedQuota(String namespace, QuotaView quota) {
    }
}
