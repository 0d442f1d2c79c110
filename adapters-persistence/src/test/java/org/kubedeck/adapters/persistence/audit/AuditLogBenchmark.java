package org.kubedeck.adapters.persistence.audit;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kubedeck.adapters.persistence.PersistenceTestApplication;
import org.kubedeck.adapters.persistence.testing.TestDatabaseInitializer;
import org.kubedeck.application.audit.port.out.AuditTrail;
import org.kubedeck.domain.audit.AuditAction;
import org.kubedeck.domain.audit.AuditFilter;
import org.kubedeck.domain.audit.AuditPage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

/**
 * Times the audit page and API queries on a million-row log. Prints figures only: timings depend on the machine,
 * so asserting on them would make the build flaky. Run with {@code ./mvnw -Pbench -pl adapters-persistence test}.
 */
@Tag("benchmark")
// Its own database, so the million rows do not slow down the other tests of this module.
@SpringBootTest(classes = PersistenceTestApplication.class, properties = {
        "kubedeck.test.database=kubedeck_bench_audit",
        "spring.jpa.hibernate.ddl-auto=validate",
        "spring.jpa.open-in-view=false"})
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class AuditLogBenchmark {

    private static final int ROWS = 1_000_000;
    private static final int LIMIT = 50;
    private static final int WARM_UP = 50;
    private static final int RUNS = 500;
    private static final Duration SPAN = Duration.ofDays(90);

    @Autowired
    AuditTrail trail;

    @Autowired
    JdbcClient jdbc;

    @Test
    void auditQueriesOnAMillionRows() {
        Instant start = Instant.now().truncatedTo(ChronoUnit.DAYS).minus(SPAN);
        long generation = generate(start);
        long oldId = jdbc.sql("select min(id) from audit_log").query(Long.class).single() + 10_000;
        Instant day = start.plus(Duration.ofDays(45));
        AuditFilter oneDay = new AuditFilter(day, day.plus(Duration.ofDays(1)), AuditAction.LOGIN_FAILED, null, null);
        AuditFilter loginFailed = new AuditFilter(null, null, AuditAction.LOGIN_FAILED, null, null);

        System.out.printf("%nAudit log: %,d rows generated in %,d ms; limit %d, %d warm-up + %d measured runs%n",
                ROWS, generation, LIMIT, WARM_UP, RUNS);
        System.out.printf("%-44s %6s %8s %8s %8s%n", "query", "rows", "p50 ms", "p95 ms", "max ms");
        time("(a) newest page, no filter", () -> page(AuditFilter.ALL, null));
        time("(b) action=login, actor=user-05",
                () -> page(new AuditFilter(null, null, AuditAction.LOGIN, "user-05", null), null));
        time("(c) 1-day window, action=login_failed", () -> page(oneDay, null));
        time("(d) cluster=staging-eu",
                () -> page(new AuditFilter(null, null, null, null, "staging-eu"), null));
        time("(e) deep page, before id " + oldId, () -> page(AuditFilter.ALL, oldId));
        time("(f) deep page, action=login_failed", () -> page(loginFailed, oldId));
        time("(g) 20 pages via next (whole walk)", this::walk);
    }

    /** Bulk-inserts the rows in SQL: appending them one by one through the chain lock would take hours. */
    private long generate(Instant start) {
        long began = System.nanoTime();
        // Each random() is drawn once per row in the inner select, so the outer cases see consistent values.
        // Squaring the actor draw makes a few users busy and most rare, as in a real team.
        jdbc.sql("""
                insert into audit_log (time, actor, client_ip, action, target, cluster, outcome, detail,
                                       prev_hash, hash)
                select cast(:start as timestamptz) + g * :step * interval '1 millisecond',
                       'user-' || lpad((1 + floor(20 * ra * ra))::int::text, 2, '0'),
                       '10.0.' || g % 7 || '.' || g % 251,
                       action,
                       case when rc < 0.2 then 'user-' || g % 20 else 'deployments/app-' || g % 100 end,
                       case when rc >= 0.2 then (array['prod-eu-1', 'prod-eu-2', 'prod-us-1', 'prod-us-2',
                               'prod-ap-1', 'staging-eu', 'staging-us', 'dev', 'qa', 'sandbox'])
                               [1 + floor((rc - 0.2) / 0.08)::int] end,
                       case action when 'login_failed' then 'failure' when 'denied' then 'denied'
                                   else 'success' end,
                       '{}', repeat('0', 64), repeat('0', 64)
                from (select g, ra, rc,
                             case when rb < 0.55 then 'login'
                                  when rb < 0.70 then 'logout'
                                  when rb < 0.82 then 'login_failed'
                                  when rb < 0.92 then 'denied'
                                  when rb < 0.95 then 'password_changed'
                                  when rb < 0.97 then 'user_updated'
                                  when rb < 0.985 then 'user_created'
                                  when rb < 0.99 then 'user_deleted'
                                  else 'audit_chain_verified' end as action
                      from (select g, random() as ra, random() as rb, random() as rc
                            from generate_series(1, :rows) g) drawn) picked
                """)
                .param("start", OffsetDateTime.ofInstant(start, ZoneOffset.UTC))
                .param("step", SPAN.toMillis() / ROWS)
                .param("rows", ROWS)
                .update();
        jdbc.sql("analyze audit_log").update();
        return Duration.ofNanos(System.nanoTime() - began).toMillis();
    }

    private int page(AuditFilter filter, Long beforeId) {
        return trail.search(filter, LIMIT, beforeId).items().size();
    }

    private int walk() {
        int rows = 0;
        Long before = null;
        for (int i = 0; i < 20; i++) {
            AuditPage page = trail.search(AuditFilter.ALL, LIMIT, before);
            rows += page.items().size();
            before = page.next();
        }
        return rows;
    }

    private static void time(String name, IntSupplier query) {
        for (int i = 0; i < WARM_UP; i++) {
            query.getAsInt();
        }
        long[] nanos = new long[RUNS];
        int rows = 0;
        for (int i = 0; i < RUNS; i++) {
            long began = System.nanoTime();
            rows = query.getAsInt();
            nanos[i] = System.nanoTime() - began;
        }
        Arrays.sort(nanos);
        System.out.printf("%-44s %6d %8.2f %8.2f %8.2f%n", name, rows, millis(nanos, 0.50), millis(nanos, 0.95),
                nanos[RUNS - 1] / 1e6);
    }

    /** Nearest-rank percentile of sorted timings. */
    private static double millis(long[] sorted, double percentile) {
        return sorted[(int) Math.ceil(percentile * sorted.length) - 1] / 1e6;
    }
}
