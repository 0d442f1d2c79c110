package org.kubedeck.application.resource.port.out;

import java.util.List;
import java.util.Optional;
import org.kubedeck.application.kube.port.out.ResourceCluster.SecretMask;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.resource.ObjectDetail;
import org.kubedeck.domain.resource.ObjectEvent;

/**
 * One object of any kind, and the events about objects. Throws ClusterUnavailableException when the cluster cannot
 * be reached in time; AccessDeniedException when the cluster's credentials may not read what was asked.
 */
public interface ResourceObjects {

    /** @param namespace empty for an object of a cluster-scoped kind; empty when there is no such object */
    Optional<ObjectDetail> detail(ClusterAccess cluster, ResourceKind kind, String namespace, String name,
            SecretMask mask);

    /**
     * The newest {@code most} events, newest first: in the namespace (empty: every namespace), about objects of
     * {@code kind} (null: any) named {@code name} (empty: any).
     */
    List<ObjectEvent> events(ClusterAccess cluster, String namespace, ResourceKind kind, String name, int most);
}
