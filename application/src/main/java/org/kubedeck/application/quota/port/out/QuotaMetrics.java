package org.kubedeck.application.quota.port.out;

import java.util.List;
import org.kubedeck.domain.quota.QuotaSample;

/** What the console reports about quota usage to its metrics. */
public interface QuotaMetrics {

    /** The latest sample of every quota item; items no longer sampled disappear. */
    void observed(List<QuotaSample> latest);
}
