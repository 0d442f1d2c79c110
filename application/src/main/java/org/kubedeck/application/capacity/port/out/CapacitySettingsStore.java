package org.kubedeck.application.capacity.port.out;

import java.util.List;
import org.kubedeck.domain.capacity.NamespaceBudget;
import org.kubedeck.domain.capacity.Prices;
import org.kubedeck.domain.cluster.ClusterName;

/** A cluster's prices and its namespaces' monthly budgets, kept in the console's records. */
public interface CapacitySettingsStore {

    /** {@link Prices#NONE} until its admins set some. */
    Prices prices(ClusterName cluster);

    void savePrices(ClusterName cluster, Prices prices);

    /** By namespace. */
    List<NamespaceBudget> budgets(ClusterName cluster);

    /** A budget for the same namespace is replaced. */
    void saveBudget(ClusterName cluster, NamespaceBudget budget);

    /** False when the namespace had none. */
    boolean deleteBudget(ClusterName cluster, String namespace);
}
