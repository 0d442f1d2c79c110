package org.kubedeck.domain.kube;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** One {@code matchExpressions} entry of a label selector: {@code tier In (front, edge)}, {@code canary DoesNotExist}. */
public record SelectorRequirement(String key, Operator operator, List<String> values) {

    public enum Operator {
        IN, NOT_IN, EXISTS, DOES_NOT_EXIST;

        /** Kubernetes spells them In, NotIn, Exists, DoesNotExist. */
        public static Operator of(String kubernetesName) {
            return switch (kubernetesName == null ? "" : kubernetesName) {
                case "In" -> IN;
                case "NotIn" -> NOT_IN;
                case "Exists" -> EXISTS;
                case "DoesNotExist" -> DOES_NOT_EXIST;
                default -> throw new IllegalArgumentException("Unknown selector operator " + kubernetesName);
            };
        }
    }

    public SelectorRequirement {
        Objects.requireNonNull(key);
        Objects.requireNonNull(operator);
        values = List.copyOf(values == null ? List.of() : values);
    }

    public boolean matches(Map<String, String> labels) {
        String value = labels.get(key);
        return switch (operator) {
            case IN -> value != null && values.contains(value);
            case NOT_IN -> value == null || !values.contains(value);
            case EXISTS -> value != null;
            case DOES_NOT_EXIST -> value == null;
        };
    }

    /** The label selector syntax of the Kubernetes API: {@code tier in (edge,front)}, {@code !canary}. */
    public String toQuery() {
        return switch (operator) {
            case IN, NOT_IN -> key + " " + operator.name().toLowerCase(Locale.ROOT).replace("_", "") + " ("
                    + String.join(",", values) + ")";
            case EXISTS -> key;
            case DOES_NOT_EXIST -> "!" + key;
        };
    }
}
