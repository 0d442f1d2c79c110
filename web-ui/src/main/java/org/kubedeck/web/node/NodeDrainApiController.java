package org.kubedeck.web.node;

import java.util.List;
import org.kubedeck.application.node.port.in.CordonNodeUseCase;
import org.kubedeck.application.node.port.in.CordonNodeUseCase.CordonCommand;
import org.kubedeck.application.node.port.in.DrainNodeUseCase;
import org.kubedeck.application.node.port.in.DrainNodeUseCase.DrainCommand;
import org.kubedeck.domain.node.DrainReport;
import org.kubedeck.domain.node.DrainReport.DrainedPod;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.web.node.NodesApiController.NodeJson;
import org.kubedeck.web.support.ClusterParameter;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A node taken out of scheduling and emptied of its pods, and put back. */
@RestController
@RequestMapping("/api/k8s/nodes")
class NodeDrainApiController {

    private final CordonNodeUseCase cordons;
    private final DrainNodeUseCase drains;

    NodeDrainApiController(CordonNodeUseCase cordons, DrainNodeUseCase drains) {
        this.cordons = cordons;
        this.drains = drains;
    }

    @PostMapping("/{cluster}/{node}/cordon")
    NodeJson cordon(Actor actor, @PathVariable String cluster, @PathVariable String node) {
        return NodeJson.of(cordons.cordon(actor, new CordonCommand(ClusterParameter.of(cluster), node, true)));
    }

    @PostMapping("/{cluster}/{node}/uncordon")
    NodeJson uncordon(Actor actor, @PathVariable String cluster, @PathVariable String node) {
        return NodeJson.of(cordons.cordon(actor, new CordonCommand(ClusterParameter.of(cluster), node, false)));
    }

    /**
     * No body, or no {@code dry_run}: the drain itself. {@code force}: also evict the pods no controller manages
     * (gone for good); without it they stay, as {@code kubectl drain} keeps them without {@code --force}.
     */
    record DrainRequest(Boolean dryRun, Boolean force) {
    }

    record PodJson(String namespace, String name, String reason) {

        static List<PodJson> of(List<DrainedPod> pods) {
            return pods.stream().map(pod -> new PodJson(pod.namespace(), pod.name(), pod.reason())).toList();
        }
    }

    record DrainJson(String node, boolean dryRun, List<PodJson> evicted, List<PodJson> refused,
            List<PodJson> skipped) {

        static DrainJson of(DrainReport report) {
            return new DrainJson(report.node(), report.dryRun(), PodJson.of(report.evicted()),
                    PodJson.of(report.refused()), PodJson.of(report.skipped()));
        }
    }

    @PostMapping("/{cluster}/{node}/drain")
    DrainJson drain(Actor actor, @PathVariable String cluster, @PathVariable String node,
            @RequestBody(required = false) DrainRequest body) {
        boolean dryRun = body != null && Boolean.TRUE.equals(body.dryRun());
        boolean force = body != null && Boolean.TRUE.equals(body.force());
        return DrainJson.of(drains.drain(actor, new DrainCommand(ClusterParameter.of(cluster), node, dryRun,
                force)));
    }
}
