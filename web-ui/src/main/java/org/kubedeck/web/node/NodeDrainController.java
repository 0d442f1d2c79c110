package org.kubedeck.web.node;

import java.io.Serializable;
import java.util.List;
import org.kubedeck.application.node.port.in.CordonNodeUseCase;
import org.kubedeck.application.node.port.in.CordonNodeUseCase.CordonCommand;
import org.kubedeck.application.node.port.in.DrainNodeUseCase;
import org.kubedeck.application.node.port.in.DrainNodeUseCase.DrainCommand;
import org.kubedeck.domain.node.DrainReport;
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

/**
 * Cordon and uncordon from the nodes page; a drain's page, which previews what the drain would evict and what the
 * disruption budgets would refuse, then drains on confirmation and reports what it did.
 */
@Controller
class NodeDrainController {

    private final CordonNodeUseCase cordons;
    private final DrainNodeUseCase drains;

    NodeDrainController(CordonNodeUseCase cordons, DrainNodeUseCase drains) {
        this.cordons = cordons;
        this.drains = drains;
    }

    @PostMapping("/nodes/{cluster}/{node}/{action:cordon|uncordon}")
    String cordon(Actor actor, ClusterPage page, @PathVariable String node, @PathVariable String action,
            RedirectAttributes redirect) {
        boolean cordoned = "cordon".equals(action);
        return Flash.redirectAfter(redirect, cordoned ? "nodes.cordonDone" : "nodes.uncordonDone",
                "/nodes/" + page.name().value(), () -> cordons.cordon(actor, new CordonCommand(page.name(), node,
                        cordoned)));
    }

    /** The preview; after a drain, also what the drain did ({@code drained}, carried over the redirect). */
    @GetMapping("/nodes/{cluster}/{node}/drain")
    String preview(Actor actor, ClusterPage page, @PathVariable String node,
            @RequestParam(defaultValue = "false") boolean force, Model model) {
        model.addAttribute("node", node);
        model.addAttribute("force", force);
        model.addAttribute("preview", drains.drain(actor, new DrainCommand(page.name(), node, true, force)));
        model.addAttribute("mayConfigure", actor.permissions().allows(page.name(), ClusterAction.CONFIGURE));
        return "node/drain";
    }

    @PostMapping("/nodes/{cluster}/{node}/drain")
    String drain(Actor actor, ClusterPage page, @PathVariable String node,
            @RequestParam(defaultValue = "false") boolean force, RedirectAttributes redirect) {
        return Flash.redirectWith(redirect, "drained", "/nodes/" + page.name().value() + "/" + node + "/drain",
                () -> Drained.of(drains.drain(actor, new DrainCommand(page.name(), node, false, force))));
    }

    /** What a drain did, as the session keeps it over the redirect. */
    record Drained(int evicted, List<Refusal> refused) implements Serializable {

        static Drained of(DrainReport report) {
            return new Drained(report.evicted().size(), report.refused().stream().map(pod -> new Refusal(
                    pod.namespace() + "/" + pod.name(), pod.reason())).toList());
        }
    }

    record Refusal(String pod, String reason) implements Serializable {
    }
}
