package org.kubedeck.adapters.persistence.scan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.kubedeck.application.scan.port.out.SilenceStore;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.scan.Check;
import org.kubedeck.domain.scan.Silence;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Silences in {@code scan_silences}, one per check and object. */
@Component
class SilenceJdbcAdapter implements SilenceStore {

    private final JdbcClient jdbc;

    SilenceJdbcAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void save(Silence silence) {
        jdbc.sql("insert into scan_silences (id, cluster, check_id, namespace, name, reason, silenced_by, silenced_at) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (cluster, check_id, namespace, name) do update set "
                + "id = excluded.id, reason = excluded.reason, silenced_by = excluded.silenced_by, "
                + "silenced_at = excluded.silenced_at")
                .params(silence.id(), silence.cluster().value(), silence.check().id(), silence.namespace(),
                        silence.name(), silence.reason(), silence.by(), Timestamp.from(silence.at()))
                .update();
    }

    @Override
    public List<Silence> list(ClusterName cluster) {
        return jdbc.sql("select * from scan_silences where cluster = ? order by check_id, namespace, name")
                .param(cluster.value()).query((rs, row) -> silence(rs)).list().stream().filter(Objects::nonNull)
                .toList();
    }

    @Override
    public boolean delete(ClusterName cluster, UUID id) {
        return jdbc.sql("delete from scan_silences where cluster = ? and id = ?").params(cluster.value(), id)
                .update() > 0;
    }

    /** Null for a check this release does not know. */
    private static Silence silence(ResultSet rs) throws SQLException {
        Optional<Check> check = Check.byId(rs.getString("check_id"));
        return check.isEmpty() ? null : new Silence(rs.getObject("id", UUID.class),
                new ClusterName(rs.getString("cluster")), check.get(), rs.getString("namespace"), rs.getString("name"),
                rs.getString("reason"), rs.getString("silenced_by"), rs.getTimestamp("silenced_at").toInstant());
    }
}
