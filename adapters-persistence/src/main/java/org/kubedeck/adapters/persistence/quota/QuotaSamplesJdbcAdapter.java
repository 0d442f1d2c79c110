package org.kubedeck.adapters.persistence.quota;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.kubedeck.application.quota.port.out.QuotaSamples;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.quota.QuotaSample;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Samples in {@code quota_samples}; the round is handed out through the single row of {@code quota_sampler}. */
@Component
class QuotaSamplesJdbcAdapter implements QuotaSamples {

    private static final String COLUMNS = "cluster, namespace, quota, resource, used, hard, ratio, sampled_at";
    private static final String INSERT = "insert into quota_samples (" + COLUMNS + ") "
            + "values (:cluster, :namespace, :quota, :resource, :used, :hard, :ratio, :at)";

    private final JdbcClient jdbc;

    QuotaSamplesJdbcAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One statement: concurrent callers queue on the row (or on its key while the first one inserts it), and each
     * re-checks the condition against the last run the one before it wrote, so only the first of a round changes
     * the row.
     */
    @Override
    public boolean takeRound(Instant now, Duration interval) {
        return jdbc.sql("""
                insert into quota_sampler (id, last_run) values (true, ?)
                on conflict (id) do update set last_run = excluded.last_run
                where quota_sampler.last_run <= ?
                """)
                .params(utc(now), utc(now.minus(interval)))
                .update() == 1;
    }

    @Override
    @Transactional
    public void record(List<QuotaSample> samples) {
        for (QuotaSample sample : samples) {
            jdbc.sql(INSERT)
                    .param("cluster", sample.cluster().value())
                    .param("namespace", sample.namespace())
                    .param("quota", sample.quota())
                    .param("resource", sample.resource())
                    .param("used", sample.used(), Types.VARCHAR)
                    .param("hard", sample.hard())
                    .param("ratio", sample.ratio())
                    .param("at", utc(sample.at()))
                    .update();
        }
    }

    /** Sorted by code point ("C"), as Java compares strings, whatever collation the database was made with. */
    @Override
    public List<QuotaSample> latest(Instant since) {
        return jdbc.sql("select " + COLUMNS + """
                 from (
                    select distinct on (cluster, namespace, quota, resource) *
                    from quota_samples where sampled_at >= ?
                    order by cluster, namespace, quota, resource, sampled_at desc) newest
                order by cluster collate "C", namespace collate "C", quota collate "C", resource collate "C"
                """)
                .param(utc(since))
                .query(QuotaSamplesJdbcAdapter::toSample).list();
    }

    @Override
    public List<QuotaSample> series(ClusterName cluster, String namespace, String quota, Instant since) {
        return jdbc.sql("select " + COLUMNS + """
                 from quota_samples
                where cluster = ? and namespace = ? and quota = ? and sampled_at >= ?
                order by sampled_at, resource collate "C"
                """)
                .params(cluster.value(), namespace, quota, utc(since))
                .query(QuotaSamplesJdbcAdapter::toSample).list();
    }

    @Override
    public int prune(Instant before) {
        return jdbc.sql("delete from quota_samples where sampled_at < ?").param(utc(before)).update();
    }

    private static QuotaSample toSample(ResultSet rs, int row) throws SQLException {
        return new QuotaSample(new ClusterName(rs.getString("cluster")), rs.getString("namespace"),
                rs.getString("quota"), rs.getString("resource"), rs.getString("used"), rs.getString("hard"),
                rs.getDouble("ratio"), rs.getObject("sampled_at", OffsetDateTime.class).toInstant());
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
