package org.kubedeck.domain.cluster;

import java.util.Objects;

/**
 * What a Kubernetes adapter needs to talk to one cluster: its name (for caching and messages), the opened
 * kubeconfig and the context to use (null: the kubeconfig's current context).
 */
public record ClusterAccess(ClusterName name, Kubeconfig kubeconfig, String context) {

    public ClusterAccess {
        Objects.requireNonNull(name);
        Objects.requireNonNull(kubeconfig);
    }
}
