package org.kubedeck.adapters.persistence.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.kubedeck.adapters.persistence.PostgresTest;
import org.kubedeck.application.audit.port.out.AuditTrail;
import org.kubedeck.application.testing.AuditTrailContract;
import org.kubedeck.domain.audit.AuditAction;
import org.kubedeck.domain.audit.AuditChain;
import org.kubedeck.domain.audit.AuditEvent;
import org.kubedeck.domain.audit.AuditRecord;
import org.kubedeck.domain.audit.Outcome;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PostgresTest
class AuditJdbcAdapterTest extends AuditTrailContract {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditJdbcAdapterTest(AuditTrail trail) {
        super(trail);
    }

    private static AuditEvent login(String actor) {
        return new AuditEvent(Instant.now(), actor, "127.0.0.1", AuditAction.LOGIN, actor, null, Outcome.SUCCESS,
                "{}");
    }

    @Test
    void databaseRefusesUpdatesDeletesAndTruncation() {
        AuditRecord record = trail().append(login("immutable"));
        assertThatThrownBy(() -> jdbc.sql("update audit_log set actor = 'x' where id = ?").param(record.id())
                .update()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_log where id = ?").param(record.id()).update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("truncate audit_log").update()).hasMessageContaining("append-only");
        assertThat(jdbc.sql("select actor from audit_log where id = ?").param(record.id()).query(String.class)
                .single()).isEqualTo("immutable");
    }

    @Test
    void concurrentAppendsFromManyThreadsFormOneIntactChain() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < 25; i++) {
                        trail().append(login("thread-" + thread));
                    }
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
        AuditChain chain = new AuditChain();
        long after = 0;
        List<AuditRecord> batch;
        do {
            batch = trail().readInOrder(after, 500);
            for (AuditRecord record : batch) {
                chain.accept(record);
                after = record.id();
            }
        } while (!batch.isEmpty());
        assertThat(chain.firstBroken()).isEmpty();
        assertThat(chain.checked()).isGreaterThanOrEqualTo(100);
    }
}
