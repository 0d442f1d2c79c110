package org.kubedeck.application.cluster.port.in;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.kubedeck.domain.cluster.Cluster;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.cluster.Kubeconfig;
import org.kubedeck.domain.user.Actor;

/**
 * Registers a cluster, from a kubeconfig given or from the local one; global admins only. A kubeconfig is only
 * stored after the console connected with it.
 */
public interface AddClusterUseCase {

    /** Refuses (and audits) anyone who may not add clusters, before a page offers the form. */
    void requireMayAddClusters(Actor actor);

    Cluster addCluster(Actor actor, AddClusterCommand command);

    /** The contexts of a kubeconfig, for choosing one before adding. */
    List<String> contexts(Actor actor, Kubeconfig kubeconfig);

    /**
     * For a console without clusters: the contexts of the local kubeconfig that a global admin may import.
     * Empty when there is no local kubeconfig, a cluster is already registered, or the actor is no admin.
     */
    Optional<ImportOffer> importOffer(Actor actor);

    /** Adds the local kubeconfig's context as a cluster, connecting first like any other. */
    Cluster importContext(Actor actor, ImportClusterCommand command);

    /** {@code problem} says why the file cannot be used (contexts is then empty). */
    record ImportOffer(String path, List<String> contexts, String problem) {
    }

    /**
     * @param tags     {@code key → value}; a value may be empty
     * @param provider    a provider's code, or blank or {@code auto} to take the one the nodes name
     * @param impersonate whether requests made for a person impersonate them (the stored identity then needs only
     *                    {@code impersonate} rights)
     */
    record AddClusterCommand(ClusterName name, String displayName, Map<String, String> tags, List<String> groups,
            String provider, String region, String context, Kubeconfig kubeconfig, boolean impersonate) {

        /** Requests made as the console's credential. */
        public AddClusterCommand(ClusterName name, String displayName, Map<String, String> tags, List<String> groups,
                String provider, String region, String context, Kubeconfig kubeconfig) {
            this(name, displayName, tags, groups, provider, region, context, kubeconfig, false);
        }

        /** Tags as a list ({@code env=prod}, {@code eu}), without groups, provider or region. */
        public AddClusterCommand(ClusterName name, String displayName, List<String> tags, String context,
                Kubeconfig kubeconfig) {
            this(name, displayName, Cluster.tags(tags), List.of(), null, null, context, kubeconfig);
        }

        public AddClusterCommand {
            Objects.requireNonNull(name);
            Objects.requireNonNull(kubeconfig);
            tags = tags == null ? Map.of() : tags;
            groups = groups == null ? List.of() : groups;
        }
    }

    /** @param context a context of the local kubeconfig; the cluster's display name too */
    record ImportClusterCommand(String context, ClusterName name) {

        public ImportClusterCommand {
            Objects.requireNonNull(context);
            Objects.requireNonNull(name);
        }
    }
}
