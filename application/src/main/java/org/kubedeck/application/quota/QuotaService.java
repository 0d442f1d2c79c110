package org.kubedeck.application.quota;

import java.util.List;
import org.kubedeck.application.UseCase;
import org.kubedeck.application.kube.AuditedChanges;
import org.kubedeck.application.kube.ClusterGate;
import org.kubedeck.application.quota.port.in.QuotasUseCase;
import org.kubedeck.application.quota.port.out.QuotaCluster;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.NotFoundException;
import org.kubedeck.domain.audit.AuditAction;
import org.kubedeck.domain.audit.AuditDetail;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.kube.NamespaceRef;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.quota.QuotaSpec;
import org.kubedeck.domain.quota.QuotaView;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.ClusterAction;

/** ResourceQuotas; every change is audited and recorded as a version of the quota. */
@UseCase
class QuotaService implements QuotasUseCase {

    private final ClusterGate gate;
    private final QuotaCluster quotas;
    private final AuditedChanges changes;

    QuotaService(ClusterGate gate, QuotaCluster quotas, AuditedChanges changes) {
        this.gate = gate;
        this.quotas = quotas;
        this.changes = changes;
    }

    @Override
    public List<QuotaView> quotas(Actor actor, NamespaceRef namespace) {
        return quotas.quotas(gate.open(actor, namespace, ClusterAction.VIEW, "view quotas"), namespace.namespace());
    }

    @Override
    public QuotaView quota(Actor actor, NamespaceRef namespace, String name) {
        ClusterAccess access = gate.open(actor, namespace, ClusterAction.VIEW, "view quota " + name);
        return quotas.quota(access, namespace.namespace(), name).orElseThrow(() -> new NotFoundException(
                Message.of("kube.objectDoesNotExist", "{0} {1}/{2} does not exist.", "ResourceQuota", namespace,
                        name)));
    }

    @Override
    public QuotaView createQuota(Actor actor, NamespaceRef namespace, QuotaSpec spec) {
        ClusterAccess access = gate.open(actor, namespace, ClusterAction.CHANGE, "create quota " + spec.name());
        return changes.change(actor, access, namespace.object(ResourceKind.RESOURCEQUOTA, spec.name()),
                AuditAction.QUOTA_CREATED, AuditDetail.of("hard", spec.hard().toString()),
                () -> quotas.createQuota(access, namespace.namespace(), spec));
    }

    @Override
    public QuotaView updateQuota(Actor actor, NamespaceRef namespace, QuotaSpec spec) {
        ClusterAccess access = gate.open(actor, namespace, ClusterAction.CHANGE, "change quota " + spec.name());
        return changes.change(actor, access, namespace.object(ResourceKind.RESOURCEQUOTA, spec.name()),
                AuditAction.QUOTA_UPDATED, AuditDetail.of("hard", spec.hard().toString()),
                () -> quotas.replaceQuota(access, namespace.namespace(), spec));
    }

    @Override
    public void deleteQuota(Actor actor, NamespaceRef namespace, String name) {
        ClusterAccess access = gate.open(actor, namespace, ClusterAction.CHANGE, "delete quota " + name);
        changes.delete(actor, namespace.object(ResourceKind.RESOURCEQUOTA, name), AuditAction.QUOTA_DELETED,
                () -> quotas.deleteQuota(access, namespace.namespace(), name));
    }
}
