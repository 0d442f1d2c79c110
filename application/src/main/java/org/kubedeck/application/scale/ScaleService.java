package org.kubedeck.application.scale;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.kubedeck.application.UseCase;
import org.kubedeck.application.audit.AuditLog;
import org.kubedeck.application.kube.ClusterGate;
import org.kubedeck.application.kube.ResourceHistory;
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
    private final ResourceHistory history;
    private final AuditLog auditLog;

    ScaleService(ClusterGate gate, ScaleCluster workloads, QuotaCluster quotas, ResourceHistory history,
            AuditLog auditLog) {
        this.gate = gate;
        this.workloads = workloads;
        this.quotas = quotas;
        this.history = history;
        this.auditLog = auditLog;
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
        int scaled = history.change(access, workload, actor.username().value(),
                "scaled from " + report.current() + " to " + report.target(),
                () -> workloads.scale(access, workload.kind(), workload.namespace(), workload.name(),
                        replicas.count()));
        auditLog.success(actor, AuditAction.WORKLOAD_SCALED, workload.describe(), workload.cluster().value(),
                AuditDetail.of("from", report.current(), "to", scaled));
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
