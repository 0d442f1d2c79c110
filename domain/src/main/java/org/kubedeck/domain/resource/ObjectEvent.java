package org.kubedeck.domain.resource;

import java.time.Instant;

/**
 * One event the cluster recorded about an object, newest first where they are listed.
 *
 * @param type   {@code Normal} or {@code Warning}
 * @param object what it is about, as {@code Kind/name}
 */
public record ObjectEvent(Instant at, String type, String reason, String message, int count, String source,
        String namespace, String object) {

    public boolean warning() {
        return "Warning".equals(type);
    }
}
