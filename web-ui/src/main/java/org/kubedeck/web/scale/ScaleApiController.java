package org.kubedeck.web.scale;

import java.util.List;
import java.util.Map;
import org.kubedeck.application.scale.port.in.ScaleWorkloadUseCase;
import org.kubedeck.application.scale.port.in.ScaleWorkloadUseCase.ScaleReport;
import org.kubedeck.domain.kube.ResourceRef;
import org.kubedeck.domain.quota.Headroom;
import org.kubedeck.domain.scale.Replicas;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.web.support.ClusterParameter;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The replicas of a Deployment or StatefulSet, with what the added pods take from the namespace's quotas. */
@RestController
class ScaleApiController {

    private final ScaleWorkloadUseCase scaling;

    ScaleApiController(ScaleWorkloadUseCase scaling) {
        this.scaling = scaling;
    }

    record ScaleRequest(Integer replicas, Boolean dryRun) {
    }

    record HeadroomJson(String quota, String resource, String used, String hard, String needed, boolean fits) {

        static HeadroomJson of(Headroom headroom) {
            return new HeadroomJson(headroom.quota(), headroom.resource(), headroom.used(), headroom.hard(),
                    headroom.needed(), headroom.fits());
        }
    }

    record ScaleJson(String kind, String name, int replicasBefore, int replicas, Map<String, String> perPod,
            List<HeadroomJson> headroom, List<String> unset, boolean fits, boolean scaled) {

        static ScaleJson of(ScaleReport report) {
            return new ScaleJson(report.workload().kind().code(), report.workload().name(), report.current(),
                    report.target(), report.perPod(), report.headroom().stream().map(HeadroomJson::of).toList(),
                    report.unset(), report.fits(), report.scaled());
        }
    }

    /** With {@code dry_run} only the preview, which needs read; without, the change, which needs write. */
    @PostMapping("/api/k8s/workloads/{cluster}/{namespace}/{kind}/{name}/scale")
    ScaleJson scale(Actor actor, @PathVariable String cluster, @PathVariable String namespace,
            @PathVariable String kind, @PathVariable String name, @RequestBody ScaleRequest body) {
        ResourceRef workload = ClusterParameter.object(cluster, namespace, kind, name);
        Replicas replicas = Replicas.of(body.replicas());
        return ScaleJson.of(Boolean.TRUE.equals(body.dryRun()) ? scaling.preview(actor, workload, replicas)
                : scaling.scale(actor, workload, replicas));
    }
}
