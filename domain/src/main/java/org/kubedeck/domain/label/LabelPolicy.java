package org.kubedeck.domain.label;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.kube.LabelSyntax;

/**
 * A label a cluster requires on the objects of some kinds: the key, and either the values it may take or a pattern
 * its value must match (neither: any value). A scan reports each object that breaks it.
 *
 * @param kinds   the kinds it applies to, as the API names them ({@code deployments.apps}, {@code services})
 * @param allowed the values it may take; empty: any that the pattern allows
 * @param pattern a regular expression the whole value must match; empty: any
 */
public record LabelPolicy(UUID id, String key, List<String> kinds, List<String> allowed, String pattern) {

    private static final int MOST_PATTERN = 200;

    public LabelPolicy {
        Objects.requireNonNull(id);
        LabelSyntax.requireKey("key", key);
        kinds = List.copyOf(kinds);
        if (kinds.isEmpty()) {
            throw new InvalidInputException("kinds", Message.of("label.policyNeedsKinds",
                    "Choose the kinds the policy applies to."));
        }
        allowed = List.copyOf(allowed == null ? List.of() : allowed);
        allowed.forEach(value -> LabelSyntax.requireValue("allowed", value));
        pattern = pattern == null ? "" : pattern.trim();
        if (pattern.length() > MOST_PATTERN) {
            throw new InvalidInputException("pattern", Message.of("label.policyPatternLong",
                    "A pattern has at most {0} characters.", MOST_PATTERN));
        }
        if (!pattern.isEmpty()) {
            try {
                Pattern.compile(pattern);
            } catch (PatternSyntaxException e) {
                throw new InvalidInputException("pattern", Message.of("label.policyPatternInvalid",
                        "'{0}' is not a regular expression.", pattern));
            }
        }
    }

    public boolean appliesTo(String resource) {
        return kinds.contains(resource);
    }

    /** What is wrong with an object of these labels, in a sentence; empty when it keeps the policy. */
    public Optional<String> violation(Map<String, String> labels) {
        String value = labels.get(key);
        if (value == null) {
            return Optional.of("It has no label " + key + ", which the cluster's policy requires.");
        }
        if (!allowed.isEmpty() && !allowed.contains(value)) {
            return Optional.of("Its label " + key + "=" + value + " is not one of " + String.join(", ", allowed)
                    + ".");
        }
        if (!pattern.isEmpty() && !Pattern.compile(pattern).matcher(value).matches()) {
            return Optional.of("Its label " + key + "=" + value + " does not match " + pattern + ".");
        }
        return Optional.empty();
    }

    /** The value a batch fix sets when the key is missing: the first allowed one, else none to offer. */
    public String suggestedValue() {
        return allowed.isEmpty() ? "" : allowed.get(0);
    }
}
