package org.kubedeck.domain.cluster;

import java.time.Instant;
import java.util.Locale;
import org.kubedeck.domain.Message;

/**
 * The last known state of a cluster's API server, as the background check or a test found it.
 *
 * @param error why it could not be reached, as a message the pages show in the reader's language; null otherwise
 */
public record ClusterHealth(Status status, String version, Integer nodeCount, Instant checkedAt, Message error) {

    public enum Status {
        UNKNOWN, REACHABLE, UNREACHABLE;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static final ClusterHealth UNKNOWN = new ClusterHealth(Status.UNKNOWN, null, null, null, null);

    public static ClusterHealth reachable(ClusterInfo info, Instant at) {
        return new ClusterHealth(Status.REACHABLE, info.version(), info.nodeCount(), at, null);
    }

    public static ClusterHealth unreachable(Message error, Instant at) {
        return new ClusterHealth(Status.UNREACHABLE, null, null, at, error);
    }

    /** Why it could not be reached, in English, as the JSON API and the audit log give it; null otherwise. */
    public String errorText() {
        return error == null ? null : error.text();
    }
}
