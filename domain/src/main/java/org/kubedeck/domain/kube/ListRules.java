package org.kubedeck.domain.kube;

import java.util.List;
import java.util.Optional;

/**
 * What a cluster's credentials may list in one namespace, as the API server's rules review answers: the rules of
 * the roles bound to them there and cluster-wide.
 *
 * @param incomplete the server could not say everything (an authorizer that does not list rules, such as a
 *                   webhook): a kind no rule allows may still be allowed
 */
public record ListRules(String namespace, List<Rule> rules, boolean incomplete) {

    /** Every kind allowed; for a cluster where nobody asked, or whose server does not review rules. */
    public static ListRules unknown(String namespace) {
        return new ListRules(namespace, List.of(), true);
    }

    public ListRules {
        rules = List.copyOf(rules);
    }

    /**
     * Whether the credentials may list the kind: true or false when the rules say it, empty when the review was
     * incomplete and no rule allows it.
     */
    public Optional<Boolean> mayList(ResourceKind kind) {
        if (rules.stream().anyMatch(rule -> rule.allows("list", kind))) {
            return Optional.of(true);
        }
        return incomplete ? Optional.empty() : Optional.of(false);
    }

    /** One resource rule: {@code *} stands for any verb, group or resource. */
    public record Rule(List<String> verbs, List<String> groups, List<String> resources) {

        public Rule {
            verbs = List.copyOf(verbs);
            groups = List.copyOf(groups);
            resources = List.copyOf(resources);
        }

        boolean allows(String verb, ResourceKind kind) {
            return any(verbs, verb) && any(groups, kind.group()) && any(resources, kind.plural());
        }

        private static boolean any(List<String> allowed, String wanted) {
            return allowed.contains("*") || allowed.contains(wanted);
        }
    }
}
