package org.kubedeck.application.quota;

import java.util.List;
import java.util.function.Supplier;
import org.kubedeck.application.UseCase;
import org.kubedeck.application.audit.AuditLog;
import org.kubedeck.application.kube.ClusterGate;
import org.kubedeck.application.kube.ResourceHistory;
import org.kubedeck.application.quota.port.in.QuotasUseCase;
import org.kubedeck.application.quota.port.out.QuotaCluster;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.NotFoundException;
import org.kubedeck.domain.audit.AuditAction;
import org.kubedeck.domain.audit.AuditDetail;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.kube.ResourceRef;
import org.kubedeck.domain.quota.LimitSpec;
import org.kubedeck.domain.quota.QuotaSpec;
import org.kubedeck.domain.quota.QuotaView;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.ClusterAction;

/** Quotas and limit ranges; every change is audited and recorded as a version of the object. */
@UseCase
class QuotaService implements QuotasUseCase {

    private final ClusterGate gate;
    private final QuotaCluster quotas;
    private final ResourceHistory history;
    private final AuditLog auditLog;

    QuotaService(ClusterGate gate, QuotaCluster quotas, ResourceHistory history, AuditLog auditLog) {
        this.gate = gate;
        this.quotas = quotas;
        this.history = history;
        this.auditLog = auditLog;
    }

    @Override
    public List<QuotaView> quotas(Actor actor, ClusterName cluster, String namespace) {
        return quotas.quotas(open(actor, cluster, namespace, ClusterAction.VIEW, "view quotas"), namespace);
    }

    @Override
    public QuotaView quota(Actor actor, ClusterName cluster, String namespace, String name) {
        return quotas.quota(open(actor, cluster, namespace, ClusterAction.VIEW, "view quota " + name), namespace,
                name).orElseThrow(() -> missing("ResourceQuota", namespace, name));
    }

    @Override
    public QuotaView createQuota(Actor actor, ClusterName cluster, String namespace, QuotaSpec spec) {
        ClusterAccess access = open(actor, cluster, namespace, ClusterAction.CHANGE, "create quota " + spec.name());
        return changed(actor, access, new ResourceRef(cluster, namespace, ResourceKind.RESOURCEQUOTA, spec.name()),
                AuditAction.QUOTA_CREATED, AuditDetail.of("hard", spec.hard().toString()),
                () -> quotas.createQuota(access, namespace, spec));
    }

    @Override
    public QuotaView updateQuota(Actor actor, ClusterName cluster, String namespace, QuotaSpec spec) {
        ClusterAccess access = open(actor, cluster, namespace, ClusterAction.CHANGE, "change quota " + spec.name());
        return changed(actor, access, new ResourceRef(cluster, namespace, ResourceKind.RESOURCEQUOTA, spec.name()),
                AuditAction.QUOTA_UPDATED, AuditDetail.of("hard", spec.hard().toString()),
                () -> quotas.replaceQuota(access, namespace, spec));
    }

    @Override
    public void deleteQuota(Actor actor, ClusterName cluster, String namespace, String name) {
        ClusterAccess access = open(actor, cluster, namespace, ClusterAction.CHANGE, "delete quota " + name);
        quotas.deleteQuota(access, namespace, name);
        auditLog.success(actor, AuditAction.QUOTA_DELETED, "resourcequota " + namespace + "/" + name,
                cluster.value(), AuditDetail.EMPTY);
    }

    @Override
    public List<LimitSpec> limitRanges(Actor actor, ClusterName cluster, String namespace) {
        return quotas.limitRanges(open(actor, cluster, namespace, ClusterAction.VIEW, "view limit ranges"),
                namespace);
    }

    @Override
    public LimitSpec limitRange(Actor actor, ClusterName cluster, String namespace, String name) {
        return quotas.limitRange(open(actor, cluster, namespace, ClusterAction.VIEW, "view limit range " + name),
                namespace, name).orElseThrow(() -> missing("LimitRange", namespace, name));
    }

    @Override
    public LimitSpec createLimitRange(Actor actor, ClusterName cluster, String namespace, LimitSpec spec) {
        ClusterAccess access = open(actor, cluster, namespace, ClusterAction.CHANGE,
                "create limit range " + spec.name());
        return changed(actor, access, new ResourceRef(cluster, namespace, ResourceKind.LIMITRANGE, spec.name()),
                AuditAction.LIMIT_RANGE_CREATED, AuditDetail.of("limits", spec.limits().size()),
                () -> quotas.createLimitRange(access, namespace, spec));
    }

    @Override
    public LimitSpec updateLimitRange(Actor actor, ClusterName cluster, String namespace, LimitSpec spec) {
        ClusterAccess access = open(actor, cluster, namespace, ClusterAction.CHANGE,
                "change limit range " + spec.name());
        return changed(actor, access, new ResourceRef(cluster, namespace, ResourceKind.LIMITRANGE, spec.name()),
                AuditAction.LIMIT_RANGE_UPDATED, AuditDetail.of("limits", spec.limits().size()),
                () -> quotas.replaceLimitRange(access, namespace, spec));
    }

    @Override
    public void deleteLimitRange(Actor actor, ClusterName cluster, String namespace, String name) {
        ClusterAccess access = open(actor, cluster, namespace, ClusterAction.CHANGE, "delete limit range " + name);
        quotas.deleteLimitRange(access, namespace, name);
        auditLog.success(actor, AuditAction.LIMIT_RANGE_DELETED, "limitrange " + namespace + "/" + name,
                cluster.value(), AuditDetail.EMPTY);
    }

    private ClusterAccess open(Actor actor, ClusterName cluster, String namespace, ClusterAction action,
            String attempted) {
        return gate.open(actor, cluster, action, attempted + " in " + namespace,
                ResourceRef.checkNamespace(namespace));
    }

    /** Carries out the change with its versions around it, then audits it. */
    private <T> T changed(Actor actor, ClusterAccess access, ResourceRef resource, AuditAction action,
            AuditDetail detail, Supplier<T> change) {
        T result = history.change(access, resource, actor.username().value(), action.code().replace('_', ' '),
                change);
        auditLog.success(actor, action, resource.describe(), resource.cluster().value(), detail);
        return result;
    }

    private static NotFoundException missing(String kind, String namespace, String name) {
        return new NotFoundException(Message.of("kube.objectDoesNotExist",
                "{0} {1}/{2} does not exist.", kind, namespace, name));
    }
}
