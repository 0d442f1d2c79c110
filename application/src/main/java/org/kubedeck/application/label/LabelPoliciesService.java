package org.kubedeck.application.label;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.kubedeck.application.UseCase;
import org.kubedeck.application.audit.AuditLog;
import org.kubedeck.application.kube.ClusterGate;
import org.kubedeck.application.label.port.in.LabelPoliciesUseCase;
import org.kubedeck.application.label.port.out.LabelPolicyStore;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.NotFoundException;
import org.kubedeck.domain.audit.AuditAction;
import org.kubedeck.domain.audit.AuditDetail;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.label.LabelPolicy;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.ClusterAction;

/** Policies kept in the console's records: the permission checked, the cluster not asked. */
@UseCase
class LabelPoliciesService implements LabelPoliciesUseCase {

    private final ClusterGate gate;
    private final LabelPolicyStore store;
    private final AuditLog auditLog;
    private final Clock clock;

    LabelPoliciesService(ClusterGate gate, LabelPolicyStore store, AuditLog auditLog, Clock clock) {
        this.gate = gate;
        this.store = store;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Override
    public List<LabelPolicy> policies(Actor actor, ClusterName cluster) {
        gate.require(actor, cluster, ClusterAction.VIEW, "view the label policies of " + cluster, cluster.value());
        return store.list(cluster);
    }

    @Override
    public LabelPolicy set(Actor actor, SetPolicyCommand command) {
        gate.require(actor, command.cluster(), ClusterAction.CONFIGURE, "set a label policy on " + command.cluster(),
                command.cluster().value());
        LabelPolicy policy = command.policy();
        store.save(command.cluster(), policy, actor.username().value(), clock.instant());
        auditLog.success(actor, AuditAction.LABEL_POLICY_SET, policy.key(), command.cluster().value(),
                AuditDetail.of("kinds", String.join(",", policy.kinds()), "allowed", String.join(",",
                        policy.allowed()), "pattern", policy.pattern()));
        return policy;
    }

    @Override
    public void remove(Actor actor, ClusterName cluster, UUID id) {
        gate.require(actor, cluster, ClusterAction.CONFIGURE, "remove a label policy of " + cluster,
                cluster.value());
        if (!store.delete(cluster, id)) {
            throw new NotFoundException(Message.of("label.noSuchPolicy", "Cluster {0} has no label policy {1}.",
                    cluster, id));
        }
        auditLog.success(actor, AuditAction.LABEL_POLICY_REMOVED, id.toString(), cluster.value(), AuditDetail.EMPTY);
    }
}
