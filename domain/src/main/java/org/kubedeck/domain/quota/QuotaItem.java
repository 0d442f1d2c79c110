package org.kubedeck.domain.quota;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.kubedeck.domain.kube.ResourceQuantity;

/**
 * One line of a ResourceQuota: how much of a resource is used against its hard limit.
 *
 * @param used null when the cluster has not counted it yet
 */
public record QuotaItem(String resource, String hard, String used) {

    /** used / hard, 0 when nothing is used yet, 1 or more at and beyond the limit; hard 0 with any use is 1. */
    public double ratio() {
        if (used == null || used.isBlank()) {
            return 0;
        }
        BigDecimal limit = ResourceQuantity.amount(resource, hard);
        BigDecimal amount = ResourceQuantity.amount(resource, used);
        if (limit.signum() == 0) {
            return amount.signum() == 0 ? 0 : 1;
        }
        return amount.divide(limit, 4, RoundingMode.HALF_UP).doubleValue();
    }

    /** The ratio as a whole percentage for bars, capped at 100. */
    public int percent() {
        return (int) Math.min(100, Math.round(ratio() * 100));
    }
}
