package org.kubedeck.adapters.persistence.container;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.kubedeck.application.container.port.out.TerminalTranscripts;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.container.ContainerRef;
import org.kubedeck.domain.container.Transcript;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Transcripts in {@code terminal_transcripts}, their events compressed: terminal output compresses well. */
@Component
class TranscriptJdbcAdapter implements TerminalTranscripts {

    private static final String COLUMNS = "id, cluster, namespace, pod, container, username, started_at, ended_at, "
            + "bytes_in, bytes_out, truncated";

    private final ClusterRecords records;

    TranscriptJdbcAdapter(JdbcClient jdbc) {
        this.records = new ClusterRecords(jdbc, "terminal_transcripts", COLUMNS, "started_at", "events_gzip");
    }

    @Override
    public void save(Transcript transcript, byte[] events) {
        ContainerRef container = transcript.container();
        records.insert(new Object[] {transcript.id(), container.cluster().value(), container.namespace(),
            container.podName(), container.container(), transcript.user(), Timestamp.from(transcript.startedAt()),
            Timestamp.from(transcript.endedAt()), transcript.bytesIn(), transcript.bytesOut(), transcript.truncated()},
                events);
    }

    @Override
    public List<Transcript> list(ClusterName cluster, int limit) {
        return records.newest(cluster, limit, (rs, row) -> transcript(rs));
    }

    @Override
    public Optional<Transcript> find(ClusterName cluster, UUID id) {
        return records.find(cluster, id, (rs, row) -> transcript(rs));
    }

    @Override
    public Optional<byte[]> events(ClusterName cluster, UUID id) {
        return records.body(cluster, id);
    }

    private static Transcript transcript(ResultSet rs) throws SQLException {
        return new Transcript(rs.getObject("id", UUID.class), ContainerRef.of(new ClusterName(rs.getString("cluster")),
                rs.getString("namespace"), rs.getString("pod"), rs.getString("container")), rs.getString("username"),
                rs.getTimestamp("started_at").toInstant(), rs.getTimestamp("ended_at").toInstant(),
                rs.getLong("bytes_in"), rs.getLong("bytes_out"), rs.getBoolean("truncated"));
    }
}
