package org.kubedeck.adapters.persistence.scan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.kubedeck.application.scan.port.out.ScanStore;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.scan.Check;
import org.kubedeck.domain.scan.Finding;
import org.kubedeck.domain.scan.ScanReport;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Scans in {@code scans}, their findings in {@code scan_findings}, written in one transaction. */
@Component
class ScanJdbcAdapter implements ScanStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    ScanJdbcAdapter(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    @Override
    @Transactional
    public void save(ScanReport report) {
        jdbc.sql("insert into scans (id, cluster, namespace, actor, scanned_at, score, objects, silenced) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?)").params(report.id(), report.cluster().value(), report.namespace(),
                report.actor(), Timestamp.from(report.at()), report.score(), report.objects(), report.silenced())
                .update();
        List<Object[]> rows = new ArrayList<>();
        List<Finding> findings = report.findings();
        for (int i = 0; i < findings.size(); i++) {
            Finding finding = findings.get(i);
            rows.add(new Object[] {report.id(), i, finding.check().id(), finding.severity().code(),
                finding.resource(), finding.namespace(), finding.name(), finding.message(), finding.suggestion()});
        }
        batch.batchUpdate("insert into scan_findings (scan_id, position, check_id, severity, resource, namespace, "
                + "name, message, suggestion) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
    }

    @Override
    public List<ScanReport> history(ClusterName cluster, String namespace, int limit) {
        return jdbc.sql("select id, cluster, namespace, actor, scanned_at, score, objects, silenced from scans "
                + "where cluster = ? and namespace = ? order by scanned_at desc, seq desc limit ?")
                .params(cluster.value(), namespace, limit)
                .query((rs, row) -> report(rs, List.of())).list();
    }

    /** One row a cluster; the update wins only where the last turn is old enough, so one replica takes it. */
    @Override
    public boolean takeTurn(ClusterName cluster, Instant now, Duration interval) {
        return jdbc.sql("""
                insert into scan_turns (cluster, last_run) values (?, ?)
                on conflict (cluster) do update set last_run = excluded.last_run
                where scan_turns.last_run <= ?
                """).params(cluster.value(), Timestamp.from(now), Timestamp.from(now.minus(interval))).update() == 1;
    }

    @Override
    public Optional<ScanReport> find(ClusterName cluster, UUID id) {
        List<Finding> findings = jdbc.sql("select check_id, resource, namespace, name, message, suggestion "
                + "from scan_findings where scan_id = ? order by position").param(id)
                .query((rs, row) -> finding(rs)).list().stream().filter(Objects::nonNull).toList();
        return jdbc.sql("select id, cluster, namespace, actor, scanned_at, score, objects, silenced from scans "
                + "where cluster = ? and id = ?").params(cluster.value(), id)
                .query((rs, row) -> report(rs, findings)).optional();
    }

    /** Null for a check this release does not know. */
    private static Finding finding(ResultSet rs) throws SQLException {
        Optional<Check> check = Check.byId(rs.getString("check_id"));
        return check.isEmpty() ? null : new Finding(check.get(), rs.getString("resource"), rs.getString("namespace"),
                rs.getString("name"), rs.getString("message"), rs.getString("suggestion"));
    }

    private static ScanReport report(ResultSet rs, List<Finding> findings) throws SQLException {
        return new ScanReport(rs.getObject("id", UUID.class), new ClusterName(rs.getString("cluster")),
                rs.getString("namespace"), rs.getString("actor"), rs.getTimestamp("scanned_at").toInstant(),
                rs.getInt("score"), rs.getInt("objects"), rs.getInt("silenced"), findings);
    }
}
