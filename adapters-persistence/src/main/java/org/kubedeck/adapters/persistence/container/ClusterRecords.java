package org.kubedeck.adapters.persistence.container;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.kubedeck.domain.cluster.ClusterName;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A table of records kept per cluster, each with an id, a time and a gzipped body (transcripts, log snapshots):
 * the reads they share. A record is only ever found through its cluster.
 */
record ClusterRecords(JdbcClient jdbc, String table, String columns, String timeColumn, String bodyColumn) {

    /** The cluster's newest first, at most {@code limit}. */
    <T> List<T> newest(ClusterName cluster, int limit, RowMapper<T> mapper) {
        return jdbc.sql("select " + columns + " from " + table + " where cluster = ? order by " + timeColumn
                + " desc limit ?").params(cluster.value(), limit).query(mapper).list();
    }

    <T> Optional<T> find(ClusterName cluster, UUID id, RowMapper<T> mapper) {
        return jdbc.sql("select " + columns + " from " + table + " where cluster = ? and id = ?")
                .params(cluster.value(), id).query(mapper).optional();
    }

    /** The body, unpacked. */
    Optional<byte[]> body(ClusterName cluster, UUID id) {
        return jdbc.sql("select " + bodyColumn + " from " + table + " where cluster = ? and id = ?")
                .params(cluster.value(), id).query((rs, row) -> Gzip.unpack(rs.getBytes(bodyColumn))).optional();
    }

    /** Stores a record: its columns' values in order, then its body, packed. */
    void insert(Object[] values, byte[] body) {
        Object[] all = Arrays.copyOf(values, values.length + 1);
        all[values.length] = Gzip.pack(body);
        jdbc.sql("insert into " + table + " (" + columns + ", " + bodyColumn + ") values ("
                + "?, ".repeat(values.length) + "?)").params(all).update();
    }
}
