package org.kubedeck.domain.user;

/** What a user does on a cluster, with the least access level that allows it. */
public enum ClusterAction {
    /** See the cluster, its namespaces, workloads and pods. */
    VIEW(AccessLevel.READ),
    /** Change workloads: kick or restore pods, edit labels and objects. */
    CHANGE(AccessLevel.WRITE),
    /** Edit the cluster's own settings and kubeconfig. */
    CONFIGURE(AccessLevel.ADMIN);

    private final AccessLevel requires;

    ClusterAction(AccessLevel requires) {
        this.requires = requires;
    }

    public AccessLevel requires() {
        return requires;
    }
}
