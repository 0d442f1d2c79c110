package org.kubedeck.application.quota.port.out;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.quota.QuotaSample;

/** Quota usage sampled over time, shared by every replica. */
public interface QuotaSamples {

    /**
     * Takes the sampling round due at {@code now}: true for exactly one caller across replicas per
     * {@code interval} (the first round is always due), false for everyone else.
     */
    boolean takeRound(Instant now, Duration interval);

    void record(List<QuotaSample> samples);

    /** The newest sample of each quota item sampled at or after {@code since}, sorted by cluster, namespace, quota, resource. */
    List<QuotaSample> latest(Instant since);

    /** The samples of one quota since {@code since}, oldest first, every resource of it. */
    List<QuotaSample> series(ClusterName cluster, String namespace, String quota, Instant since);

    /** Deletes the samples taken before {@code before}; returns how many. */
    int prune(Instant before);
}
