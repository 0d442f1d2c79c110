package org.kubedeck.application.audit.port.in;

import org.kubedeck.domain.audit.AuditFilter;
import org.kubedeck.domain.audit.AuditPage;
import org.kubedeck.domain.user.Actor;

public interface SearchAuditLogQuery {

    int MAX_LIMIT = 500;
    int DEFAULT_LIMIT = 50;

    /** Admins see every entry; other users only their own. */
    AuditPage search(Actor actor, AuditFilter filter, int limit, Long beforeId);
}
