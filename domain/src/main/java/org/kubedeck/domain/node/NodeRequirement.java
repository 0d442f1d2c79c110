package org.kubedeck.domain.node;

import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.kube.LabelSelector;
import org.kubedeck.domain.kube.LabelSyntax;
import org.kubedeck.domain.kube.SelectorRequirement;

/**
 * One requirement of a node selector term, on a node label ({@code matchExpressions}) or, with {@code field}, on
 * the node's name ({@code matchFields}, whose only key is {@code metadata.name}). Written as in a label selector,
 * plus comparisons: {@code zone in (a, b)}, {@code disktype=ssd}, {@code !spot}, {@code cores > 8},
 * {@code field:metadata.name in (node-1)}.
 */
public record NodeRequirement(String key, Operator operator, List<String> values, boolean field) {

    /** The field prefix of a {@code matchFields} requirement. */
    public static final String FIELD_PREFIX = "field:";
    public static final String NODE_NAME = "metadata.name";
    private static final Pattern COMPARISON = Pattern.compile("([^<>\\s]+)\\s*([<>])\\s*(\\S+)");

    public enum Operator {
        IN("In"), NOT_IN("NotIn"), EXISTS("Exists"), DOES_NOT_EXIST("DoesNotExist"), GT("Gt"), LT("Lt");

        private final String kubernetesName;

        Operator(String kubernetesName) {
            this.kubernetesName = kubernetesName;
        }

        public String kubernetesName() {
            return kubernetesName;
        }

        public static Operator of(String kubernetesName) {
            for (Operator operator : values()) {
                if (operator.kubernetesName.equals(kubernetesName)) {
                    return operator;
                }
            }
            throw new IllegalArgumentException("Unknown node selector operator " + kubernetesName);
        }
    }

    public NodeRequirement {
        Objects.requireNonNull(key);
        Objects.requireNonNull(operator);
        values = List.copyOf(values == null ? List.of() : values);
    }

    /** Whether the node meets it; a comparison with a label that is not a whole number fails, as in Kubernetes. */
    public boolean matches(NodeView node) {
        String value = field ? (NODE_NAME.equals(key) ? node.name() : null) : node.labels().get(key);
        return switch (operator) {
            case IN -> value != null && values.contains(value);
            case NOT_IN -> value == null || !values.contains(value);
            case EXISTS -> value != null;
            case DOES_NOT_EXIST -> value == null;
            case GT, LT -> compare(value) != null
                    && (operator == Operator.GT ? compare(value) > 0 : compare(value) < 0);
        };
    }

    private Integer compare(String value) {
        try {
            return value == null ? null : Long.compare(Long.parseLong(value), Long.parseLong(values.get(0)));
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            return null;
        }
    }

    /** As typed in the form, and read back by {@link #parse}: {@code zone in (a, b)}, {@code cores > 8}. */
    public String describe() {
        String prefix = field ? FIELD_PREFIX : "";
        return prefix + switch (operator) {
            case IN -> values.size() == 1 ? key + "=" + values.get(0) : key + " in (" + String.join(", ", values) + ")";
            case NOT_IN -> values.size() == 1 ? key + "!=" + values.get(0)
                    : key + " notin (" + String.join(", ", values) + ")";
            case EXISTS -> key;
            case DOES_NOT_EXIST -> "!" + key;
            case GT -> key + " > " + values.get(0);
            case LT -> key + " < " + values.get(0);
        };
    }

    /** One requirement as {@link #describe} writes it; InvalidInputException naming {@code field} otherwise. */
    public static NodeRequirement parse(String inputField, String text) {
        String trimmed = text.trim();
        boolean onField = trimmed.startsWith(FIELD_PREFIX);
        String rest = onField ? trimmed.substring(FIELD_PREFIX.length()).trim() : trimmed;
        Matcher comparison = COMPARISON.matcher(rest);
        NodeRequirement requirement;
        if (comparison.matches()) {
            if (!comparison.group(3).matches("-?\\d{1,18}")) {
                throw invalid(inputField, trimmed, "compare with a whole number");
            }
            requirement = new NodeRequirement(LabelSyntax.requireKey(inputField, comparison.group(1)),
                    comparison.group(2).equals(">") ? Operator.GT : Operator.LT, List.of(comparison.group(3)),
                    onField);
        } else {
            SelectorRequirement selector;
            try {
                selector = LabelSelector.requirement(rest);
            } catch (InvalidInputException e) {
                throw invalid(inputField, trimmed, "write key=value, key!=value, key in (a, b), key notin (a, b), "
                        + "key, !key, key > 3 or key < 3");
            }
            requirement = new NodeRequirement(selector.key(), Operator.valueOf(selector.operator().name()),
                    selector.values(), onField);
        }
        if (onField && (!NODE_NAME.equals(requirement.key())
                || !(requirement.operator() == Operator.IN || requirement.operator() == Operator.NOT_IN))) {
            throw invalid(inputField, trimmed, "a field requirement is metadata.name in (…) or notin (…)");
        }
        return requirement;
    }

    private static InvalidInputException invalid(String field, String text, String why) {
        return new InvalidInputException(field, Message.of("node.notNodeRequirement",
                "'{0}' is not a node requirement: {1}.", text, why));
    }
}
