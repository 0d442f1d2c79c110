package org.kubedeck.application.kube;

import org.kubedeck.application.audit.AccessGuard;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.kube.NamespaceRef;
import org.kubedeck.domain.kube.ResourceRef;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.ClusterAction;

/**
 * The one way a use case reaches a cluster on someone's behalf: the actor's permission for the action is checked
 * first (a refusal is audited, and nothing is opened), then the cluster's sealed kubeconfig is opened for the
 * moment the use case talks to it, as the actor where the cluster impersonates (its own RBAC then decides too).
 */
public class ClusterGate {

    private final AccessGuard guard;
    private final ClusterKeyring keyring;

    public ClusterGate(AccessGuard guard, ClusterKeyring keyring) {
        this.guard = guard;
        this.keyring = keyring;
    }

    /**
     * @param attempted what the actor tried, for the refusal ("scale shop/web")
     * @param target    what it concerns, for the audit entry of a refusal
     */
    public ClusterAccess open(Actor actor, ClusterName cluster, ClusterAction action, String attempted,
            String target) {
        guard.require(actor, cluster, action, attempted, target);
        return keyring.open(cluster, actor);
    }

    /**
     * For an action on one object, which the refusal names. A change of a cluster-wide object (a ClusterRole, a
     * PersistentVolume) reaches every namespace, so it needs what changes to the whole cluster need: its admins.
     */
    public ClusterAccess open(Actor actor, ResourceRef resource, ClusterAction action, String attempted) {
        return open(actor, resource.cluster(), required(resource, action), attempted, resource.describe());
    }

    private static ClusterAction required(ResourceRef resource, ClusterAction action) {
        return action == ClusterAction.CHANGE && !resource.kind().namespaced() ? ClusterAction.CONFIGURE : action;
    }

    /** For an action in one namespace: the refusal says "{@code attempted} in {@code namespace}". */
    public ClusterAccess open(Actor actor, NamespaceRef namespace, ClusterAction action, String attempted) {
        return open(actor, namespace.cluster(), action, attempted + " in " + namespace.namespace(),
                namespace.namespace());
    }

    /** The permission alone, for what the console answers from its own records (a stored version, say). */
    public void require(Actor actor, ResourceRef resource, ClusterAction action, String attempted) {
        require(actor, resource.cluster(), required(resource, action), attempted, resource.describe());
    }

    /** The permission alone, for what the console answers from its own records (stored backups, say). */
    public void require(Actor actor, ClusterName cluster, ClusterAction action, String attempted, String target) {
        guard.require(actor, cluster, action, attempted, target);
    }

    /** For the console's own background work, done on nobody's behalf: there is no permission to check. */
    public ClusterAccess openForConsole(ClusterName cluster) {
        return keyring.open(cluster);
    }
}
