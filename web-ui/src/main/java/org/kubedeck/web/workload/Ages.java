package org.kubedeck.web.workload;

import java.time.Duration;
import java.time.Instant;

/** Ages as kubectl shows them: 45s, 12m, 5h, 3d. */
public final class Ages {

    private Ages() {
    }

    public static String of(long seconds) {
        if (seconds < 120) {
            return seconds + "s";
        }
        if (seconds < 2 * 3600) {
            return seconds / 60 + "m";
        }
        if (seconds < 2 * 86400) {
            return seconds / 3600 + "h";
        }
        return seconds / 86400 + "d";
    }

    /** The age of something made at {@code from}; empty when that is unknown. */
    public static String since(Instant from, Instant now) {
        return from == null ? "" : of(Math.max(0, Duration.between(from, now).getSeconds()));
    }
}
