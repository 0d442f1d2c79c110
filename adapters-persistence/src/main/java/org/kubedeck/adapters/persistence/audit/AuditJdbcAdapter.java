package org.kubedeck.adapters.persistence.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.kubedeck.domain.audit.AuditFilter;
import org.kubedeck.domain.audit.AuditPage;
import org.kubedeck.application.audit.port.out.AuditTrail;
import org.kubedeck.domain.audit.AuditAction;
import org.kubedeck.domain.audit.AuditChain;
import org.kubedeck.domain.audit.AuditEvent;
import org.kubedeck.domain.audit.AuditRecord;
import org.kubedeck.domain.audit.Outcome;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.kubedeck.adapters.persistence.AdvisoryLocks;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit log in PostgreSQL. Each append commits on its own, so an entry survives even when the action that
 * caused it fails afterwards (a refused request, say), and the chain lock is held only for one insert.
 */
@Component
class AuditJdbcAdapter implements AuditTrail {

    private static final String COLUMNS = "id, time, actor, client_ip, action, target, cluster, outcome, detail, "
            + "prev_hash, hash";

    private final JdbcClient jdbc;
    private final AuditConnections connections;

    AuditJdbcAdapter(JdbcClient jdbc, AuditConnections connections) {
        this.jdbc = jdbc;
        this.connections = connections;
    }

    /** On the log's own connections, in a transaction of its own: see {@link AuditConnections}. */
    @Override
    public AuditRecord append(AuditEvent event) {
        return connections.inTransaction(own -> append(own, event));
    }

    private static AuditRecord append(JdbcClient jdbc, AuditEvent event) {
        AdvisoryLocks.AUDIT_CHAIN.hold(jdbc);
        String previous = jdbc.sql("select hash from audit_log order by id desc limit 1")
                .query(String.class).optional().orElse(AuditChain.GENESIS);
        String hash = AuditChain.link(previous, event);
        long id = jdbc.sql("""
                insert into audit_log (time, actor, client_ip, action, target, cluster, outcome, detail,
                                       prev_hash, hash)
                values (:time, :actor, :ip, :action, :target, :cluster, :outcome, :detail, :prev, :hash)
                returning id
                """)
                .param("time", OffsetDateTime.ofInstant(event.time(), ZoneOffset.UTC))
                .param("actor", event.actor())
                .param("ip", event.clientIp())
                .param("action", event.action().code())
                .param("target", event.target())
                .param("cluster", event.cluster())
                .param("outcome", event.outcome().code())
                .param("detail", event.detail())
                .param("prev", previous)
                .param("hash", hash)
                .query(Long.class).single();
        return new AuditRecord(id, event, previous, hash);
    }

    @Override
    @Transactional(readOnly = true)
    public AuditPage search(AuditFilter filter, int limit, Long beforeId) {
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from audit_log where true");
        List<Object> params = new ArrayList<>();
        if (filter.from() != null) {
            sql.append(" and time >= ?");
            params.add(OffsetDateTime.ofInstant(filter.from(), ZoneOffset.UTC));
        }
        if (filter.to() != null) {
            sql.append(" and time < ?");
            params.add(OffsetDateTime.ofInstant(filter.to(), ZoneOffset.UTC));
        }
        if (filter.action() != null) {
            sql.append(" and action = ?");
            params.add(filter.action().code());
        }
        if (filter.actor() != null) {
            sql.append(" and actor = ?");
            params.add(filter.actor());
        }
        if (filter.cluster() != null) {
            sql.append(" and cluster = ?");
            params.add(filter.cluster());
        }
        if (beforeId != null) {
            sql.append(" and id < ?");
            params.add(beforeId);
        }
        sql.append(" order by id desc limit ?");
        params.add(limit + 1);
        List<AuditRecord> rows = jdbc.sql(sql.toString()).params(params).query(AuditJdbcAdapter::toRecord).list();
        return AuditPage.fromLookahead(rows, limit);
    }

    @Override
    @Transactional(readOnly = true)
    public List<AuditRecord> readInOrder(long afterId, int limit) {
        return jdbc.sql("select " + COLUMNS + " from audit_log where id > ? order by id limit ?")
                .params(afterId, limit)
                .query(AuditJdbcAdapter::toRecord).list();
    }

    private static AuditRecord toRecord(ResultSet rs, int row) throws SQLException {
        AuditEvent event = new AuditEvent(rs.getObject("time", OffsetDateTime.class).toInstant(),
                rs.getString("actor"), rs.getString("client_ip"),
                AuditAction.fromCode(rs.getString("action")).orElseThrow(
                        () -> new IllegalStateException("Unknown audit action in the log")),
                rs.getString("target"), rs.getString("cluster"), Outcome.fromCode(rs.getString("outcome")),
                rs.getString("detail"));
        return new AuditRecord(rs.getLong("id"), event, rs.getString("prev_hash"), rs.getString("hash"));
    }
}
