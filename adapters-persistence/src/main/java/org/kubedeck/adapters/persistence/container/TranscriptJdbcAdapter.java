package org.kubedeck.adapters.persistence.container;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
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

    private final JdbcClient jdbc;

    TranscriptJdbcAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void save(Transcript transcript, byte[] events) {
        ContainerRef container = transcript.container();
        jdbc.sql("insert into terminal_transcripts (" + COLUMNS + ", events_gzip) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(transcript.id(), container.cluster().value(), container.namespace(), container.podName(),
                        container.container(), transcript.user(), Timestamp.from(transcript.startedAt()),
                        Timestamp.from(transcript.endedAt()), transcript.bytesIn(), transcript.bytesOut(),
                        transcript.truncated(), gzip(events))
                .update();
    }

    @Override
    public List<Transcript> list(ClusterName cluster, int limit) {
        return jdbc.sql("select " + COLUMNS + " from terminal_transcripts where cluster = ? "
                + "order by started_at desc limit ?")
                .params(cluster.value(), limit)
                .query((rs, row) -> transcript(rs)).list();
    }

    @Override
    public Optional<Transcript> find(ClusterName cluster, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from terminal_transcripts where cluster = ? and id = ?")
                .params(cluster.value(), id)
                .query((rs, row) -> transcript(rs)).optional();
    }

    @Override
    public Optional<byte[]> events(ClusterName cluster, UUID id) {
        return jdbc.sql("select events_gzip from terminal_transcripts where cluster = ? and id = ?")
                .params(cluster.value(), id)
                .query((rs, row) -> gunzip(rs.getBytes("events_gzip"))).optional();
    }

    private static Transcript transcript(ResultSet rs) throws SQLException {
        return new Transcript(rs.getObject("id", UUID.class), ContainerRef.of(new ClusterName(rs.getString("cluster")),
                rs.getString("namespace"), rs.getString("pod"), rs.getString("container")), rs.getString("username"),
                rs.getTimestamp("started_at").toInstant(), rs.getTimestamp("ended_at").toInstant(),
                rs.getLong("bytes_in"), rs.getLong("bytes_out"), rs.getBoolean("truncated"));
    }

    private static byte[] gzip(byte[] events) {
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(packed)) {
            out.write(events);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return packed.toByteArray();
    }

    private static byte[] gunzip(byte[] packed) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(packed))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
