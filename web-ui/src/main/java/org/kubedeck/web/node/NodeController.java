package org.kubedeck.web.node;

import java.util.Map;
import org.kubedeck.application.node.port.in.NodesUseCase;
import org.kubedeck.application.node.port.in.NodesUseCase.TaintCommand;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.node.PendingGroup;
import org.kubedeck.domain.node.Taint;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.ClusterAction;
import org.kubedeck.web.support.ClusterPage;
import org.kubedeck.web.support.Flash;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A cluster's nodes with their taints, and the pods that wait for one. */
@Controller
class NodeController {

    private final NodesUseCase nodes;

    NodeController(NodesUseCase nodes) {
        this.nodes = nodes;
    }

    @GetMapping("/nodes/{cluster}")
    String nodesPage(Actor actor, ClusterPage page, Model model) {
        ClusterName name = page.name();
        model.addAttribute("nodes", nodes.nodes(actor, name));
        model.addAttribute("pending", PendingGroup.of(nodes.unschedulable(actor, name)));
        model.addAttribute("mayConfigure", actor.permissions().allows(name, ClusterAction.CONFIGURE));
        return "node/list";
    }

    @PostMapping("/nodes/{cluster}/{node}/taints")
    String addTaint(Actor actor, @PathVariable String cluster, @PathVariable String node,
            @RequestParam(defaultValue = "") String key, @RequestParam(defaultValue = "") String value,
            @RequestParam(defaultValue = "") String effect, RedirectAttributes redirect) {
        return Flash.redirectAfter(redirect, "nodes.tainted", "/nodes/" + cluster, "taint-" + node,
                Map.of("key", key, "value", value, "effect", effect), () -> nodes.addTaint(actor,
                        new TaintCommand(ClusterName.of(cluster), node, new Taint(key.trim(), value.trim(),
                                Taint.Effect.of(effect)))));
    }

    @PostMapping("/nodes/{cluster}/{node}/taints/remove")
    String removeTaint(Actor actor, @PathVariable String cluster, @PathVariable String node,
            @RequestParam String key, @RequestParam String effect, RedirectAttributes redirect) {
        return Flash.redirectAfter(redirect, "nodes.untainted", "/nodes/" + cluster,
                () -> nodes.removeTaint(actor, new TaintCommand(ClusterName.of(cluster), node,
                        new Taint(key, null, Taint.Effect.of(effect)))));
    }
}
