package org.kubedeck.application.kube;

import java.util.List;
import org.kubedeck.application.cluster.port.out.ClusterStore;
import org.kubedeck.application.kube.port.out.IdentityDirectory;
import org.kubedeck.application.secret.port.out.SecretBox;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.NotFoundException;
import org.kubedeck.domain.cluster.Cluster;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.cluster.Identity;
import org.kubedeck.domain.cluster.Kubeconfig;
import org.kubedeck.domain.user.Actor;

/**
 * Opens a registered cluster's sealed kubeconfig for the moment a use case talks to the cluster; for a person, on a
 * cluster that impersonates, as that person and their groups.
 */
public class ClusterKeyring {

    private final ClusterStore clusters;
    private final SecretBox secrets;
    private final IdentityDirectory directory;

    /** For a console whose people belong to no groups (tests). */
    public ClusterKeyring(ClusterStore clusters, SecretBox secrets) {
        this(clusters, secrets, user -> List.of());
    }

    public ClusterKeyring(ClusterStore clusters, SecretBox secrets, IdentityDirectory directory) {
        this.clusters = clusters;
        this.secrets = secrets;
        this.directory = directory;
    }

    public ClusterAccess open(ClusterName name) {
        return open(existing(name));
    }

    /** For the actor: as them, where the cluster impersonates; else as the console's credential. */
    public ClusterAccess open(ClusterName name, Actor actor) {
        Cluster cluster = existing(name);
        ClusterAccess access = open(cluster);
        return cluster.impersonate() ? access.actingAs(new Identity(actor.username().value(),
                directory.groups(actor.username()))) : access;
    }

    private Cluster existing(ClusterName name) {
        return clusters.find(name).orElseThrow(() -> new NotFoundException(Message.of("cluster.clusterDoesNotExist",
                "Cluster '{0}' does not exist.", name)));
    }

    public ClusterAccess open(Cluster cluster) {
        String kubeconfig = clusters.kubeconfig(cluster.name()).map(secrets::open)
                .orElseThrow(() -> new NotFoundException(Message.of("cluster.clusterDoesNotExist",
                        "Cluster '{0}' does not exist.", cluster.name())));
        return new ClusterAccess(cluster.name(), new Kubeconfig(kubeconfig), cluster.context());
    }
}
