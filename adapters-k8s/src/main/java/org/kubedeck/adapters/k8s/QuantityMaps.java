package org.kubedeck.adapters.k8s;

import io.kubernetes.client.custom.Quantity;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Resource name to amount, as client-java's models hold it ({@code hard}, {@code allocatable}, a limit's
 * {@code max}...) and as the domain does, in Kubernetes' notation. client-java writes a quantity back in its
 * canonical form, which keeps what a person writes ({@code 500m}, {@code 1Gi}, {@code 10}) but not every
 * spelling: {@code 1.5} comes back as {@code 1500m}, {@code 1024Mi} as {@code 1Gi}.
 */
public final class QuantityMaps {

    private QuantityMaps() {
    }

    /** Empty when the model has none. */
    public static Map<String, String> text(Map<String, Quantity> quantities) {
        if (quantities == null) {
            return Map.of();
        }
        return quantities.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, quantity -> quantity.getValue().toSuffixedString()));
    }

    /** Null for none, so the field is left out of a request as a cluster leaves it out of its answers. */
    public static Map<String, Quantity> quantities(Map<String, String> amounts) {
        if (amounts.isEmpty()) {
            return null;
        }
        return amounts.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, amount -> new Quantity(amount.getValue())));
    }
}
