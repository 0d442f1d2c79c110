package org.kubedeck.adapters.persistence.capacity;

import java.util.List;
import org.kubedeck.application.capacity.port.out.CapacitySettingsStore;
import org.kubedeck.domain.capacity.NamespaceBudget;
import org.kubedeck.domain.capacity.Prices;
import org.kubedeck.domain.cluster.ClusterName;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Prices in {@code cluster_prices}, one row a cluster; budgets in {@code namespace_budgets}. */
@Component
class CapacitySettingsJdbcAdapter implements CapacitySettingsStore {

    private final JdbcClient jdbc;

    CapacitySettingsJdbcAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Prices prices(ClusterName cluster) {
        return jdbc.sql("select * from cluster_prices where cluster = ?").param(cluster.value())
                .query((rs, row) -> new Prices(rs.getBigDecimal("cpu_core_hour"), rs.getBigDecimal("memory_gib_hour"),
                        rs.getBigDecimal("storage_gib_month"), rs.getString("currency")))
                .optional().orElse(Prices.NONE);
    }

    @Override
    public void savePrices(ClusterName cluster, Prices prices) {
        jdbc.sql("insert into cluster_prices (cluster, cpu_core_hour, memory_gib_hour, storage_gib_month, currency) "
                + "values (?, ?, ?, ?, ?) on conflict (cluster) do update set cpu_core_hour = excluded.cpu_core_hour, "
                + "memory_gib_hour = excluded.memory_gib_hour, storage_gib_month = excluded.storage_gib_month, "
                + "currency = excluded.currency")
                .params(cluster.value(), prices.cpuCoreHour(), prices.memoryGibHour(), prices.storageGibMonth(),
                        prices.currency())
                .update();
    }

    @Override
    public List<NamespaceBudget> budgets(ClusterName cluster) {
        return jdbc.sql("select namespace, monthly from namespace_budgets where cluster = ? order by namespace")
                .param(cluster.value())
                .query((rs, row) -> new NamespaceBudget(rs.getString("namespace"), rs.getBigDecimal("monthly")))
                .list();
    }

    @Override
    public void saveBudget(ClusterName cluster, NamespaceBudget budget) {
        jdbc.sql("insert into namespace_budgets (cluster, namespace, monthly) values (?, ?, ?) "
                + "on conflict (cluster, namespace) do update set monthly = excluded.monthly")
                .params(cluster.value(), budget.namespace(), budget.monthly()).update();
    }

    @Override
    public boolean deleteBudget(ClusterName cluster, String namespace) {
        return jdbc.sql("delete from namespace_budgets where cluster = ? and namespace = ?")
                .params(cluster.value(), namespace).update() > 0;
    }
}
