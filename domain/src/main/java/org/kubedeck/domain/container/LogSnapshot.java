package org.kubedeck.domain.container;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A container's log as it was when someone kept it, readable after the pod is gone until it expires.
 *
 * @param truncated the log was longer than a snapshot keeps: its oldest lines were left out
 */
public record LogSnapshot(UUID id, ContainerRef container, String takenBy, Instant takenAt, Instant expiresAt,
        int lines, long bytes, boolean truncated) {

    public LogSnapshot {
        Objects.requireNonNull(id);
        Objects.requireNonNull(container);
        Objects.requireNonNull(takenBy);
        Objects.requireNonNull(takenAt);
        Objects.requireNonNull(expiresAt);
    }
}
