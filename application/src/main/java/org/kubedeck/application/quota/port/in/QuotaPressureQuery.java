package org.kubedeck.application.quota.port.in;

import java.util.List;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.kube.NamespaceRef;
import org.kubedeck.domain.quota.QuotaSample;
import org.kubedeck.domain.user.Actor;

/** How full the quotas are, from the samples taken. */
public interface QuotaPressureQuery {

    /** The latest sampled items at or above the warning threshold, on the clusters the actor may see, fullest first. */
    List<QuotaSample> pressure(Actor actor);

    /** A quota's samples of the last days the trend asks for, oldest first (read on the cluster). */
    List<QuotaSample> trend(Actor actor, QuotaTrend trend);

    /** One quota's samples over the last {@code days} (1 to a year). */
    record QuotaTrend(NamespaceRef namespace, String quota, int days) {

        public QuotaTrend {
            if (quota == null || quota.isBlank()) {
                throw new InvalidInputException("quota", Message.of("quota.nameQuota", "Name the quota."));
            }
            if (days < 1 || days > 366) {
                throw new InvalidInputException("days", Message.of("quota.trendDays",
                        "A trend covers 1 to 366 days."));
            }
        }
    }
}
