package org.kubedeck.domain.container;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A recorded terminal session: whose, in which container, when, and how much went each way. Its events are
 * kept apart ({@link TranscriptRecorder}).
 *
 * @param truncated the session went on beyond what a transcript keeps
 */
public record Transcript(UUID id, ContainerRef container, String user, Instant startedAt, Instant endedAt,
        long bytesIn, long bytesOut, boolean truncated) {

    public Transcript {
        Objects.requireNonNull(id);
        Objects.requireNonNull(container);
        Objects.requireNonNull(user);
        Objects.requireNonNull(startedAt);
        Objects.requireNonNull(endedAt);
    }

    public long seconds() {
        return Duration.between(startedAt, endedAt).toSeconds();
    }
}
