package org.kubedeck.domain.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One thing that happened, as it will be appended to the audit log. Time is kept to the microsecond, the
 * precision the log stores, so that the hash computed now matches the row read back later.
 */
public record AuditEvent(Instant time, String actor, String clientIp, AuditAction action, String target,
        String cluster, Outcome outcome, String detail) {

    public AuditEvent {
        time = Objects.requireNonNull(time).truncatedTo(ChronoUnit.MICROS);
        Objects.requireNonNull(actor);
        clientIp = clientIp == null ? "" : clientIp;
        Objects.requireNonNull(action);
        target = target == null ? "" : target;
        Objects.requireNonNull(outcome);
        detail = detail == null ? AuditDetail.EMPTY.toJson() : detail;
    }
}
