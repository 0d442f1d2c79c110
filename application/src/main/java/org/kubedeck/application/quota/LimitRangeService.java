package org.kubedeck.application.quota;

import java.util.List;
import org.kubedeck.application.UseCase;
import org.kubedeck.application.kube.AuditedChanges;
import org.kubedeck.application.kube.ClusterGate;
import org.kubedeck.application.quota.port.in.LimitRangesUseCase;
import org.kubedeck.application.quota.port.out.QuotaCluster;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.NotFoundException;
import org.kubedeck.domain.audit.AuditAction;
import org.kubedeck.domain.audit.AuditDetail;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.kube.NamespaceRef;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.quota.LimitSpec;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.ClusterAction;

/** LimitRanges; every change is audited and recorded as a version of the limit range. */
@UseCase
class LimitRangeService implements LimitRangesUseCase {

    private final ClusterGate gate;
    private final QuotaCluster cluster;
    private final AuditedChanges changes;

    LimitRangeService(ClusterGate gate, QuotaCluster cluster, AuditedChanges changes) {
        this.gate = gate;
        this.cluster = cluster;
        this.changes = changes;
    }

    @Override
    public List<LimitSpec> limitRanges(Actor actor, NamespaceRef namespace) {
        return cluster.limitRanges(gate.open(actor, namespace, ClusterAction.VIEW, "view limit ranges"),
                namespace.namespace());
    }

    @Override
    public LimitSpec limitRange(Actor actor, NamespaceRef namespace, String name) {
        ClusterAccess access = gate.open(actor, namespace, ClusterAction.VIEW, "view limit range " + name);
        return cluster.limitRange(access, namespace.namespace(), name).orElseThrow(() -> new NotFoundException(
                Message.of("kube.objectDoesNotExist", "{0} {1}/{2} does not exist.", "LimitRange", namespace, name)));
    }

    @Override
    public LimitSpec createLimitRange(Actor actor, NamespaceRef namespace, LimitSpec spec) {
        ClusterAccess access = gate.open(actor, namespace, ClusterAction.CHANGE, "create limit range " + spec.name());
        return changes.change(actor, access, namespace.object(ResourceKind.LIMITRANGE, spec.name()),
                AuditAction.LIMIT_RANGE_CREATED, AuditDetail.of("limits", spec.limits().size()),
                () -> cluster.createLimitRange(access, namespace.namespace(), spec));
    }

    @Override
    public LimitSpec updateLimitRange(Actor actor, NamespaceRef namespace, LimitSpec spec) {
        ClusterAccess access = gate.open(actor, namespace, ClusterAction.CHANGE, "change limit range " + spec.name());
        return changes.change(actor, access, namespace.object(ResourceKind.LIMITRANGE, spec.name()),
                AuditAction.LIMIT_RANGE_UPDATED, AuditDetail.of("limits", spec.limits().size()),
                () -> cluster.replaceLimitRange(access, namespace.namespace(), spec));
    }

    @Override
    public void deleteLimitRange(Actor actor, NamespaceRef namespace, String name) {
        ClusterAccess access = gate.open(actor, namespace, ClusterAction.CHANGE, "delete limit range " + name);
        changes.delete(actor, namespace.object(ResourceKind.LIMITRANGE, name), AuditAction.LIMIT_RANGE_DELETED,
                () -> cluster.deleteLimitRange(access, namespace.namespace(), name));
    }
}
