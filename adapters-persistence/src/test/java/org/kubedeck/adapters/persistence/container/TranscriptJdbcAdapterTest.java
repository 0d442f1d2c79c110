package org.kubedeck.adapters.persistence.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.kubedeck.adapters.persistence.PostgresTest;
import org.kubedeck.adapters.persistence.testing.Rows;
import org.kubedeck.application.cluster.port.out.ClusterStore;
import org.kubedeck.application.container.port.out.TerminalTranscripts;
import org.kubedeck.application.testing.TerminalTranscriptsContract;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.container.Transcript;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PostgresTest
class TranscriptJdbcAdapterTest extends TerminalTranscriptsContract {

    @Autowired
    ClusterStore clusters;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TranscriptJdbcAdapterTest(TerminalTranscripts transcripts, Rows rows) {
        super(transcripts, rows);
    }

    @Test
    void eventsAreStoredCompressedAndGoWithTheCluster() {
        ClusterName cluster = cluster();
        Transcript saved = transcript(cluster, "2026-12-07T10:00:00Z");
        byte[] events = "[0.000,\"o\",\"aGk=\"]\n".repeat(10_000).getBytes(StandardCharsets.US_ASCII);
        port().save(saved, events);

        int stored = jdbc.sql("select length(events_gzip) from terminal_transcripts where id = ?").param(saved.id())
                .query(Integer.class).single();
        assertThat(stored).as("compressed").isLessThan(events.length / 20);

        clusters.delete(cluster);
        assertThat(jdbc.sql("select count(*) from terminal_transcripts where id = ?").param(saved.id())
                .query(Long.class).single()).isZero();
    }
}
