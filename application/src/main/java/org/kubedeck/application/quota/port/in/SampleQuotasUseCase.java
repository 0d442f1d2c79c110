package org.kubedeck.application.quota.port.in;

/** The periodic sampling of every registered cluster's quotas. */
public interface SampleQuotasUseCase {

    /**
     * Samples every registered cluster's quotas, if this replica takes the round; an item crossing a threshold
     * upwards is audited. Returns the number of samples taken (0 when another replica has the round).
     */
    int sample();
}
