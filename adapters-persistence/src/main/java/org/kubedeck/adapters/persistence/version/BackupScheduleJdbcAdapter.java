package org.kubedeck.adapters.persistence.version;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.kubedeck.application.version.port.out.BackupSchedules;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.version.BackupSchedule;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Schedules in {@code backup_schedules}, with Spring's cron expressions evaluated in UTC. */
@Component
class BackupScheduleJdbcAdapter implements BackupSchedules {

    private static final String COLUMNS = "cluster, namespace, cron, next_run, author";
    private static final int MAX_CRON_LENGTH = 100;

    private final JdbcClient jdbc;

    BackupScheduleJdbcAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public BackupSchedule set(ClusterName cluster, String namespace, String cron, String author, Instant now) {
        String expression = validCron(cron);
        return jdbc.sql("""
                insert into backup_schedules (cluster, namespace, cron, next_run, author)
                values (?, ?, ?, ?, ?)
                on conflict (cluster, namespace)
                do update set cron = excluded.cron, next_run = excluded.next_run, author = excluded.author
                """ + "returning " + COLUMNS)
                .params(cluster.value(), namespace, expression, utc(nextRun(expression, now)), author)
                .query(BackupScheduleJdbcAdapter::toSchedule).single();
    }

    @Override
    public boolean remove(ClusterName cluster, String namespace) {
        return jdbc.sql("delete from backup_schedules where cluster = ? and namespace = ?")
                .params(cluster.value(), namespace).update() > 0;
    }

    @Override
    public List<BackupSchedule> list(ClusterName cluster) {
        return jdbc.sql("select " + COLUMNS + " from backup_schedules where cluster = ? order by namespace")
                .param(cluster.value()).query(BackupScheduleJdbcAdapter::toSchedule).list();
    }

    /**
     * The due rows are locked until the transaction ends, and rows another replica holds are skipped, so each due
     * schedule goes to one caller; by the time the lock is released its next run lies past {@code now}.
     */
    @Override
    @Transactional
    public List<BackupSchedule> takeDue(Instant now, int limit) {
        List<BackupSchedule> due = jdbc.sql("select " + COLUMNS + " from backup_schedules where next_run <= ? "
                        + "order by next_run, cluster, namespace limit ? for update skip locked")
                .params(utc(now), Math.max(0, limit))
                .query(BackupScheduleJdbcAdapter::toSchedule).list();
        List<BackupSchedule> taken = new ArrayList<>(due.size());
        for (BackupSchedule schedule : due) {
            Instant next = nextRun(schedule.cron(), now);
            jdbc.sql("update backup_schedules set next_run = ? where cluster = ? and namespace = ?")
                    .params(utc(next), schedule.cluster().value(), schedule.namespace()).update();
            taken.add(new BackupSchedule(schedule.cluster(), schedule.namespace(), schedule.cron(), next,
                    schedule.author()));
        }
        return taken;
    }

    /**
     * The expression with its fields one space apart, if Spring reads it and it has six fields: the port promises
     * six, which rules out Spring's macros such as {@code @daily}.
     */
    private static String validCron(String cron) {
        String expression = cron == null ? "" : String.join(" ", cron.trim().split("\\s+"));
        if (expression.length() > MAX_CRON_LENGTH || expression.split(" ").length != 6
                || !CronExpression.isValidExpression(expression)) {
            throw new InvalidInputException("cron", Message.of("version.notCronExpressionSix",
                    "'{0}' is not a cron expression of six fields (second minute hour day month weekday), such as 0 "
                    + "0 2 * * *.", cron));
        }
        return expression;
    }

    private static Instant nextRun(String cron, Instant after) {
        ZonedDateTime next = CronExpression.parse(cron).next(after.atZone(ZoneOffset.UTC));
        if (next == null) {
            throw new InvalidInputException("cron", Message.of("version.namesNoTimeEver",
                    "'{0}' names no time that ever comes, such as the 30th of February.", cron));
        }
        return next.toInstant();
    }

    private static BackupSchedule toSchedule(ResultSet rs, int row) throws SQLException {
        return new BackupSchedule(new ClusterName(rs.getString("cluster")), rs.getString("namespace"),
                rs.getString("cron"), rs.getObject("next_run", OffsetDateTime.class).toInstant(),
                rs.getString("author"));
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
