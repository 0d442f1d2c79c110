package org.kubedeck.application.container;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kubedeck.application.testing.FakeContainerLogs;
import org.kubedeck.application.testing.InMemoryLogSnapshots;
import org.kubedeck.application.testing.TestFixture;
import org.kubedeck.domain.AccessDeniedException;
import org.kubedeck.domain.NotFoundException;
import org.kubedeck.domain.audit.AuditAction;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.container.ContainerRef;
import org.kubedeck.domain.container.LogQuery;
import org.kubedeck.domain.container.LogSnapshot;
import org.kubedeck.domain.user.AccessLevel;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.Permissions;

/**
 * The snapshot use case against the ContainerLogs port's fake. Taking, reading and keeping a snapshot after its pod
 * is gone run on the rig in {@code ContainerLogsWebTest}; the fake adds exact log contents for the size cut and
 * the filter, and expiry on a moved clock, without waiting the retention period.
 */
class LogSnapshotsServiceTest {

    private static final ClusterName PROD = ClusterName.of("prod");
    private static final ContainerRef MAIN = ContainerRef.of(PROD, "shop", "web-0", "main");

    private final TestFixture f = new TestFixture();
    private final FakeContainerLogs logs = new FakeContainerLogs();
    private final InMemoryLogSnapshots snapshots = new InMemoryLogSnapshots();
    /** 100 bytes a snapshot: "line 1\n" to "line 9\n" are 7 bytes, "line 10\n" on 8. */
    private final LogSnapshotsService service = new LogSnapshotsService(f.gate, logs, snapshots, f.auditLog,
            new ContainerSettings(1024, 2, Duration.ofMinutes(10), 1024, 100, Duration.ofDays(7)), f.clock());
    private final Actor reader = TestFixture.actor("reader", Permissions.perCluster(Map.of(PROD, AccessLevel.READ)));
    private final Actor writer = TestFixture.actor("writer", Permissions.perCluster(Map.of(PROD, AccessLevel.WRITE)));

    @BeforeEach
    void seed() {
        f.register(PROD, "Production", "prod.example");
        logs.wrote(MAIN, 50);
    }

    @Test
    void aSnapshotKeepsTheNewestLinesThatFitAndIsReadBackUntilItExpires() {
        LogSnapshot taken = service.take(reader, MAIN, new LogQuery(null, null, false, false, null, false));

        assertThat(taken.lines()).isEqualTo(12);
        assertThat(taken.truncated()).isTrue();
        assertThat(taken.expiresAt()).isEqualTo(f.clock.instant().plus(Duration.ofDays(7)));
        String kept = new String(service.snapshot(reader, PROD, taken.id()).content(), UTF_8);
        assertThat(kept).startsWith("line 39\n").endsWith("line 50\n");
        assertThat(service.snapshots(reader, PROD)).containsExactly(taken);
        assertThat(f.audit.events(AuditAction.LOG_SNAPSHOT_TAKEN)).hasSize(1);

        f.clock.advance(Duration.ofDays(7).plusSeconds(1));
        assertThat(service.expireLogSnapshots()).isOne();
        assertThatThrownBy(() -> service.snapshot(reader, PROD, taken.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aFilteredSnapshotKeepsTheLinesThatMatch() {
        LogSnapshot taken = service.take(reader, MAIN, new LogQuery(null, null, false, false, "line 4\\d", false));

        assertThat(new String(service.snapshot(reader, PROD, taken.id()).content(), UTF_8).lines())
                .containsExactly("line 40", "line 41", "line 42", "line 43", "line 44", "line 45", "line 46",
                        "line 47", "line 48", "line 49");
        assertThat(taken.truncated()).isFalse();
    }

    @Test
    void aReaderMayNotDeleteAWriterMayAndAStrangerSeesNothing() {
        LogSnapshot taken = service.take(reader, MAIN, LogQuery.tail(5));

        assertThatThrownBy(() -> service.delete(reader, PROD, taken.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(service.snapshots(reader, PROD)).hasSize(1);
        service.delete(writer, PROD, taken.id());
        assertThat(service.snapshots(reader, PROD)).isEmpty();

        Actor stranger = TestFixture.actor("stranger", Permissions.NONE);
        assertThatThrownBy(() -> service.snapshots(stranger, PROD)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.take(stranger, MAIN, LogQuery.tail(5)))
                .isInstanceOf(NotFoundException.class);
        assertThat(snapshots.list(PROD, 10)).isEmpty();
    }
}
