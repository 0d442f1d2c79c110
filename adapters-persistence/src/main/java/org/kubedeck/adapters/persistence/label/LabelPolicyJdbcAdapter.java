package org.kubedeck.adapters.persistence.label;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.kubedeck.application.label.port.out.LabelPolicyStore;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.label.LabelPolicy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Label policies in {@code label_policies}, one per cluster and key. */
@Component
class LabelPolicyJdbcAdapter implements LabelPolicyStore {

    private final JdbcClient jdbc;

    LabelPolicyJdbcAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void save(ClusterName cluster, LabelPolicy policy, String by, Instant at) {
        jdbc.sql("insert into label_policies (id, cluster, label_key, kinds, allowed, pattern, set_by, set_at) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (cluster, label_key) do update set id = excluded.id, "
                + "kinds = excluded.kinds, allowed = excluded.allowed, pattern = excluded.pattern, "
                + "set_by = excluded.set_by, set_at = excluded.set_at")
                .params(policy.id(), cluster.value(), policy.key(), policy.kinds().toArray(String[]::new),
                        policy.allowed().toArray(String[]::new), policy.pattern(), by, Timestamp.from(at))
                .update();
    }

    @Override
    public List<LabelPolicy> list(ClusterName cluster) {
        return jdbc.sql("select * from label_policies where cluster = ? order by label_key").param(cluster.value())
                .query((rs, row) -> policy(rs)).list();
    }

    @Override
    public boolean delete(ClusterName cluster, UUID id) {
        return jdbc.sql("delete from label_policies where cluster = ? and id = ?").params(cluster.value(), id)
                .update() > 0;
    }

    private static LabelPolicy policy(ResultSet rs) throws SQLException {
        return new LabelPolicy(rs.getObject("id", UUID.class), rs.getString("label_key"), texts(rs.getArray("kinds")),
                texts(rs.getArray("allowed")), rs.getString("pattern"));
    }

    private static List<String> texts(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
