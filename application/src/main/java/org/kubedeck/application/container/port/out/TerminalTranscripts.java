package org.kubedeck.application.container.port.out;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.container.Transcript;

/** Recorded terminal sessions, kept per cluster (and going with it). */
public interface TerminalTranscripts {

    /** @param events the session's events as {@link org.kubedeck.domain.container.TranscriptRecorder} wrote them */
    void save(Transcript transcript, byte[] events);

    /** The cluster's newest first, at most {@code limit}. */
    List<Transcript> list(ClusterName cluster, int limit);

    Optional<Transcript> find(ClusterName cluster, UUID id);

    /** The events of one, as saved; empty when it does not exist. */
    Optional<byte[]> events(ClusterName cluster, UUID id);
}
