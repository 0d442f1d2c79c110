package org.kubedeck.application.testing;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntPredicate;
import org.kubedeck.application.version.port.out.BackupSchedules;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.version.BackupSchedule;

/**
 * Schedules in memory. The application has no cron library, so this reads only a plain subset of six-field
 * expressions, enough for tests: second {@code 0}; minute and hour each {@code *}, a number or {@code *}/step;
 * day, month and weekday {@code *} or {@code ?}. So {@code 0 0 2 * * *} (daily at 02:00 UTC) and
 * {@code 0 *}{@code /15 * * * *} (every quarter hour) work. Anything else is refused like garbage, with the
 * same InvalidInputException the database adapter gives, even where the real parser would accept it (a weekday,
 * a list, a range).
 */
public class InMemoryBackupSchedules implements BackupSchedules {

    private final Map<String, BackupSchedule> schedules = new TreeMap<>();

    @Override
    public synchronized BackupSchedule set(ClusterName cluster, String namespace, String cron, String author,
            Instant now) {
        Cron parsed = Cron.parse(cron);
        BackupSchedule schedule = new BackupSchedule(cluster, namespace, parsed.expression(), parsed.nextAfter(now),
                author);
        schedules.put(key(cluster, namespace), schedule);
        return schedule;
    }

    @Override
    public synchronized boolean remove(ClusterName cluster, String namespace) {
        return schedules.remove(key(cluster, namespace)) != null;
    }

    @Override
    public synchronized List<BackupSchedule> list(ClusterName cluster) {
        return schedules.values().stream().filter(s -> s.cluster().equals(cluster))
                .sorted(Comparator.comparing(BackupSchedule::namespace)).toList();
    }

    @Override
    public synchronized List<BackupSchedule> takeDue(Instant now, int limit) {
        List<BackupSchedule> due = schedules.values().stream().filter(s -> !s.nextRun().isAfter(now))
                .sorted(Comparator.comparing(BackupSchedule::nextRun)).limit(Math.max(0, limit)).toList();
        List<BackupSchedule> taken = new ArrayList<>(due.size());
        for (BackupSchedule schedule : due) {
            BackupSchedule moved = new BackupSchedule(schedule.cluster(), schedule.namespace(), schedule.cron(),
                    Cron.parse(schedule.cron()).nextAfter(now), schedule.author());
            schedules.put(key(schedule.cluster(), schedule.namespace()), moved);
            taken.add(moved);
        }
        return taken;
    }

    private static String key(ClusterName cluster, String namespace) {
        return cluster.value() + "/" + namespace;
    }

    private record Cron(String expression, IntPredicate minute, IntPredicate hour) {

        static Cron parse(String cron) {
            String[] fields = cron == null ? new String[0] : cron.trim().split("\\s+");
            String expression = String.join(" ", fields);
            if (fields.length == 6 && fields[0].equals("0") && fields[1].length() <= 4 && fields[2].length() <= 4
                    && anyDay(fields[3]) && fields[4].equals("*") && anyDay(fields[5])) {
                IntPredicate minute = field(fields[1], 59);
                IntPredicate hour = field(fields[2], 23);
                if (minute != null && hour != null) {
                    return new Cron(expression, minute, hour);
                }
            }
            throw new InvalidInputException("cron", "'" + cron + "' is not a cron expression of six fields "
                    + "(second minute hour day month weekday), such as 0 0 2 * * *.");
        }

        /** The first whole minute strictly after {@code after} whose minute and hour match; within a day. */
        Instant nextAfter(Instant after) {
            ZonedDateTime candidate = after.atZone(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
            while (!(minute.test(candidate.getMinute()) && hour.test(candidate.getHour()))) {
                candidate = candidate.plusMinutes(1);
            }
            return candidate.toInstant();
        }

        private static boolean anyDay(String field) {
            return field.equals("*") || field.equals("?");
        }

        /** {@code *}, {@code n} or {@code *}/{@code step} within 0..max; null when it is none of these. */
        private static IntPredicate field(String field, int max) {
            if (field.equals("*")) {
                return value -> true;
            }
            if (field.startsWith("*/") && field.substring(2).matches("[0-9]+")) {
                int step = Integer.parseInt(field.substring(2));
                return step >= 1 && step <= max ? value -> value % step == 0 : null;
            }
            if (field.matches("[0-9]+")) {
                int at = Integer.parseInt(field);
                return at <= max ? value -> value == at : null;
            }
            return null;
        }
    }
}
