package org.kubedeck.domain.audit;

import java.time.Instant;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;

/** Which audit entries to show. Every field is optional; {@code to} is exclusive. */
public record AuditFilter(Instant from, Instant to, AuditAction action, String actor, String cluster) {

    public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null);

    public AuditFilter {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidInputException("start_time", Message.of("audit.startTimeMustBefore",
                    "The start time must be before the end time."));
        }
        actor = blankToNull(actor);
        cluster = blankToNull(cluster);
    }

    public AuditFilter withActor(String onlyActor) {
        return new AuditFilter(from, to, action, onlyActor, cluster);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
