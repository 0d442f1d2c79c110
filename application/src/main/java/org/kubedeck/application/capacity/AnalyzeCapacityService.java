package org.kubedeck.application.capacity;

import org.kubedeck.application.UseCase;
import org.kubedeck.application.capacity.port.in.AnalyzeCapacityQuery;
import org.kubedeck.application.capacity.port.out.CapacityCluster;
import org.kubedeck.application.capacity.port.out.CapacitySettingsStore;
import org.kubedeck.application.kube.ClusterGate;
import org.kubedeck.domain.capacity.CapacityReport;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.ClusterAction;

/** The cluster read once, then judged in the domain at the cluster's prices and budgets. */
@UseCase
class AnalyzeCapacityService implements AnalyzeCapacityQuery {

    private final ClusterGate gate;
    private final CapacityCluster cluster;
    private final CapacitySettingsStore settings;

    AnalyzeCapacityService(ClusterGate gate, CapacityCluster cluster, CapacitySettingsStore settings) {
        this.gate = gate;
        this.cluster = cluster;
        this.settings = settings;
    }

    @Override
    public CapacityReport analyze(Actor actor, CapacityCommand command) {
        String namespace = command.namespace();
        ClusterAccess access = gate.open(actor, command.cluster(), ClusterAction.VIEW, "analyze the capacity of "
                + command.cluster() + (namespace.isEmpty() ? "" : " in " + namespace), namespace.isEmpty()
                ? command.cluster().value() : namespace);
        return CapacityReport.of(cluster.read(access, namespace.isEmpty() ? null : namespace),
                settings.prices(command.cluster()), settings.budgets(command.cluster()));
    }
}
