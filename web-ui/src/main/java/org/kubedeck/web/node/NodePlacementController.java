package org.kubedeck.web.node;

import org.kubedeck.application.node.port.in.PlacementQuery;
import org.kubedeck.domain.node.NodeFit;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.web.support.Attempt;
import org.kubedeck.web.support.ClusterPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The placement page: which workloads are pinned to or kept off which node groups. */
@Controller
class NodePlacementController {

    private final PlacementQuery placement;

    NodePlacementController(PlacementQuery placement) {
        this.placement = placement;
    }

    /** Without {@code all}, only the workloads some group pins or keeps off, and how many others there are. */
    @GetMapping("/nodes/{cluster}/placement")
    String placement(Actor actor, ClusterPage page, @RequestParam(defaultValue = "") String namespace,
            @RequestParam(defaultValue = "") String group, @RequestParam(defaultValue = "false") boolean all,
            Model model) {
        model.addAttribute("namespace", namespace.trim());
        model.addAttribute("all", all);
        model.addAttribute("verdicts", NodeFit.Verdict.values());
        Attempt<PlacementQuery.Placement> answer = Attempt.of(() -> placement.placement(actor, page.name(),
                namespace.isBlank() ? null : namespace.trim(), group.isBlank() ? null : group));
        answer.value().ifPresent(found -> {
            model.addAttribute("placement", found);
            model.addAttribute("rows", all ? found.map().rows() : found.map().restricted());
        });
        answer.refusal().ifPresent(refusal -> model.addAttribute("error", refusal.message()));
        return "node/placement";
    }

    /** A matrix of the workloads whose pods' (anti-)affinity names others: who attracts or repels whom, and where. */
    @GetMapping("/nodes/{cluster}/affinity")
    String affinity(Actor actor, ClusterPage page, @RequestParam(defaultValue = "") String namespace, Model model) {
        model.addAttribute("namespace", namespace.trim());
        Attempt.of(() -> placement.affinity(actor, page.name(), namespace.isBlank() ? null : namespace.trim()))
                .into(model, "affinity", "refused");
        return "node/affinity";
    }
}
