package org.kubedeck.application.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kubedeck.application.container.port.out.LogSnapshots;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.container.ContainerRef;
import org.kubedeck.domain.container.LogSnapshot;

/** What every LogSnapshots must do; run against the in-memory store and the database adapter. */
public abstract class LogSnapshotsContract extends PortContract<LogSnapshots> {

    protected LogSnapshotsContract(LogSnapshots snapshots, ReferencedRows rows) {
        super(snapshots, rows);
    }

    protected static LogSnapshot snapshot(ClusterName cluster, String takenAt, String expiresAt) {
        return new LogSnapshot(UUID.randomUUID(), ContainerRef.of(cluster, "shop", "web-0", "main"), "alice",
                Instant.parse(takenAt), Instant.parse(expiresAt), 2, 12, false);
    }

    @Test
    void aKeptSnapshotIsListedNewestFirstReadBackAndDeleted() {
        ClusterName cluster = cluster();
        LogSnapshot older = snapshot(cluster, "2026-12-07T10:00:00Z", "2026-12-14T10:00:00Z");
        LogSnapshot newer = snapshot(cluster, "2026-12-07T11:00:00Z", "2026-12-14T11:00:00Z");
        byte[] lines = "one\ntwo\n".repeat(1000).getBytes(StandardCharsets.UTF_8);
        port().save(older, lines);
        port().save(newer, new byte[0]);

        assertThat(port().list(cluster, 10)).containsExactly(newer, older);
        assertThat(port().find(cluster, older.id())).contains(older);
        assertThat(port().content(cluster, older.id())).hasValueSatisfying(read -> assertThat(read).isEqualTo(lines));
        assertThat(port().find(cluster(), older.id())).as("another cluster's").isEmpty();

        assertThat(port().delete(cluster, older.id())).isTrue();
        assertThat(port().delete(cluster, older.id())).isFalse();
        assertThat(port().list(cluster, 10)).containsExactly(newer);
    }

    @Test
    void thoseThatExpiredAreDeletedAndOnlyThose() {
        ClusterName cluster = cluster();
        LogSnapshot expired = snapshot(cluster, "2026-11-01T10:00:00Z", "2026-11-08T10:00:00Z");
        LogSnapshot current = snapshot(cluster, "2026-12-07T10:00:00Z", "2026-12-14T10:00:00Z");
        port().save(expired, new byte[] {1});
        port().save(current, new byte[] {2});

        assertThat(port().deleteExpired(Instant.parse("2026-12-07T12:00:00Z"))).isGreaterThanOrEqualTo(1);

        assertThat(port().list(cluster, 10)).containsExactly(current);
    }
}
