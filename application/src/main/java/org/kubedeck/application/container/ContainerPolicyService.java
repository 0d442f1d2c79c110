package org.kubedeck.application.container;

import org.kubedeck.application.UseCase;
import org.kubedeck.application.audit.AuditLog;
import org.kubedeck.application.container.port.in.ContainerPolicyUseCase;
import org.kubedeck.application.container.port.out.ContainerPolicies;
import org.kubedeck.application.kube.ClusterGate;
import org.kubedeck.domain.audit.AuditAction;
import org.kubedeck.domain.audit.AuditDetail;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.container.ContainerPolicy;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.ClusterAction;

/** Reads and sets a cluster's container policy. */
@UseCase
class ContainerPolicyService implements ContainerPolicyUseCase {

    private final ClusterGate gate;
    private final ContainerPolicies policies;
    private final AuditLog auditLog;

    ContainerPolicyService(ClusterGate gate, ContainerPolicies policies, AuditLog auditLog) {
        this.gate = gate;
        this.policies = policies;
        this.auditLog = auditLog;
    }

    @Override
    public ContainerPolicy policy(Actor actor, ClusterName cluster) {
        gate.require(actor, cluster, ClusterAction.VIEW, "read the container policy of " + cluster, cluster.value());
        return policies.policy(cluster);
    }

    @Override
    public ContainerPolicy change(Actor actor, ClusterName cluster, ContainerPolicy policy) {
        gate.require(actor, cluster, ClusterAction.CONFIGURE, "change the container policy of " + cluster,
                cluster.value());
        policies.save(cluster, policy);
        auditLog.success(actor, AuditAction.CONTAINER_POLICY_CHANGED, cluster.value(), cluster.value(),
                AuditDetail.of("exec", policy.exec(), "files", policy.files(), "record_transcripts",
                        policy.recordTranscripts()));
        return policy;
    }
}
