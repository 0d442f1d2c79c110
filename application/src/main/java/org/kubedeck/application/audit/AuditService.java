package org.kubedeck.application.audit;

import java.util.List;
import org.kubedeck.application.UseCase;
import org.kubedeck.application.audit.port.in.SearchAuditLogQuery;
import org.kubedeck.application.audit.port.in.VerifyAuditChainUseCase;
import org.kubedeck.application.audit.port.out.AuditTrail;
import org.kubedeck.domain.audit.AuditAction;
import org.kubedeck.domain.audit.AuditChain;
import org.kubedeck.domain.audit.AuditFilter;
import org.kubedeck.domain.audit.AuditPage;
import org.kubedeck.domain.audit.AuditDetail;
import org.kubedeck.domain.audit.AuditRecord;
import org.kubedeck.domain.audit.Outcome;
import org.kubedeck.domain.user.Actor;

@UseCase
class AuditService implements SearchAuditLogQuery, VerifyAuditChainUseCase {

    private static final int VERIFY_BATCH = 2_000;

    private final AuditTrail trail;
    private final AuditLog auditLog;
    private final AccessGuard guard;

    AuditService(AuditTrail trail, AuditLog auditLog, AccessGuard guard) {
        this.trail = trail;
        this.auditLog = auditLog;
        this.guard = guard;
    }

    @Override
    public AuditPage search(Actor actor, AuditFilter filter, int limit, Long beforeId) {
        int boundedLimit = limit <= 0 ? DEFAULT_LIMIT : Math.min(limit, MAX_LIMIT);
        AuditFilter visible = filter;
        if (!actor.isAdmin()) {
            String self = actor.username().value();
            if (filter.actor() != null && !filter.actor().equals(self)) {
                return new AuditPage(List.of(), null);
            }
            visible = filter.withActor(self);
        }
        return trail.search(visible, boundedLimit, beforeId);
    }

    @Override
    public ChainReport verify(Actor actor) {
        guard.requireAdmin(actor, "verify the audit chain", "audit_log");
        AuditChain chain = new AuditChain();
        long after = 0;
        List<AuditRecord> batch;
        do {
            batch = trail.readInOrder(after, VERIFY_BATCH);
            for (AuditRecord record : batch) {
                if (!chain.accept(record)) {
                    return report(actor, chain);
                }
                after = record.id();
            }
        } while (batch.size() == VERIFY_BATCH);
        return report(actor, chain);
    }

    private ChainReport report(Actor actor, AuditChain chain) {
        Long brokenId = chain.firstBroken().map(AuditRecord::id).orElse(null);
        auditLog.record(actor, AuditAction.AUDIT_CHAIN_VERIFIED, "audit_log", null,
                brokenId == null ? Outcome.SUCCESS : Outcome.FAILURE,
                AuditDetail.of("checked", chain.checked(), "first_broken_id", brokenId));
        return new ChainReport(chain.checked(), brokenId, chain.problem());
    }
}
