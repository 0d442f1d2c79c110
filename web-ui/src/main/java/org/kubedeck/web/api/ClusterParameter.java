package org.kubedeck.web.api;

import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.cluster.ClusterName;

/** The {@code cluster} a request names, in a body or a path; a missing one is 400 naming the field. */
final class ClusterParameter {

    private ClusterParameter() {
    }

    static ClusterName of(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("cluster", "Name the cluster.");
        }
        return ClusterName.of(name);
    }
}
