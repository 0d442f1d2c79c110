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
                .collect(Collectors.toMap(Map.Entry::getKey, quantity -> text(quantity.getValue())));
    }

    /**
     * client-java's canonical form, or the plain number where client-java has no suffix for it (it stops at Pi:
     * {@code 1Ei} would fail). client-java reads such amounts through a double, so they are close, not exact.
     */
    public static String text(Quantity quantity) {
        try {
            return quantity.toSuffixedString();
        } catch (IllegalArgumentException e) {
            return quantity.getNumber().stripTrailingZeros().toPlainString();
        }
    }

    /** Null for none, so the field is left out of a request as a cluster leaves it out of its answers. */
    public static Map<String, Quantity> quantities(Map<String, String> amounts) {
        if (amounts.isEmpty()) {
            return null;
        }
        return amounts.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, amount -> new AsWritten(amount.getValue())));
    }

    /**
     * A quantity sent as it was written (the domain has checked it), the API server putting it in canonical form:
     * client-java's own writing has no suffix past Pi and fails on {@code 1Ei}.
     */
    private static final class AsWritten extends Quantity {

        private final String written;

        AsWritten(String written) {
            super(written);
            this.written = written;
        }

        @Override
        public String toSuffixedString() {
            return written;
        }
    }
}
