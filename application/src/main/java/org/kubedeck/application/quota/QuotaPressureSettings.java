package org.kubedeck.application.quota;

import java.time.Duration;
import java.time.Instant;

/**
 * How quota usage is watched ({@code kubedeck.quotas.*}).
 *
 * @param sampleInterval how often every cluster's quotas are sampled (once across replicas)
 * @param retention      how long samples are kept
 * @param warnRatio      usage at or above this share of a limit counts as high
 * @param fullRatio      usage at or above this share counts as full
 */
public record QuotaPressureSettings(Duration sampleInterval, Duration retention, double warnRatio,
        double fullRatio) {

    public QuotaPressureSettings {
        if (warnRatio <= 0 || fullRatio < warnRatio) {
            throw new IllegalArgumentException("Quota thresholds must hold 0 < warn-ratio <= full-ratio");
        }
    }

    /**
     * Since when a sample is current: the last three rounds, so that an item of a cluster that missed a round or two
     * still counts, and one whose quota is gone drops out.
     */
    public Instant currentSince(Instant now) {
        return now.minus(sampleInterval.multipliedBy(3));
    }

    /** Where a ratio stands: 0 below the warning, 1 high, 2 full. */
    public int level(double ratio) {
        return ratio >= fullRatio ? 2 : ratio >= warnRatio ? 1 : 0;
    }
}
