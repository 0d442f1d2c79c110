package org.kubedeck.application.audit.port.out;

import java.util.List;
import org.kubedeck.domain.audit.AuditFilter;
import org.kubedeck.domain.audit.AuditPage;
import org.kubedeck.domain.audit.AuditEvent;
import org.kubedeck.domain.audit.AuditRecord;

/** The append-only audit log. Implementations chain every entry to the one before it. */
public interface AuditTrail {

    /** Appends one entry after the current last one, safely against concurrent appends. */
    AuditRecord append(AuditEvent event);

    /** Newest first; {@code beforeId} continues a previous page (keyset), null starts at the newest. */
    AuditPage search(AuditFilter filter, int limit, Long beforeId);

    /** Oldest first, entries with an id greater than {@code afterId}: the order the chain is verified in. */
    List<AuditRecord> readInOrder(long afterId, int limit);
}
