package org.kubedeck.application.capacity;

import org.kubedeck.application.UseCase;
import org.kubedeck.application.audit.AuditLog;
import org.kubedeck.application.capacity.port.in.CapacitySettingsUseCase;
import org.kubedeck.application.capacity.port.out.CapacitySettingsStore;
import org.kubedeck.application.kube.ClusterGate;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.NotFoundException;
import org.kubedeck.domain.audit.AuditAction;
import org.kubedeck.domain.audit.AuditDetail;
import org.kubedeck.domain.capacity.NamespaceBudget;
import org.kubedeck.domain.capacity.Prices;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.kube.ResourceRef;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.ClusterAction;

/** Settings kept in the console's records: the permission checked, the cluster not asked. */
@UseCase
class CapacitySettingsService implements CapacitySettingsUseCase {

    private final ClusterGate gate;
    private final CapacitySettingsStore store;
    private final AuditLog auditLog;

    CapacitySettingsService(ClusterGate gate, CapacitySettingsStore store, AuditLog auditLog) {
        this.gate = gate;
        this.store = store;
        this.auditLog = auditLog;
    }

    @Override
    public CapacitySettings settings(Actor actor, ClusterName cluster) {
        gate.require(actor, cluster, ClusterAction.VIEW, "view the prices of " + cluster, cluster.value());
        return new CapacitySettings(store.prices(cluster), store.budgets(cluster));
    }

    @Override
    public void setPrices(Actor actor, ClusterName cluster, Prices prices) {
        gate.require(actor, cluster, ClusterAction.CONFIGURE, "set the prices of " + cluster, cluster.value());
        store.savePrices(cluster, prices);
        auditLog.success(actor, AuditAction.PRICES_SET, cluster.value(), cluster.value(), AuditDetail.of(
                "cpu_core_hour", prices.cpuCoreHour().toPlainString(), "memory_gib_hour",
                prices.memoryGibHour().toPlainString(), "storage_gib_month", prices.storageGibMonth().toPlainString(),
                "currency", prices.currency()));
    }

    @Override
    public void setBudget(Actor actor, ClusterName cluster, NamespaceBudget budget) {
        gate.require(actor, cluster, ClusterAction.CONFIGURE, "set a budget in " + cluster, budget.namespace());
        store.saveBudget(cluster, budget);
        auditLog.success(actor, AuditAction.BUDGET_SET, budget.namespace(), cluster.value(),
                AuditDetail.of("monthly", budget.monthly().toPlainString()));
    }

    @Override
    public void removeBudget(Actor actor, ClusterName cluster, String namespace) {
        String checked = ResourceRef.checkNamespace(namespace);
        gate.require(actor, cluster, ClusterAction.CONFIGURE, "remove a budget in " + cluster, checked);
        if (!store.deleteBudget(cluster, checked)) {
            throw new NotFoundException(Message.of("capacity.noBudget", "Namespace {0} has no budget.", checked));
        }
        auditLog.success(actor, AuditAction.BUDGET_REMOVED, checked, cluster.value(), AuditDetail.EMPTY);
    }
}
