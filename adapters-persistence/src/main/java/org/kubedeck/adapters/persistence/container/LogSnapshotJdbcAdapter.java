package org.kubedeck.adapters.persistence.container;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.kubedeck.application.container.port.out.LogSnapshots;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.container.ContainerRef;
import org.kubedeck.domain.container.LogSnapshot;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Snapshots in {@code log_snapshots}, their lines compressed. */
@Component
class LogSnapshotJdbcAdapter implements LogSnapshots {

    private static final String COLUMNS = "id, cluster, namespace, pod, container, taken_by, taken_at, expires_at, "
            + "lines, bytes, truncated";

    private final JdbcClient jdbc;
    private final ClusterRecords records;

    LogSnapshotJdbcAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.records = new ClusterRecords(jdbc, "log_snapshots", COLUMNS, "taken_at", "content_gzip");
    }

    @Override
    public void save(LogSnapshot snapshot, byte[] content) {
        ContainerRef container = snapshot.container();
        records.insert(new Object[] {snapshot.id(), container.cluster().value(), container.namespace(),
            container.podName(), container.container(), snapshot.takenBy(), Timestamp.from(snapshot.takenAt()),
            Timestamp.from(snapshot.expiresAt()), snapshot.lines(), snapshot.bytes(), snapshot.truncated()}, content);
    }

    @Override
    public List<LogSnapshot> list(ClusterName cluster, int limit) {
        return records.newest(cluster, limit, (rs, row) -> snapshot(rs));
    }

    @Override
    public Optional<LogSnapshot> find(ClusterName cluster, UUID id) {
        return records.find(cluster, id, (rs, row) -> snapshot(rs));
    }

    @Override
    public Optional<byte[]> content(ClusterName cluster, UUID id) {
        return records.body(cluster, id);
    }

    @Override
    public boolean delete(ClusterName cluster, UUID id) {
        return jdbc.sql("delete from log_snapshots where cluster = ? and id = ?").params(cluster.value(), id)
                .update() > 0;
    }

    @Override
    public int deleteExpired(Instant now) {
        return jdbc.sql("delete from log_snapshots where expires_at < ?").param(Timestamp.from(now)).update();
    }

    private static LogSnapshot snapshot(ResultSet rs) throws SQLException {
        return new LogSnapshot(rs.getObject("id", UUID.class), ContainerRef.of(new ClusterName(rs.getString("cluster")),
                rs.getString("namespace"), rs.getString("pod"), rs.getString("container")), rs.getString("taken_by"),
                rs.getTimestamp("taken_at").toInstant(), rs.getTimestamp("expires_at").toInstant(), rs.getInt("lines"),
                rs.getLong("bytes"), rs.getBoolean("truncated"));
    }
}
