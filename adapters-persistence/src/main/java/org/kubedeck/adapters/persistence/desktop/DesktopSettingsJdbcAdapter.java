package org.kubedeck.adapters.persistence.desktop;

import java.util.Optional;
import org.kubedeck.application.desktop.port.out.DesktopSettingsStore;
import org.kubedeck.domain.cluster.ClusterName;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The settings are one row, made by the first choice and kept (with a null cluster) when the choice is cleared. */
@Component
class DesktopSettingsJdbcAdapter implements DesktopSettingsStore {

    private final JdbcClient jdbc;

    DesktopSettingsJdbcAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<ClusterName> chosenCluster() {
        return jdbc.sql("select cluster from desktop_settings").query(String.class).optional()
                .map(ClusterName::new);
    }

    @Override
    public void chooseCluster(ClusterName cluster) {
        jdbc.sql("""
                insert into desktop_settings (id, cluster) values (true, ?)
                on conflict (id) do update set cluster = excluded.cluster
                """)
                .param(cluster == null ? null : cluster.value())
                .update();
    }
}
