package org.kubedeck.web.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.audit.AuditAction;
import org.kubedeck.domain.audit.AuditFilter;
import org.springframework.web.bind.annotation.BindParam;

/**
 * The audit filters as the page, the CSV export and the API receive them: {@code start_time, end_time, action,
 * actor, cluster}. Times are ISO-8601: an instant, a date-time with offset, a local date-time or a date (UTC).
 */
public record AuditRequest(@BindParam("start_time") String startTime, @BindParam("end_time") String endTime,
        String action, String actor, String cluster) {

    public AuditFilter toFilter() {
        AuditAction parsedAction = action == null || action.isBlank() ? null
                : AuditAction.fromCode(action).orElseThrow(() -> new InvalidInputException("action",
                        Message.of("audit.unknownAction", "Unknown action '{0}'.", action)));
        return new AuditFilter(time("start_time", startTime), time("end_time", endTime), parsedAction, actor,
                cluster);
    }

    static Instant time(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.trim();
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            if (value.endsWith("Z") || value.matches(".*[+-]\\d\\d:\\d\\d$")) {
                return OffsetDateTime.parse(value).toInstant();
            }
            return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, Message.of("audit.notIsoTimeSuch",
                    "'{0}' is not an ISO-8601 time such as 2026-11-30T08:00:00Z.", value));
        }
    }
}
