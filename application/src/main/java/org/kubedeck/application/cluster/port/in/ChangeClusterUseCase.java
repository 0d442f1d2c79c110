package org.kubedeck.application.cluster.port.in;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.kubedeck.domain.cluster.Cluster;
import org.kubedeck.domain.cluster.ClusterHealth;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.cluster.Kubeconfig;
import org.kubedeck.domain.user.Actor;

/**
 * A registered cluster's details, connection and registration: editing and testing need admin on the cluster,
 * deleting a global admin. A new kubeconfig is only stored after the console connected with it.
 */
public interface ChangeClusterUseCase {

    Cluster updateCluster(Actor actor, UpdateClusterCommand command);

    void deleteCluster(Actor actor, ClusterName name);

    /**
     * Connects now with the stored kubeconfig and records the result as the cluster's health; a reachable
     * cluster's facts are read again too.
     */
    ClusterHealth testConnection(Actor actor, ClusterName name);

    /** Empty fields keep their current value. */
    /** Each part left empty stays as it is; {@code provider} blank or {@code auto} takes the one the nodes name. */
    record UpdateClusterCommand(ClusterName name, Optional<String> displayName, Optional<Map<String, String>> tags,
            Optional<List<String>> groups, Optional<String> provider, Optional<String> region,
            Optional<String> context, Optional<Kubeconfig> kubeconfig, Optional<Boolean> impersonate) {

        /** Impersonation stays as it is. */
        public UpdateClusterCommand(ClusterName name, Optional<String> displayName,
                Optional<Map<String, String>> tags, Optional<List<String>> groups, Optional<String> provider,
                Optional<String> region, Optional<String> context, Optional<Kubeconfig> kubeconfig) {
            this(name, displayName, tags, groups, provider, region, context, kubeconfig, Optional.empty());
        }

        /** Tags as a list ({@code env=prod}, {@code eu}); groups, provider and region stay. */
        public UpdateClusterCommand(ClusterName name, Optional<String> displayName, Optional<List<String>> tags,
                Optional<String> context, Optional<Kubeconfig> kubeconfig) {
            this(name, displayName, tags.map(Cluster::tags), Optional.empty(), Optional.empty(), Optional.empty(),
                    context, kubeconfig);
        }

        public UpdateClusterCommand {
            Objects.requireNonNull(name);
            Objects.requireNonNull(displayName);
            Objects.requireNonNull(tags);
            Objects.requireNonNull(groups);
            Objects.requireNonNull(provider);
            Objects.requireNonNull(region);
            Objects.requireNonNull(context);
            Objects.requireNonNull(kubeconfig);
            Objects.requireNonNull(impersonate);
        }
    }
}
