package org.kubedeck.domain.scan;

import java.util.List;
import java.util.Objects;
import org.kubedeck.domain.capacity.NamespaceBudget;
import org.kubedeck.domain.capacity.Prices;
import org.kubedeck.domain.label.LabelPolicy;

/** What a cluster's admins set that a scan judges by: label policies, prices and namespaces' budgets. */
public record ClusterRules(List<LabelPolicy> policies, Prices prices, List<NamespaceBudget> budgets) {

    public static final ClusterRules NONE = new ClusterRules(List.of(), Prices.NONE, List.of());

    public ClusterRules {
        policies = List.copyOf(policies);
        Objects.requireNonNull(prices);
        budgets = List.copyOf(budgets);
    }
}
