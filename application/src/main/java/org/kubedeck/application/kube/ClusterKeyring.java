package org.kubedeck.application.kube;

import org.kubedeck.application.cluster.port.out.ClusterStore;
import org.kubedeck.application.secret.port.out.SecretBox;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.NotFoundException;
import org.kubedeck.domain.cluster.Cluster;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.cluster.Kubeconfig;

/** Opens a registered cluster's sealed kubeconfig for the moment a use case talks to the cluster. */
public class ClusterKeyring {

    private final ClusterStore clusters;
    private final SecretBox secrets;

    public ClusterKeyring(ClusterStore clusters, SecretBox secrets) {
        this.clusters = clusters;
        this.secrets = secrets;
    }

    public ClusterAccess open(ClusterName name) {
        Cluster cluster = clusters.find(name)
                .orElseThrow(() -> new NotFoundException(Message.of("cluster.clusterDoesNotExist",
                        "Cluster '{0}' does not exist.", name)));
        return open(cluster);
    }

    public ClusterAccess open(Cluster cluster) {
        String kubeconfig = clusters.kubeconfig(cluster.name()).map(secrets::open)
                .orElseThrow(() -> new NotFoundException(Message.of("cluster.clusterDoesNotExist",
                        "Cluster '{0}' does not exist.", cluster.name())));
        return new ClusterAccess(cluster.name(), new Kubeconfig(kubeconfig), cluster.context());
    }
}
