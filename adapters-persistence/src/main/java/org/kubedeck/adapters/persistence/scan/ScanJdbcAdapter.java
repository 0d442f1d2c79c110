package org.kubedeck.adapters.persistence.scan;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.kubedeck.application.scan.port.out.ScanStore;
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
        jdbc.sql("insert into scans (id, cluster, namespace, actor, scanned_at, score, objects) "
                + "values (?, ?, ?, ?, ?, ?, ?)").params(report.id(), report.cluster().value(), report.namespace(),
                report.actor(), Timestamp.from(report.at()), report.score(), report.objects()).update();
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
}
