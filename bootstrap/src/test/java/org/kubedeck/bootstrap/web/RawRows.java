package org.kubedeck.bootstrap.web;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every column of the rows a query returns, as text, the way someone who reads the database sees them: bytes as
 * they are (ISO-8859-1, so plaintext kept in a bytea column shows), everything else as PostgreSQL writes it.
 */
public final class RawRows {

    private RawRows() {
    }

    public static List<String> columns(JdbcClient jdbc, String query, Object... params) {
        List<String> columns = new ArrayList<>();
        jdbc.sql(query).params(params).query(rs -> {
            ResultSetMetaData meta = rs.getMetaData();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                Object value = rs.getObject(i);
                if (value instanceof byte[] bytes) {
                    columns.add(new String(bytes, StandardCharsets.ISO_8859_1));
                } else if (value != null) {
                    columns.add(rs.getString(i));
                }
            }
        });
        return columns;
    }
}
