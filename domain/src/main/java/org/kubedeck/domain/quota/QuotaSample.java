package org.kubedeck.domain.quota;

import java.time.Instant;
import org.kubedeck.domain.cluster.ClusterName;

/** @param ratio used ÷ hard, as {@code QuotaItem.ratio} computes it */
public record QuotaSample(ClusterName cluster, String namespace, String quota, String resource, String used,
        String hard, double ratio, Instant at) {
}
