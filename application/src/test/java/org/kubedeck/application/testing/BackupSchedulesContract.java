package org.kubedeck.application.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.kubedeck.application.version.port.out.BackupSchedules;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.version.BackupSchedule;


/**
 * What every BackupSchedules must do; run against the in-memory schedules and the database adapter. The
 * expressions used are ones the in-memory schedules can read. The store may hold other tests' schedules, due
 * too, so each test looks only at its own cluster's.
 */
public abstract class BackupSchedulesContract extends PortContract<BackupSchedules> {

    protected static final Instant T0 = Instant.parse("2026-06-01T10:00:00Z");
    protected static final String DAILY_AT_TWO = "0 0 2 * * *";
    protected static final String EVERY_HALF_HOUR = "0 */30 * * * *";

    protected BackupSchedulesContract(BackupSchedules schedules, ReferencedRows rows) {
        super(schedules, rows);
    }

    protected BackupSchedules schedules() {
        return port();
    }

    protected static List<BackupSchedule> of(ClusterName cluster, List<BackupSchedule> schedules) {
        return schedules.stream().filter(s -> s.cluster().equals(cluster)).toList();
    }

    @Test
    void aScheduleRunsNextAtTheFirstMatchingTimeInUtc() {
        ClusterName cluster = cluster();

        BackupSchedule daily = schedules().set(cluster, "shop", DAILY_AT_TWO, "alice", T0);

        assertThat(daily).isEqualTo(new BackupSchedule(cluster, "shop", DAILY_AT_TWO,
                Instant.parse("2026-06-02T02:00:00Z"), "alice"));
        assertThat(schedules().list(cluster)).containsExactly(daily);
        assertThat(schedules().set(cluster, "billing", EVERY_HALF_HOUR, "alice", T0.plusSeconds(1)).nextRun())
                .isEqualTo(Instant.parse("2026-06-01T10:30:00Z"));
        assertThat(schedules().set(cluster, "staging", EVERY_HALF_HOUR, "alice", Instant.parse(
                "2026-06-01T10:30:00Z")).nextRun()).as("strictly after").isEqualTo(Instant.parse("2026-06-01T11:00:00Z"));
    }

    @Test
    void settingAgainReplacesTheSchedule() {
        ClusterName cluster = cluster();
        schedules().set(cluster, "shop", DAILY_AT_TWO, "alice", T0);

        BackupSchedule replaced = schedules().set(cluster, "shop", "0 */15 * * * *", "bob", T0.plusSeconds(1));

        assertThat(replaced.nextRun()).isEqualTo(Instant.parse("2026-06-01T10:15:00Z"));
        assertThat(schedules().list(cluster)).containsExactly(
                new BackupSchedule(cluster, "shop", "0 */15 * * * *", Instant.parse("2026-06-01T10:15:00Z"), "bob"));
    }

    @Test
    void theListIsOneClustersByNamespace() {
        ClusterName cluster = cluster();
        for (String namespace : List.of("web", "api", "db")) {
            schedules().set(cluster, namespace, DAILY_AT_TWO, "alice", T0);
        }
        schedules().set(cluster(), "aaa", DAILY_AT_TWO, "alice", T0);

        assertThat(schedules().list(cluster)).extracting(BackupSchedule::namespace).containsExactly("api", "db", "web");
        assertThat(schedules().list(ClusterName.of("nowhere"))).isEmpty();
    }

    @Test
    void removeSaysWhetherThereWasASchedule() {
        ClusterName cluster = cluster();
        schedules().set(cluster, "shop", DAILY_AT_TWO, "alice", T0);
        schedules().set(cluster, "billing", DAILY_AT_TWO, "alice", T0);

        assertThat(schedules().remove(cluster, "shop")).isTrue();
        assertThat(schedules().remove(cluster, "shop")).isFalse();
        assertThat(schedules().list(cluster)).extracting(BackupSchedule::namespace).containsExactly("billing");
    }

    @Test
    void whatIsNotACronExpressionOfSixFieldsIsRefused() {
        ClusterName cluster = cluster();
        for (String garbage : new String[] {null, "", "   ", "every night", "0 2 * * *", "0 0 2 * * * *",
                "0 0 25 * * *", "0 61 * * * *", "x 0 2 * * *", "@daily"}) {
            assertThatThrownBy(() -> schedules().set(cluster, "shop", garbage, "alice", T0)).as(String.valueOf(garbage))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.field()).isEqualTo("cron");
                        assertThat(e.getMessage()).contains("six fields");
                    });
        }
        assertThat(schedules().list(cluster)).isEmpty();
    }

    @Test
    void dueSchedulesAreTakenOnceAndMovedOnPastNow() {
        ClusterName cluster = cluster();
        schedules().set(cluster, "shop", DAILY_AT_TWO, "alice", T0);
        schedules().set(cluster, "web", EVERY_HALF_HOUR, "bob", T0);

        assertThat(of(cluster, schedules().takeDue(T0.plusSeconds(600), 100))).isEmpty();

        Instant halfPast = Instant.parse("2026-06-01T10:30:00Z");
        assertThat(of(cluster, schedules().takeDue(halfPast, 100))).containsExactly(
                new BackupSchedule(cluster, "web", EVERY_HALF_HOUR, Instant.parse("2026-06-01T11:00:00Z"), "bob"));
        assertThat(of(cluster, schedules().takeDue(halfPast, 100))).isEmpty();

        // Late by a night: each is taken once, and runs next after now, not at the times it missed.
        Instant nextMorning = Instant.parse("2026-06-02T02:00:05Z");
        assertThat(of(cluster, schedules().takeDue(nextMorning, 100))).containsExactly(
                new BackupSchedule(cluster, "web", EVERY_HALF_HOUR, Instant.parse("2026-06-02T02:30:00Z"), "bob"),
                new BackupSchedule(cluster, "shop", DAILY_AT_TWO, Instant.parse("2026-06-03T02:00:00Z"), "alice"));
        assertThat(of(cluster, schedules().takeDue(nextMorning, 100))).isEmpty();
        assertThat(schedules().list(cluster)).extracting(BackupSchedule::nextRun).containsExactly(
                Instant.parse("2026-06-03T02:00:00Z"), Instant.parse("2026-06-02T02:30:00Z"));
    }

    @Test
    void parallelTakersNeverGetTheSameSchedule() throws Exception {
        ClusterName cluster = cluster();
        for (int i = 0; i < 40; i++) {
            schedules().set(cluster, "ns-" + i, DAILY_AT_TWO, "alice", T0);
        }
        Instant due = Instant.parse("2026-06-02T02:00:00Z");
        List<BackupSchedule> taken = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                futures.add(pool.submit(() -> {
                    for (int round = 0; round < 20; round++) {
                        taken.addAll(of(cluster, schedules().takeDue(due, 3)));
                    }
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(taken).hasSize(40).extracting(BackupSchedule::namespace).doesNotHaveDuplicates();
        assertThat(schedules().list(cluster)).extracting(BackupSchedule::nextRun)
                .containsOnly(Instant.parse("2026-06-03T02:00:00Z"));
    }
}
