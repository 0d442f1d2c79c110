package org.kubedeck.adapters.persistence.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kubedeck.adapters.persistence.PostgresTest;
import org.kubedeck.application.desktop.port.out.DesktopSettingsStore;
import org.kubedeck.application.testing.DesktopSettingsStoreContract;
import org.kubedeck.domain.cluster.ClusterName;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PostgresTest
class DesktopSettingsJdbcAdapterTest extends DesktopSettingsStoreContract {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DesktopSettingsJdbcAdapterTest(DesktopSettingsStore store) {
        super(store);
    }

    @Test
    void theSettingsStayOneRow() {
        store().chooseCluster(ClusterName.of("east"));
        store().chooseCluster(null);
        store().chooseCluster(ClusterName.of("west"));

        assertThat(jdbc.sql("select count(*) from desktop_settings").query(Long.class).single()).isEqualTo(1);
    }
}
