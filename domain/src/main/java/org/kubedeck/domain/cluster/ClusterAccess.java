package org.kubedeck.domain.cluster;

import java.util.Objects;

/**
 * What a Kubernetes adapter needs to talk to one cluster: its name (for caching and messages), the opened
 * kubeconfig and the context to use (null: the kubeconfig's current context), and whom to act as (null: the
 * kubeconfig's own identity; else every request impersonates {@link Identity}).
 */
public record ClusterAccess(ClusterName name, Kubeconfig kubeconfig, String context, Identity actingAs) {

    public ClusterAccess {
        Objects.requireNonNull(name);
        Objects.requireNonNull(kubeconfig);
    }

    /** As the kubeconfig's own identity. */
    public ClusterAccess(ClusterName name, Kubeconfig kubeconfig, String context) {
        this(name, kubeconfig, context, null);
    }

    /** The same cluster, every request made as that person. */
    public ClusterAccess actingAs(Identity identity) {
        return new ClusterAccess(name, kubeconfig, context, Objects.requireNonNull(identity));
    }

    /** Whether requests impersonate someone, so that what one person may see is not what the console may. */
    public boolean impersonates() {
        return actingAs != null;
    }
}
