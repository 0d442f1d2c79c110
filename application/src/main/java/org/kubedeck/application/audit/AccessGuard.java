package org.kubedeck.application.audit;

import org.kubedeck.domain.AccessDeniedException;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.NotFoundException;
import org.kubedeck.domain.audit.AuditAction;
import org.kubedeck.domain.audit.AuditDetail;
import org.kubedeck.domain.audit.Outcome;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.ClusterAction;

/** Refuses what an actor may not do, and records every refusal in the audit log before it throws. */
public class AccessGuard {

    private final AuditLog auditLog;

    public AccessGuard(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    /** Only global admins pass. {@code attempted} names what was tried, for the audit entry. */
    public void requireAdmin(Actor actor, String attempted, String target) {
        if (!actor.isAdmin()) {
            deny(actor, attempted, target, null);
        }
    }

    /**
     * A cluster the actor may not see answers as if it did not exist (NotFoundException), so that names do
     * not leak; one it may see but not act on is refused. Both are audited.
     */
    public void require(Actor actor, ClusterName cluster, ClusterAction action, String attempted, String target) {
        if (!actor.permissions().canSee(cluster)) {
            auditLog.record(actor, AuditAction.DENIED, target, cluster.value(), Outcome.DENIED,
                    AuditDetail.of("attempted", attempted));
            throw new NotFoundException(Message.of("cluster.clusterDoesNotExist",
                    "Cluster '{0}' does not exist.", cluster));
        }
        if (!actor.permissions().allows(cluster, action)) {
            deny(actor, attempted, target, cluster.value());
        }
    }

    /**
     * Refuses, audited, what the actor's permissions would allow but the cluster's own settings do not; the
     * refusal says {@code why}.
     */
    public void refuse(Actor actor, ClusterName cluster, String attempted, String target, Message why) {
        auditLog.record(actor, AuditAction.DENIED, target, cluster.value(), Outcome.DENIED,
                AuditDetail.of("attempted", attempted));
        throw new AccessDeniedException(why);
    }

    private void deny(Actor actor, String attempted, String target, String cluster) {
        auditLog.record(actor, AuditAction.DENIED, target, cluster, Outcome.DENIED,
                AuditDetail.of("attempted", attempted));
        throw new AccessDeniedException(Message.of("audit.youAreNotAllowed", "You are not allowed to {0}.", attempted));
    }
}
