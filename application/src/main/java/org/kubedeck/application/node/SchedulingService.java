package org.kubedeck.application.node;

import org.kubedeck.application.UseCase;
import org.kubedeck.application.kube.AuditedChanges;
import org.kubedeck.application.kube.ClusterGate;
import org.kubedeck.application.node.port.in.SchedulingUseCase;
import org.kubedeck.application.node.port.out.NodeCluster;
import org.kubedeck.domain.audit.AuditAction;
import org.kubedeck.domain.audit.AuditDetail;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.kube.ResourceRef;
import org.kubedeck.domain.node.SchedulingChange;
import org.kubedeck.domain.node.SchedulingConstraints;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.ClusterAction;

/** Where workloads' pods may run, read and changed; a change is recorded as a version and audited. */
@UseCase
class SchedulingService implements SchedulingUseCase {

    private final ClusterGate gate;
    private final NodeCluster nodes;
    private final AuditedChanges changes;

    SchedulingService(ClusterGate gate, NodeCluster nodes, AuditedChanges changes) {
        this.gate = gate;
        this.nodes = nodes;
        this.changes = changes;
    }

    @Override
    public SchedulingConstraints scheduling(Actor actor, ResourceRef workload) {
        ClusterAccess access = gate.open(actor, workload, ClusterAction.VIEW, "view where " + workload.describe()
                + " runs");
        return nodes.scheduling(access, workload.kind(), workload.namespace(), workload.name());
    }

    @Override
    public SchedulingConstraints changeScheduling(Actor actor, ResourceRef workload, SchedulingChange change) {
        ClusterAccess access = changeable(actor, workload);
        return changes.change(actor, access, workload, "scheduling changed", AuditAction.SCHEDULING_CHANGED,
                () -> nodes.changeScheduling(access, workload.kind(), workload.namespace(), workload.name(), change),
                after -> {
                    SchedulingChange now = SchedulingChange.of(after);
                    return AuditDetail.of("node_selector", String.join(", ", now.nodeSelectorLines()),
                            "required_node_affinity", String.join(" or ", now.requiredNodeAffinityLines()),
                            "tolerations", String.join(", ", now.tolerationLines()));
                });
    }

    @Override
    public SchedulingConstraints checkChange(Actor actor, ResourceRef workload) {
        ClusterAccess access = changeable(actor, workload);
        return nodes.scheduling(access, workload.kind(), workload.namespace(), workload.name());
    }

    private ClusterAccess changeable(Actor actor, ResourceRef workload) {
        ClusterAccess access = gate.open(actor, workload, ClusterAction.CHANGE, "change where " + workload.describe()
                + " runs");
        if (!SchedulingChange.CHANGEABLE.contains(workload.kind())) {
            throw SchedulingChange.unchangeable(workload.kind());
        }
        return access;
    }
}
