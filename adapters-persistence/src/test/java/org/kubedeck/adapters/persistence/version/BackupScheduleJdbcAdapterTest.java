package org.kubedeck.adapters.persistence.version;

import static org.assertj.core.api.Assertions.assertThat;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.kubedeck.adapters.persistence.PostgresTest;
import org.kubedeck.adapters.persistence.testing.Rows;
import org.kubedeck.adapters.persistence.testing.TableLock;
import org.kubedeck.application.cluster.port.out.ClusterStore;
import org.kubedeck.application.testing.BackupSchedulesContract;
import org.kubedeck.application.version.port.out.BackupSchedules;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.version.BackupSchedule;
import org.springframework.beans.factory.annotation.Autowired;

@PostgresTest
class BackupScheduleJdbcAdapterTest extends BackupSchedulesContract {

    /** Earlier than every other test's schedules, so that only this test's are due. */
    private static final Instant LONG_AGO = Instant.parse("2020-01-01T00:00:00Z");

    @Autowired
    ClusterStore clusters;

    @Autowired
    DataSource dataSource;

    @Autowired
    BackupScheduleJdbcAdapterTest(BackupSchedules schedules, Rows rows) {
        super(schedules, rows);
    }

    @Test
    void twoReplicasTakingAtOnceShareTheDueSchedulesWithoutOverlap() throws Exception {
        ClusterName cluster = cluster();
        for (int i = 0; i < 10; i++) {
            schedules().set(cluster, "ns-" + i, DAILY_AT_TWO, "alice", LONG_AGO);
        }
        Instant due = Instant.parse("2020-01-01T02:00:00Z");

        List<List<BackupSchedule>> taken = TableLock.race(dataSource, "backup_schedules", 2,
                i -> schedules().takeDue(due, 5));

        assertThat(taken).allSatisfy(one -> assertThat(one).hasSize(5));
        assertThat(taken.stream().flatMap(List::stream).map(BackupSchedule::namespace))
                .hasSize(10).doesNotHaveDuplicates();
        assertThat(schedules().list(cluster)).extracting(BackupSchedule::nextRun)
                .containsOnly(Instant.parse("2020-01-02T02:00:00Z"));
    }

    @Test
    void aScheduleAnotherReplicaHoldsIsSkippedWithoutWaiting() throws Exception {
        ClusterName cluster = cluster();
        for (String namespace : List.of("held", "free")) {
            schedules().set(cluster, namespace, DAILY_AT_TWO, "alice", LONG_AGO);
        }
        Instant due = Instant.parse("2020-01-01T02:00:00Z");
        ExecutorService other = Executors.newSingleThreadExecutor();
        try (Connection replica = dataSource.getConnection()) {
            replica.setAutoCommit(false);
            try (PreparedStatement hold = replica.prepareStatement(
                    "select 1 from backup_schedules where cluster = ? and namespace = 'held' for update")) {
                hold.setString(1, cluster.value());
                hold.executeQuery().close();
            }

            List<BackupSchedule> taken = other.submit(() -> schedules().takeDue(due, 100)).get(10, TimeUnit.SECONDS);

            assertThat(taken).filteredOn(s -> s.cluster().equals(cluster)).extracting(BackupSchedule::namespace)
                    .containsExactly("free");
            replica.rollback();
        } finally {
            other.shutdownNow();
        }
        assertThat(schedules().takeDue(due, 100)).filteredOn(s -> s.cluster().equals(cluster))
                .extracting(BackupSchedule::namespace).containsExactly("held");
    }

    @Test
    void removingTheClusterRemovesItsSchedules() {
        ClusterName cluster = cluster();
        schedules().set(cluster, "shop", DAILY_AT_TWO, "alice", LONG_AGO);

        clusters.delete(cluster);

        assertThat(schedules().list(cluster)).isEmpty();
        assertThat(schedules().remove(cluster, "shop")).isFalse();
    }
}
