package org.kubedeck.application.cluster.port.out;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kubedeck.application.secret.SealedSecret;
import org.kubedeck.domain.cluster.Cluster;
import org.kubedeck.domain.cluster.ClusterFacts;
import org.kubedeck.domain.cluster.ClusterHealth;
import org.kubedeck.domain.cluster.ClusterName;

/** Registered clusters and their sealed kubeconfigs. */
public interface ClusterStore {

    /** Sorted by name. */
    List<Cluster> findAll();

    Optional<Cluster> find(ClusterName name);

    boolean exists(ClusterName name);

    /** Inserts a new cluster with its kubeconfig. */
    void add(Cluster cluster, SealedSecret kubeconfig);

    /** Saves the cluster's details, and its kubeconfig when one is given. */
    void update(Cluster cluster, Optional<SealedSecret> kubeconfig);

    void updateHealth(ClusterName name, ClusterHealth health);

    void updateFacts(ClusterName name, ClusterFacts facts);

    Optional<SealedSecret> kubeconfig(ClusterName name);

    /** Every sealed kubeconfig, for sealing them again under a new key. */
    Map<ClusterName, SealedSecret> allKubeconfigs();

    void delete(ClusterName name);
}
