package org.kubedeck.domain.kube;

import java.time.Instant;
import java.util.Objects;

/**
 * One recorded state of a resource.
 *
 * @param id      opaque and stable
 * @param version 1, 2, 3… per resource
 * @param author  the user who made the change, {@value #EXTERNAL} for a change made outside the console, or
 *                {@value #FIRST_SEEN} for the state found when the history started
 * @param yaml    the normalized YAML, Secret values masked
 * @param diff    the unified diff from the previous version (from nothing, for version 1)
 * @param tag     null until someone tags it
 */
public record YamlVersion(String id, ResourceRef resource, int version, String author, Instant createdAt,
        String note, String tag, String yaml, String diff) {

    public static final String EXTERNAL = "external";
    public static final String FIRST_SEEN = "first-seen";
    public static final String FIRST_SEEN_NOTE = "history started";
    public static final String EXTERNAL_NOTE = "changed outside the console";

    /** {@value #EXTERNAL_NOTE}, naming the field manager that made the change when it is known. */
    public static String externalNote(String fieldManager) {
        return fieldManager == null || fieldManager.isBlank() ? EXTERNAL_NOTE
                : EXTERNAL_NOTE + " by " + fieldManager;
    }

    public YamlVersion {
        Objects.requireNonNull(resource);
        Objects.requireNonNull(yaml);
    }
}
