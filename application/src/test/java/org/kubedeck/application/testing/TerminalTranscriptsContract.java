package org.kubedeck.application.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kubedeck.application.container.port.out.TerminalTranscripts;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.container.ContainerRef;
import org.kubedeck.domain.container.Transcript;

/** What every TerminalTranscripts must do; run against the in-memory store and the database adapter. */
public abstract class TerminalTranscriptsContract extends PortContract<TerminalTranscripts> {

    protected TerminalTranscriptsContract(TerminalTranscripts transcripts, ReferencedRows rows) {
        super(transcripts, rows);
    }

    protected static Transcript transcript(ClusterName cluster, String startedAt) {
        return new Transcript(UUID.randomUUID(), ContainerRef.of(cluster, "shop", "web-0", "main"), "alice",
                Instant.parse(startedAt), Instant.parse(startedAt).plusSeconds(90), 12, 3400, false);
    }

    @Test
    void aSavedTranscriptIsListedNewestFirstAndReadBackWithItsEvents() {
        ClusterName cluster = cluster();
        Transcript older = transcript(cluster, "2026-12-07T10:00:00Z");
        Transcript newer = transcript(cluster, "2026-12-07T11:00:00Z");
        byte[] events = "[0.000,\"o\",\"aGk=\"]\n".repeat(500).getBytes(StandardCharsets.US_ASCII);
        port().save(older, events);
        port().save(newer, new byte[0]);

        assertThat(port().list(cluster, 10)).containsExactly(newer, older);
        assertThat(port().list(cluster, 1)).containsExactly(newer);
        assertThat(port().find(cluster, older.id())).contains(older);
        assertThat(port().events(cluster, older.id())).hasValueSatisfying(read -> assertThat(read).isEqualTo(events));
    }

    @Test
    void anotherClustersTranscriptIsNotFound() {
        ClusterName cluster = cluster();
        Transcript saved = transcript(cluster, "2026-12-07T10:00:00Z");
        port().save(saved, new byte[] {1});

        ClusterName other = cluster();
        assertThat(port().find(other, saved.id())).isEmpty();
        assertThat(port().events(other, saved.id())).isEmpty();
        assertThat(port().list(other, 10)).isEmpty();
    }
}
