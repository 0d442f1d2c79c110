package org.kubedeck.web.node;

import java.util.List;
import java.util.Map;
import org.kubedeck.application.node.port.in.SchedulingUseCase;
import org.kubedeck.domain.node.SchedulingChange;
import org.kubedeck.domain.node.SchedulingConstraints;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.web.support.ClusterParameter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Where a workload's pods may run, and changing its node selector, required node affinity and tolerations. */
@RestController
@RequestMapping("/api/k8s/scheduling")
class SchedulingApiController {

    private final SchedulingUseCase scheduling;

    SchedulingApiController(SchedulingUseCase scheduling) {
        this.scheduling = scheduling;
    }

    /** Requirements, terms and tolerations in the notation of the workload page's form. */
    record SchedulingJson(Map<String, String> nodeSelector, List<String> requiredNodeAffinity,
            List<String> preferredNodeAffinity, List<String> podAffinity, List<String> podAntiAffinity,
            List<String> tolerations) {

        static SchedulingJson of(SchedulingConstraints constraints) {
            SchedulingChange editable = SchedulingChange.of(constraints);
            return new SchedulingJson(editable.nodeSelector(), editable.requiredNodeAffinityLines(),
                    constraints.preferredNodeAffinity(), constraints.podAffinity(), constraints.podAntiAffinity(),
                    editable.tolerationLines());
        }
    }

    /** A part left out stays as it is; an empty one is removed. */
    record SchedulingRequest(Map<String, String> nodeSelector, List<String> requiredNodeAffinity,
            List<String> tolerations) {
    }

    @GetMapping("/{cluster}/{namespace}/{kind}/{name}")
    SchedulingJson scheduling(Actor actor, @PathVariable String cluster, @PathVariable String namespace,
            @PathVariable String kind, @PathVariable String name) {
        return SchedulingJson.of(scheduling.scheduling(actor, ClusterParameter.object(cluster, namespace, kind, name)));
    }

    @PutMapping("/{cluster}/{namespace}/{kind}/{name}")
    SchedulingJson change(Actor actor, @PathVariable String cluster, @PathVariable String namespace,
            @PathVariable String kind, @PathVariable String name, @RequestBody SchedulingRequest body) {
        return SchedulingJson.of(scheduling.changeScheduling(actor,
                ClusterParameter.object(cluster, namespace, kind, name),
                SchedulingChange.fromLines(body.nodeSelector(), body.requiredNodeAffinity(), body.tolerations())));
    }
}
