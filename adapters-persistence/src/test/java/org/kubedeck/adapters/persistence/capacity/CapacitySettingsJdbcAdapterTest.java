package org.kubedeck.adapters.persistence.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kubedeck.adapters.persistence.PostgresTest;
import org.kubedeck.application.capacity.port.out.CapacitySettingsStore;
import org.kubedeck.domain.capacity.NamespaceBudget;
import org.kubedeck.domain.capacity.Prices;
import org.kubedeck.domain.cluster.ClusterName;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Prices and budgets kept per cluster, replaced in place, and gone with their cluster. */
@PostgresTest
class CapacitySettingsJdbcAdapterTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CapacitySettingsStore store;

    private ClusterName cluster;

    @BeforeEach
    void cluster() {
        cluster = ClusterName.of("c-" + UUID.randomUUID().toString().substring(0, 8));
        jdbc.sql("insert into clusters (name, display_name, kubeconfig_key_id, kubeconfig_sealed, created_at) "
                + "values (?, ?, 'k1', ?, ?)").params(cluster.value(), cluster.value(), new byte[] {1},
                OffsetDateTime.now()).update();
    }

    @Test
    void pricesAreNoneUntilSetAndThenReplaced() {
        assertThat(store.prices(cluster)).isEqualTo(Prices.NONE);
        store.savePrices(cluster, new Prices(new BigDecimal("0.05"), new BigDecimal("0.01"), BigDecimal.ONE, "USD"));
        Prices cheaper = new Prices(new BigDecimal("0.000001"), BigDecimal.ZERO, BigDecimal.ZERO, "CNY");
        store.savePrices(cluster, cheaper);

        assertThat(store.prices(cluster)).isEqualTo(cheaper);
        assertThat(jdbc.sql("select count(*) from cluster_prices where cluster = ?").param(cluster.value())
                .query(Long.class).single()).isOne();
    }

    @Test
    void budgetsAreKeptPerNamespaceReplacedRemovedAndGoWithTheirCluster() {
        store.saveBudget(cluster, new NamespaceBudget("shop", new BigDecimal("100")));
        store.saveBudget(cluster, new NamespaceBudget("ml", new BigDecimal("20.5")));
        store.saveBudget(cluster, new NamespaceBudget("shop", new BigDecimal("80")));

        assertThat(store.budgets(cluster)).extracting(NamespaceBudget::namespace).containsExactly("ml", "shop");
        assertThat(store.budgets(cluster).get(1).monthly()).isEqualByComparingTo("80");
        assertThat(store.deleteBudget(cluster, "ml")).isTrue();
        assertThat(store.deleteBudget(cluster, "ml")).isFalse();

        store.savePrices(cluster, new Prices(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, "USD"));
        jdbc.sql("delete from clusters where name = ?").param(cluster.value()).update();
        assertThat(store.budgets(cluster)).isEmpty();
        assertThat(store.prices(cluster)).isEqualTo(Prices.NONE);
    }
}
