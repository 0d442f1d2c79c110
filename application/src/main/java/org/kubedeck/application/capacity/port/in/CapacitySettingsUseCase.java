package org.kubedeck.application.capacity.port.in;

import java.util.List;
import org.kubedeck.domain.capacity.NamespaceBudget;
import org.kubedeck.domain.capacity.Prices;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.user.Actor;

/** A cluster's prices and budgets: read by its readers, set by its admins, each change audited. */
public interface CapacitySettingsUseCase {

    CapacitySettings settings(Actor actor, ClusterName cluster);

    void setPrices(Actor actor, ClusterName cluster, Prices prices);

    void setBudget(Actor actor, ClusterName cluster, NamespaceBudget budget);

    void removeBudget(Actor actor, ClusterName cluster, String namespace);

    record CapacitySettings(Prices prices, List<NamespaceBudget> budgets) {

        public CapacitySettings {
            budgets = List.copyOf(budgets);
        }
    }
}
