package org.kubedeck.adapters.persistence.workload;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import org.kubedeck.application.workload.port.out.RestoreSchedule;
import org.kubedeck.domain.cluster.ClusterName;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class RestoreScheduleJdbcAdapter implements RestoreSchedule {

    private final JdbcClient jdbc;

    RestoreScheduleJdbcAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void plan(PlannedRestore restore) {
        jdbc.sql("""
                insert into planned_restores (cluster, namespace, pod, due_at, requested_by)
                values (?, ?, ?, ?, ?)
                on conflict (cluster, namespace, pod)
                do update set due_at = excluded.due_at, requested_by = excluded.requested_by
                """)
                .params(restore.cluster().value(), restore.namespace(), restore.pod(), utc(restore.dueAt()),
                        restore.requestedBy())
                .update();
    }

    /** One statement: rows locked by another replica are skipped, the rest deleted and returned. */
    @Override
    public List<PlannedRestore> takeDue(Instant now, int limit) {
        return jdbc.sql("""
                delete from planned_restores
                where (cluster, namespace, pod) in (
                    select cluster, namespace, pod from planned_restores
                    where due_at <= ? order by due_at limit ? for update skip locked)
                returning cluster, namespace, pod, due_at, requested_by
                """)
                .params(utc(now), limit)
                .query(RestoreScheduleJdbcAdapter::toRestore).list();
    }

    @Override
    public void cancel(ClusterName cluster, String namespace, Collection<String> pods) {
        if (pods.isEmpty()) {
            return;
        }
        jdbc.sql("delete from planned_restores where cluster = ? and namespace = ? and pod = any(?)")
                .params(cluster.value(), namespace, pods.toArray(String[]::new)).update();
    }

    @Override
    public List<PlannedRestore> planned(ClusterName cluster, String namespace) {
        return jdbc.sql("""
                select cluster, namespace, pod, due_at, requested_by from planned_restores
                where cluster = ? and namespace = ? order by pod
                """)
                .params(cluster.value(), namespace)
                .query(RestoreScheduleJdbcAdapter::toRestore).list();
    }

    private static PlannedRestore toRestore(ResultSet rs, int row) throws SQLException {
        return new PlannedRestore(new ClusterName(rs.getString("cluster")), rs.getString("namespace"),
                rs.getString("pod"), rs.getObject("due_at", OffsetDateTime.class).toInstant(),
                rs.getString("requested_by"));
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
