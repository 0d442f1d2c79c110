package org.kubedeck.application.unified;

import java.time.Duration;

/**
 * @param deadline how long a search waits for each cluster before it reports the cluster as not answering
 * @param freshFor how long a cluster's list of a kind answers searches before it is read again
 */
public record FleetSearchSettings(Duration deadline, Duration freshFor) {
}
