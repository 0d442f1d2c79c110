package org.kubedeck.domain.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One thing that happened, as it will be appended to the audit log. Time is kept to the microsecond, the
 * precision the log stores, so that the hash computed now matches the row read back later. An actor or target
 * longer than the log keeps (a typed user name, a bulk change of many pods) is shortened, ending in "…".
 */
public record AuditEvent(Instant time, String actor, String clientIp, AuditAction action, String target,
        String cluster, Outcome outcome, String detail) {

    public static final int MAX_ACTOR = 64;
    public static final int MAX_TARGET = 255;

    public AuditEvent {
        time = Objects.requireNonNull(time).truncatedTo(ChronoUnit.MICROS);
        actor = shortened(Objects.requireNonNull(actor), MAX_ACTOR);
        clientIp = clientIp == null ? "" : clientIp;
        Objects.requireNonNull(action);
        target = target == null ? "" : shortened(target, MAX_TARGET);
        Objects.requireNonNull(outcome);
        detail = detail == null ? AuditDetail.EMPTY.toJson() : detail;
    }

    private static String shortened(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
