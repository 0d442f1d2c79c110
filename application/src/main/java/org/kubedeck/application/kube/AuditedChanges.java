package org.kubedeck.application.kube;

import java.util.function.Supplier;
import org.kubedeck.application.audit.AuditLog;
import org.kubedeck.domain.audit.AuditAction;
import org.kubedeck.domain.audit.AuditDetail;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.kube.ResourceRef;
import org.kubedeck.domain.user.Actor;

/**
 * A change of one object as the features make it: its versions recorded around it ({@link ResourceHistory#change}),
 * then its audit entry, which names the object. A feature whose audit entry depends on what the change answered
 * audits it itself.
 */
public class AuditedChanges {

    private final ResourceHistory history;
    private final AuditLog auditLog;

    public AuditedChanges(ResourceHistory history, AuditLog auditLog) {
        this.history = history;
        this.auditLog = auditLog;
    }

    /** The action's words are the version's note: {@code quota created}. */
    public <T> T change(Actor actor, ClusterAccess access, ResourceRef resource, AuditAction action,
            AuditDetail detail, Supplier<T> change) {
        T result = history.change(access, resource, actor.username().value(), action.code().replace('_', ' '),
                change);
        audit(actor, resource, action, detail);
        return result;
    }

    /** A deletion leaves no version to record; it is audited. */
    public void delete(Actor actor, ResourceRef resource, AuditAction action, Runnable delete) {
        delete.run();
        audit(actor, resource, action, AuditDetail.EMPTY);
    }

    private void audit(Actor actor, ResourceRef resource, AuditAction action, AuditDetail detail) {
        auditLog.success(actor, action, resource.describe(), resource.cluster().value(), detail);
    }
}
