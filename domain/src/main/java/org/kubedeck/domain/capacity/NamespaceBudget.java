package org.kubedeck.domain.capacity;

import java.math.BigDecimal;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.kube.ResourceRef;

/** What a namespace may cost a month, in the cluster's currency; a scan reports a namespace over it. */
public record NamespaceBudget(String namespace, BigDecimal monthly) {

    private static final BigDecimal MOST = BigDecimal.valueOf(1_000_000_000);

    public NamespaceBudget {
        namespace = ResourceRef.checkNamespace(namespace);
        if (monthly == null || monthly.signum() <= 0 || monthly.compareTo(MOST) >= 0
                || monthly.stripTrailingZeros().scale() > 2) {
            throw new InvalidInputException("monthly", Message.of("capacity.budget",
                    "A monthly budget is above 0 and below 1000000000, to the cent."));
        }
    }
}
