package org.kubedeck.application.label.port.out;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.label.LabelPolicy;

/** A cluster's label policies, one per label key, kept in the console's records. */
public interface LabelPolicyStore {

    /** Stores the policy; one of the same key on the cluster is replaced. */
    void save(ClusterName cluster, LabelPolicy policy, String by, Instant at);

    /** By key. */
    List<LabelPolicy> list(ClusterName cluster);

    /** False when the cluster has no policy of that id. */
    boolean delete(ClusterName cluster, UUID id);
}
