package org.kubedeck.domain.quota;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.kube.ResourceQuantity;

/** What a LimitRange sets: per type of object, the bounds and defaults of its resources. */
public record LimitSpec(String name, List<Limit> limits) {

    private static final Set<String> TYPES = Set.of("Container", "Pod", "PersistentVolumeClaim");

    public LimitSpec {
        QuotaSpec.requireName(name);
        if (limits == null || limits.isEmpty()) {
            throw new InvalidInputException("limits", Message.of("quota.limitRangeNeedsLeast",
                    "A limit range needs at least one limit."));
        }
        limits = List.copyOf(limits);
        for (int i = 0; i < limits.size(); i++) {
            limits.get(i).check("limits[" + i + "]");
        }
    }

    /**
     * One entry of {@code spec.limits}; each map is resource name to quantity, empty when not set.
     *
     * @param type {@code Container}, {@code Pod} or {@code PersistentVolumeClaim}
     */
    public record Limit(String type, Map<String, String> max, Map<String, String> min,
            Map<String, String> defaultLimit, Map<String, String> defaultRequest,
            Map<String, String> maxLimitRequestRatio) {

        public Limit {
            max = Map.copyOf(max == null ? Map.of() : max);
            min = Map.copyOf(min == null ? Map.of() : min);
            defaultLimit = Map.copyOf(defaultLimit == null ? Map.of() : defaultLimit);
            defaultRequest = Map.copyOf(defaultRequest == null ? Map.of() : defaultRequest);
            maxLimitRequestRatio = Map.copyOf(maxLimitRequestRatio == null ? Map.of() : maxLimitRequestRatio);
        }

        void check(String field) {
            if (!TYPES.contains(type)) {
                throw new InvalidInputException(field + ".type", Message.of("quota.notLimitTypeContainer",
                        "'{0}' is not a limit type: Container, Pod or PersistentVolumeClaim.", type));
            }
            quantities(field + ".max", max);
            quantities(field + ".min", min);
            quantities(field + ".default", defaultLimit);
            quantities(field + ".defaultRequest", defaultRequest);
            quantities(field + ".maxLimitRequestRatio", maxLimitRequestRatio);
            min.forEach((resource, low) -> {
                String high = max.get(resource);
                if (high != null && ResourceQuantity.amount(field, low)
                        .compareTo(ResourceQuantity.amount(field, high)) > 0) {
                    throw new InvalidInputException(field + ".min." + resource, Message.of("quota.minimumAboveMaximum",
                            "The minimum of {0} ({1}) is above its maximum ({2}).", resource, low, high));
                }
            });
        }

        private static void quantities(String field, Map<String, String> values) {
            values.forEach((resource, value) -> ResourceQuantity.amount(field + "." + resource, value));
        }
    }
}
