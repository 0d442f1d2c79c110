package org.kubedeck.domain.kube;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.kube.SelectorRequirement.Operator;

/**
 * A label selector as typed: equality ({@code app=web}, {@code app==web}, {@code tier!=db}) and set-based
 * ({@code tier in (front,edge)}, {@code env notin (dev)}, {@code canary}, {@code !canary}) requirements,
 * comma-separated, all of which must hold. An empty selector matches everything.
 */
public record LabelSelector(List<SelectorRequirement> requirements) {

    public static final String FIELD = "selector";
    private static final Pattern SET = Pattern.compile("(\\S+)\\s+(in|notin)\\s*\\(([^)]*)\\)");
    private static final Pattern EQUALITY = Pattern.compile("([^=!\\s]+)\\s*(==|=|!=)\\s*(\\S*)");
    private static final Pattern EXISTS = Pattern.compile("(!?)\\s*([^=!\\s(),]+)");

    public LabelSelector {
        requirements = List.copyOf(requirements);
    }

    public static LabelSelector parse(String text) {
        List<SelectorRequirement> requirements = new ArrayList<>();
        for (String part : split(text == null ? "" : text)) {
            requirements.add(requirement(part.trim()));
        }
        return new LabelSelector(requirements);
    }

    public boolean matches(Map<String, String> labels) {
        return requirements.stream().allMatch(requirement -> requirement.matches(labels));
    }

    /** The selector as the Kubernetes API takes it ({@code labelSelector=}); empty for everything. */
    public String toQuery() {
        return requirements.stream().map(SelectorRequirement::toQuery).collect(Collectors.joining(","));
    }

    /**
     * One requirement as typed ({@code tier in (a,b)}, {@code !canary}); InvalidInputException (field selector)
     * otherwise.
     */
    public static SelectorRequirement requirement(String part) {
        Matcher set = SET.matcher(part);
        if (set.matches()) {
            List<String> values = Arrays.stream(set.group(3).split(",")).map(String::trim)
                    .filter(value -> !value.isEmpty()).toList();
            if (values.isEmpty()) {
                throw invalid(part, "a set needs at least one value");
            }
            values.forEach(value -> LabelSyntax.requireValue(FIELD, value));
            return new SelectorRequirement(LabelSyntax.requireKey(FIELD, set.group(1)),
                    set.group(2).equals("in") ? Operator.IN : Operator.NOT_IN, values);
        }
        Matcher equality = EQUALITY.matcher(part);
        if (equality.matches()) {
            String value = LabelSyntax.requireValue(FIELD, equality.group(3));
            return new SelectorRequirement(LabelSyntax.requireKey(FIELD, equality.group(1)),
                    equality.group(2).equals("!=") ? Operator.NOT_IN : Operator.IN, List.of(value));
        }
        Matcher exists = EXISTS.matcher(part);
        if (exists.matches()) {
            return new SelectorRequirement(LabelSyntax.requireKey(FIELD, exists.group(2)),
                    exists.group(1).isEmpty() ? Operator.EXISTS : Operator.DOES_NOT_EXIST, List.of());
        }
        throw invalid(part, "write key=value, key!=value, key in (a,b), key notin (a,b), key or !key");
    }

    /** The comma-separated requirements of a selector as typed; commas inside parentheses belong to a set. */
    public static List<String> split(String text) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        StringBuilder current = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            }
            if (c == ',' && depth == 0) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (depth != 0) {
            throw invalid(text, "a parenthesis is not closed");
        }
        if (!current.toString().isBlank() || !parts.isEmpty()) {
            parts.add(current.toString());
        }
        for (String part : parts) {
            if (part.isBlank()) {
                throw invalid(text, "a requirement between commas is empty");
            }
        }
        return parts;
    }

    private static InvalidInputException invalid(String part, String why) {
        return new InvalidInputException(FIELD, Message.of("kube.notLabelSelector",
                "'{0}' is not a label selector: {1}.", part.trim(), why));
    }
}
