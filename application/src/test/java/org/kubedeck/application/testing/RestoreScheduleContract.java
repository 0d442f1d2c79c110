package org.kubedeck.application.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.kubedeck.application.workload.port.out.RestoreSchedule;
import org.kubedeck.application.workload.port.out.RestoreSchedule.PlannedRestore;
import org.kubedeck.domain.cluster.ClusterName;

/** What every RestoreSchedule must do; run against the in-memory plan and the database adapter. */
public abstract class RestoreScheduleContract extends PortContract<RestoreSchedule> {

    private static final Instant T0 = Instant.parse("2026-06-01T10:00:00Z");

    protected RestoreScheduleContract(RestoreSchedule schedule, ReferencedRows rows) {
        super(schedule, rows);
    }

    protected RestoreSchedule schedule() {
        return port();
    }

    @Test
    void dueRestoresAreTakenOnceAndLaterOnesWait() {
        ClusterName cluster = cluster();
        schedule().plan(new PlannedRestore(cluster, "shop", "web-0", T0.plusSeconds(60), "alice"));
        schedule().plan(new PlannedRestore(cluster, "shop", "web-1", T0.plusSeconds(600), "alice"));
        assertThat(schedule().planned(cluster, "shop")).extracting(PlannedRestore::pod)
                .containsExactly("web-0", "web-1");

        List<PlannedRestore> due = schedule().takeDue(T0.plusSeconds(61), 100).stream()
                .filter(r -> r.cluster().equals(cluster)).toList();
        assertThat(due).singleElement().satisfies(r -> {
            assertThat(r.pod()).isEqualTo("web-0");
            assertThat(r.requestedBy()).isEqualTo("alice");
            assertThat(r.dueAt()).isEqualTo(T0.plusSeconds(60));
        });
        assertThat(schedule().takeDue(T0.plusSeconds(61), 100)).noneMatch(r -> r.cluster().equals(cluster));
        assertThat(schedule().planned(cluster, "shop")).extracting(PlannedRestore::pod).containsExactly("web-1");
    }

    @Test
    void planningAgainReplacesAndCancelRemoves() {
        ClusterName cluster = cluster();
        schedule().plan(new PlannedRestore(cluster, "shop", "web-0", T0.plusSeconds(60), "alice"));
        schedule().plan(new PlannedRestore(cluster, "shop", "web-0", T0.plusSeconds(900), "bob"));
        assertThat(schedule().planned(cluster, "shop")).singleElement()
                .satisfies(r -> assertThat(r.requestedBy()).isEqualTo("bob"));
        schedule().cancel(cluster, "shop", List.of("web-0"));
        assertThat(schedule().planned(cluster, "shop")).isEmpty();
    }

    @Test
    void cancellingSeveralPodsAtOnceLeavesTheOthersPlanned() {
        ClusterName cluster = cluster();
        for (String pod : List.of("web-0", "web-1", "web-2")) {
            schedule().plan(new PlannedRestore(cluster, "shop", pod, T0.plusSeconds(60), "alice"));
        }
        schedule().cancel(cluster, "shop", List.of("web-0", "web-2", "never-planned"));
        schedule().cancel(cluster, "shop", List.of());
        assertThat(schedule().planned(cluster, "shop")).extracting(PlannedRestore::pod).containsExactly("web-1");
    }

    @Test
    void parallelTakersNeverGetTheSameRestore() throws Exception {
        ClusterName cluster = cluster();
        for (int i = 0; i < 40; i++) {
            schedule().plan(new PlannedRestore(cluster, "shop", "pod-" + i, T0, "alice"));
        }
        List<PlannedRestore> taken = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                futures.add(pool.submit(() -> {
                    for (int round = 0; round < 10; round++) {
                        taken.addAll(schedule().takeDue(T0.plusSeconds(1), 3).stream()
                                .filter(r -> r.cluster().equals(cluster)).toList());
                    }
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(taken).hasSize(40);
        assertThat(taken.stream().map(PlannedRestore::pod).distinct()).hasSize(40);
    }
}
