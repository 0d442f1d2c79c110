package org.kubedeck.application.quota.port.out;

import org.kubedeck.domain.quota.QuotaSample;

/**
 * Tells people outside the console that a quota item crossed a threshold upwards. Delivery is the adapter's
 * business: a failure never reaches the sampling that raised the alert.
 */
@FunctionalInterface
public interface QuotaAlerts {

    /** Alerts that are not sent anywhere. */
    QuotaAlerts NONE = alert -> { };

    void raise(QuotaAlert alert);

    /** @param level {@code high} (at or above the warning ratio) or {@code full} */
    record QuotaAlert(QuotaSample sample, String level) {
    }
}
