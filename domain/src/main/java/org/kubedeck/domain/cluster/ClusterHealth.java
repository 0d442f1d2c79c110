package org.kubedeck.domain.cluster;

import java.time.Instant;
import java.util.Locale;

/** The last known state of a cluster's API server, as the background check or a test found it. */
public record ClusterHealth(Status status, String version, Integer nodeCount, Instant checkedAt, String error) {

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

    public static ClusterHealth unreachable(String error, Instant at) {
        return new ClusterHealth(Status.UNREACHABLE, null, null, at, error);
    }
}
