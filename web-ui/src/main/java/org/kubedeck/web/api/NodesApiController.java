package org.kubedeck.web.api;

import java.util.List;
import java.util.Map;
import org.kubedeck.application.node.port.in.NodesUseCase;
import org.kubedeck.domain.node.NodeView;
import org.kubedeck.domain.node.Taint;
import org.kubedeck.domain.user.Actor;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A cluster's nodes and their taints. */
@RestController
@RequestMapping("/api/k8s/nodes")
class NodesApiController {

    private final NodesUseCase nodes;

    NodesApiController(NodesUseCase nodes) {
        this.nodes = nodes;
    }

    record TaintJson(String key, String value, String effect) {

        static TaintJson of(Taint taint) {
            return new TaintJson(taint.key(), taint.value(), taint.effect().kubernetesName());
        }
    }

    record NodeJson(String name, boolean ready, boolean unschedulable, Map<String, String> labels,
            List<TaintJson> taints, Map<String, String> allocatable, Map<String, String> conditions) {

        static NodeJson of(NodeView node) {
            return new NodeJson(node.name(), node.ready(), node.unschedulable(), node.labels(),
                    node.taints().stream().map(TaintJson::of).toList(), node.allocatable(), node.conditions());
        }
    }

    @GetMapping("/{cluster}")
    List<NodeJson> nodes(Actor actor, @PathVariable String cluster) {
        return nodes.nodes(actor, ClusterParameter.of(cluster)).stream().map(NodeJson::of).toList();
    }

    @PostMapping("/{cluster}/{node}/taints")
    NodeJson addTaint(Actor actor, @PathVariable String cluster, @PathVariable String node,
            @RequestBody TaintJson body) {
        return NodeJson.of(nodes.addTaint(actor, ClusterParameter.of(cluster), node,
                new Taint(body.key(), body.value(), Taint.Effect.of(body.effect()))));
    }

    @DeleteMapping("/{cluster}/{node}/taints")
    NodeJson removeTaint(Actor actor, @PathVariable String cluster, @PathVariable String node,
            @RequestBody TaintJson body) {
        return NodeJson.of(nodes.removeTaint(actor, ClusterParameter.of(cluster), node, body.key(),
                Taint.Effect.of(body.effect())));
    }
}
