package org.kubedeck.domain.kube;

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

    /**
     * A state found in the cluster rather than made by the console: recorded as a change made outside it, or,
     * when the resource has no history yet, as the state its history starts from.
     */
    public static VersionDraft observed(ResourceRef resource, String yaml, Instant at) {
        return new VersionDraft(resource, yaml, YamlVersion.EXTERNAL, YamlVersion.EXTERNAL_NOTE, at);
    }
}
