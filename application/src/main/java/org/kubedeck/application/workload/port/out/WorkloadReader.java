package org.kubedeck.application.workload.port.out;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.workload.PodView;
import org.kubedeck.domain.workload.ServiceView;
import org.kubedeck.domain.workload.WorkloadView;

/**
 * Reads what the pod load console shows. Every call answers within a few seconds or throws
 * ClusterUnavailableException.
 */
public interface WorkloadReader {

    /** Sorted by name. */
    List<String> namespaces(ClusterAccess cluster);

    boolean namespaceExists(ClusterAccess cluster, String namespace);

    /** Sorted by name. For {@link ResourceKind#POD}: the pods no controller owns. */
    List<WorkloadView> workloads(ClusterAccess cluster, String namespace, ResourceKind type);

    Optional<WorkloadView> workload(ClusterAccess cluster, String namespace, ResourceKind type, String name);

    /** The pods the workload's selector picks (a bare pod: itself), sorted by name, with their node's IP. */
    List<PodView> pods(ClusterAccess cluster, String namespace, WorkloadView workload);

    Optional<PodView> pod(ClusterAccess cluster, String namespace, String name);

    /** The pods whose labels include all of {@code selector}, sorted by name. */
    default List<PodView> podsMatching(ClusterAccess cluster, String namespace, Map<String, String> selector) {
        return pods(cluster, namespace, new WorkloadView("selector", ResourceKind.DEPLOYMENT, selector, 0, 0));
    }

    /**
     * Starts reading the namespace, if need be, and says whether a read of it is now answered without waiting
     * for its first lists from the cluster, after waiting at most {@code wait}. A namespace that does not exist
     * is ready (its reads answer at once that it does not), and nothing starts reading it. A reader without a
     * cache of its own is always ready.
     */
    default boolean ready(ClusterAccess cluster, String namespace, Duration wait) {
        return true;
    }

    /**
     * Waits, at most {@code wait}, until reads of the namespace show each pod at least at the resource version
     * a change answered with, so that a page read right after the change shows it. A reader without a cache of
     * its own shows every change at once.
     */
    default void awaitPods(ClusterAccess cluster, String namespace, Map<String, String> resourceVersions,
            Duration wait) {
    }

    /** Every Service of the namespace, sorted by name. */
    List<ServiceView> services(ClusterAccess cluster, String namespace);
}
