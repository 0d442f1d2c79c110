package org.kubedeck.application.scale;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.kubedeck.application.UseCase;
import org.kubedeck.application.kube.AuditedChanges;
import org.kubedeck.application.kube.ClusterGate;
import org.kubedeck.application.quota.port.out.QuotaCluster;
import org.kubedeck.application.scale.port.in.ScaleWorkloadUseCase;
import org.kubedeck.application.scale.port.out.ScaleCluster;
import org.kubedeck.application.scale.port.out.ScaleCluster.ScalableWorkload;
import org.kubedeck.domain.audit.AuditAction;
import org.kubedeck.domain.audit.AuditDetail;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.kube.ResourceRef;
import org.kubedeck.domain.quota.Headroom;
import org.kubedeck.domain.quota.QuotaView;
import org.kubedeck.domain.scale.Replicas;
import org.kubedeck.domain.scale.ScalePlan;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.ClusterAction;

/** Scaling with the quota headroom it takes shown first; a change is recorded as a version and audited. */
@UseCase
class ScaleService implements ScaleWorkloadUseCase {

    private final ClusterGate gate;
    private final ScaleCluster workloads;
    private final QuotaCluster quotas;
    private final AuditedChanges changes;

    ScaleService(ClusterGate gate, ScaleCluster workloads, QuotaCluster quotas, AuditedChanges changes) {
        this.gate = gate;
        this.workloads = workloads;
        this.quotas = quotas;
        this.changes = changes;
    }

    @Override
    public ScaleReport preview(Actor actor, ResourceRef workload, Replicas replicas) {
        return report(gate.open(actor, workload, ClusterAction.VIEW, "preview scaling " + workload.describe()),
                workload, replicas);
    }

    @Override
    public ScaleReport scale(Actor actor, ResourceRef workload, Replicas replicas) {
        ClusterAccess access = gate.open(actor, workload, ClusterAction.CHANGE, "scale " + workload.describe());
        ScaleReport report = report(access, workload, replicas);
        if (report.current() == report.target()) {
            return report;
        }
        int scaled = changes.change(actor, access, workload,
                "scaled from " + report.current() + " to " + report.target(), AuditAction.WORKLOAD_SCALED,
                () -> workloads.scale(access, workload.kind(), workload.namespace(), workload.name(),
                        replicas.count()),
                to -> AuditDetail.of("from", report.current(), "to", to));
        return new ScaleReport(workload, report.current(), scaled, report.perPod(), report.headroom(),
                report.unset(), true);
    }

    /** Reads the workload, the namespace's limit ranges and quotas, and sets the added pods against the quotas. */
    private ScaleReport report(ClusterAccess access, ResourceRef workload, Replicas replicas) {
        ScalePlan.scalable(workload.kind());
        ScalableWorkload found = workloads.workload(access, workload.kind(), workload.namespace(), workload.name());
        ScalePlan plan = new ScalePlan(found.replicas(), replicas,
                found.pod().admitted(quotas.limitRanges(access, workload.namespace())));
        List<Headroom> headroom = new ArrayList<>();
        TreeSet<String> unset = new TreeSet<>();
        if (plan.added() > 0) {
            for (QuotaView quota : quotas.quotas(access, workload.namespace())) {
                headroom.addAll(plan.headroom(quota.name(), quota.items()));
                unset.addAll(plan.unset(quota.items()));
            }
        }
        return new ScaleReport(workload, found.replicas(), replicas.count(), plan.pod().perPod(), headroom,
                new ArrayList<>(unset), false);
    }
}
