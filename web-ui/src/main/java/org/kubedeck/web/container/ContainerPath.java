package org.kubedeck.web.container;

import java.util.Map;
import org.kubedeck.domain.container.ContainerRef;
import org.kubedeck.web.support.ClusterParameter;

/**
 * The container a request's path names, {@code {cluster}/{namespace}/{pod}/{container}}: read from the path's
 * variables alone, so that no query parameter can stand in for them.
 */
final class ContainerPath {

    private ContainerPath() {
    }

    static ContainerRef of(Map<String, String> path) {
        return ContainerRef.of(ClusterParameter.of(path.get("cluster")), path.get("namespace"), path.get("pod"),
                path.get("container"));
    }
}
