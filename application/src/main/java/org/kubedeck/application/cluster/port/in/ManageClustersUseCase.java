package org.kubedeck.application.cluster.port.in;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.kubedeck.domain.cluster.Cluster;
import org.kubedeck.domain.cluster.ClusterHealth;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.cluster.Kubeconfig;
import org.kubedeck.domain.user.Actor;

/**
 * Registering clusters. Adding and deleting need a global admin; editing and testing, admin on that cluster.
 * A kubeconfig is only stored after the console connected with it.
 */
public interface ManageClustersUseCase {

    /** Refuses (and audits) anyone who may not add clusters, before a page offers the form. */
    void requireMayAddClusters(Actor actor);

    Cluster addCluster(Actor actor, AddClusterCommand command);

    Cluster updateCluster(Actor actor, UpdateClusterCommand command);

    void deleteCluster(Actor actor, ClusterName name);

    /** Connects now with the stored kubeconfig and records the result as the cluster's health. */
    ClusterHealth testConnection(Actor actor, ClusterName name);

    /** The contexts of a kubeconfig, for choosing one before adding (admins only). */
    List<String> contexts(Actor actor, Kubeconfig kubeconfig);

    /**
     * For a console without clusters: the contexts of the local kubeconfig that a global admin may import.
     * Empty when there is no local kubeconfig, a cluster is already registered, or the actor is no admin.
     */
    Optional<ImportOffer> importOffer(Actor actor);

    /** Adds the local kubeconfig's context as a cluster, connecting first like any other. */
    Cluster importContext(Actor actor, String context, ClusterName name);

    /** {@code problem} says why the file cannot be used (contexts is then empty). */
    record ImportOffer(String path, List<String> contexts, String problem) {
    }

    record AddClusterCommand(ClusterName name, String displayName, List<String> tags, String context,
            Kubeconfig kubeconfig) {

        public AddClusterCommand {
            Objects.requireNonNull(name);
            Objects.requireNonNull(kubeconfig);
        }
    }

    /** Empty fields keep their current value. */
    record UpdateClusterCommand(ClusterName name, Optional<String> displayName, Optional<List<String>> tags,
            Optional<String> context, Optional<Kubeconfig> kubeconfig) {

        public UpdateClusterCommand {
            Objects.requireNonNull(name);
            Objects.requireNonNull(displayName);
            Objects.requireNonNull(tags);
            Objects.requireNonNull(context);
            Objects.requireNonNull(kubeconfig);
        }
    }
}
