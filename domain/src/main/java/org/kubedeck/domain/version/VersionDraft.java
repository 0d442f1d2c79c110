package org.kubedeck.domain.version;

import java.time.Instant;
import java.util.Objects;

/**
 * A state of a resource to record, if it differs from the latest version.
 *
 * @param yaml normalized, Secret values masked
 */
public record VersionDraft(ResourceRef resource, String yaml, String author, String note, Instant at) {

    public VersionDraft {
        Objects.requireNonNull(resource);
        Objects.requireNonNull(yaml);
        Objects.requireNonNull(author);
        Objects.requireNonNull(at);
    }
}
