package org.kubedeck.application.resource.port.out;

import java.util.List;
import java.util.Optional;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.resource.ResourceDefinition;

/**
 * The cluster's custom resource definitions. Throws ClusterUnavailableException when the cluster cannot be reached
 * in time; AccessDeniedException when the cluster's credentials may not read them.
 */
public interface ResourceDefinitions {

    /** Every definition by name, without their schemas (which a list does not need, and which can be large). */
    List<ResourceDefinition> definitions(ClusterAccess cluster);

    /** One definition with each version's schema; empty when there is none of that name. */
    Optional<ResourceDefinition> definition(ClusterAccess cluster, String name);
}
