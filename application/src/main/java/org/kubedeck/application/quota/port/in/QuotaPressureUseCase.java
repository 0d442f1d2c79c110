package org.kubedeck.application.quota.port.in;

import java.util.List;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.quota.QuotaSample;
import org.kubedeck.domain.user.Actor;

/** Quota usage over time and the namespaces under pressure. */
public interface QuotaPressureUseCase {

    /**
     * Samples every registered cluster's quotas, if this replica takes the round; an item crossing a threshold
     * upwards is audited. Returns the number of samples taken (0 when another replica has the round).
     */
    int sample();

    /** The latest sampled items at or above the warning threshold, on the clusters the actor may see, fullest first. */
    List<QuotaSample> pressure(Actor actor);

    /** A quota's samples of the last {@code days}, oldest first (read on the cluster). */
    List<QuotaSample> history(Actor actor, ClusterName cluster, String namespace, String quota, int days);
}
