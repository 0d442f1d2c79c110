package org.kubedeck.domain.audit;

import java.util.List;

/** One page of the audit log, newest first; {@code next} is the id to pass as "before" for the next page. */
public record AuditPage(List<AuditRecord> items, Long next) {

    public AuditPage {
        items = List.copyOf(items);
    }

    /** Builds a page from up to limit+1 rows read newest first: the extra row only tells that more exist. */
    public static AuditPage fromLookahead(List<AuditRecord> rows, int limit) {
        if (rows.size() <= limit) {
            return new AuditPage(rows, null);
        }
        List<AuditRecord> page = rows.subList(0, limit);
        return new AuditPage(page, page.get(limit - 1).id());
    }
}
