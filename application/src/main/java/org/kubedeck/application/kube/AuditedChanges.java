package org.kubedeck.application.kube;

import java.util.function.Function;
import java.util.function.Supplier;
import org.kubedeck.application.audit.AuditLog;
import org.kubedeck.domain.audit.AuditAction;
import org.kubedeck.domain.audit.AuditDetail;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.kube.ResourceRef;
import org.kubedeck.domain.user.Actor;

/**
 * Changes of objects as the features make them: the versions of each object recorded around its change
 * ({@link ResourceHistory#change}), then the audit entry. The entry names the object, or, for a change of several
 * objects at once, what the feature says.
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
        return change(actor, access, resource, action.code().replace('_', ' '), action, change, result -> detail);
    }

    /**
     * A change whose note the feature words ({@code scaled from 3 to 5}) and whose audit detail it makes from what
     * the change answered (the replicas it scaled to, the labels it left).
     */
    public <T> T change(Actor actor, ClusterAccess access, ResourceRef resource, String note, AuditAction action,
            Supplier<T> change, Function<T, AuditDetail> detail) {
        T result = recorded(actor, access, resource, note, change);
        audit(actor, resource, action, detail.apply(result));
        return result;
    }

    /** One object's change among several that are audited together ({@link #audited}). */
    public <T> T recorded(Actor actor, ClusterAccess access, ResourceRef resource, String note, Supplier<T> change) {
        return history.change(access, resource, actor.username().value(), note, change);
    }

    /** The one audit entry of a change of several objects, for {@code target} on the cluster. */
    public void audited(Actor actor, AuditAction action, String target, ClusterName cluster, AuditDetail detail) {
        auditLog.success(actor, action, target, cluster.value(), detail);
    }

    /** A deletion leaves no version to record; it is audited. */
    public void delete(Actor actor, ResourceRef resource, AuditAction action, Runnable delete) {
        delete.run();
        audit(actor, resource, action, AuditDetail.EMPTY);
    }

    private void audit(Actor actor, ResourceRef resource, AuditAction action, AuditDetail detail) {
        audited(actor, action, resource.describe(), resource.cluster(), detail);
    }
}
