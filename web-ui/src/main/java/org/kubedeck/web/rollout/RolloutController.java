package org.kubedeck.web.rollout;

import java.util.Locale;
import org.kubedeck.application.rollout.port.in.RolloutHistoryQuery;
import org.kubedeck.application.rollout.port.in.RolloutUseCase;
import org.kubedeck.application.rollout.port.in.RolloutUseCase.RolloutCommand;
import org.kubedeck.application.rollout.port.in.RunCronJobUseCase;
import org.kubedeck.application.rollout.port.in.RunCronJobUseCase.RunCommand;
import org.kubedeck.application.rollout.port.in.UndoRolloutUseCase;
import org.kubedeck.application.rollout.port.in.UndoRolloutUseCase.UndoCommand;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.kube.ResourceRef;
import org.kubedeck.domain.rollout.RolloutAction;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.web.support.ClusterPage;
import org.kubedeck.web.support.ClusterParameter;
import org.kubedeck.web.support.Flash;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The rollout page of a Deployment, StatefulSet, DaemonSet or CronJob: what may be done to it (restart, pause and
 * resume, suspend and resume, run now) and what it has done (a Deployment's revisions, a CronJob's Jobs).
 */
@Controller
class RolloutController {

    private static final String PATH = "/rollouts/{cluster}/{namespace}/{kind}/{name}";

    private final RolloutHistoryQuery history;
    private final RolloutUseCase rollouts;
    private final UndoRolloutUseCase undo;
    private final RunCronJobUseCase runs;

    RolloutController(RolloutHistoryQuery history, RolloutUseCase rollouts, UndoRolloutUseCase undo,
            RunCronJobUseCase runs) {
        this.history = history;
        this.rollouts = rollouts;
        this.undo = undo;
        this.runs = runs;
    }

    @GetMapping(PATH)
    String page(Actor actor, ClusterPage page, @PathVariable String namespace, @PathVariable String kind,
            @PathVariable String name, Model model) {
        ResourceRef ref = ClusterParameter.object(page.name().value(), namespace, kind, name);
        model.addAttribute("ref", ref);
        model.addAttribute("kind", ref.kind());
        model.addAttribute("actions", RolloutAction.forKind(ref.kind()));
        if (ref.kind().equals(ResourceKind.DEPLOYMENT)) {
            model.addAttribute("history", history.history(actor, ref));
        } else if (ref.kind().equals(ResourceKind.CRONJOB)) {
            model.addAttribute("runs", history.runs(actor, ref));
        }
        return "rollout/page";
    }

    /** Back to the page, which tells what was done or why not. */
    @PostMapping(PATH + "/{action:restart|pause|resume|undo|run}")
    String act(Actor actor, ClusterPage page, @PathVariable String namespace, @PathVariable String kind,
            @PathVariable String name, @PathVariable String action, @RequestParam(defaultValue = "0") long revision,
            RedirectAttributes redirect) {
        ResourceRef ref = ClusterParameter.object(page.name().value(), namespace, kind, name);
        String back = "/rollouts/" + ref.cluster().value() + "/" + namespace + "/" + ref.kind().code() + "/" + name;
        return Flash.redirectAfter(redirect, "rollout.done." + action, back, () -> {
            switch (action) {
                case "undo" -> undo.undo(actor, new UndoCommand(ref, revision));
                case "run" -> runs.run(actor, new RunCommand(ref));
                default -> rollouts.roll(actor, new RolloutCommand(ref, RolloutAction.valueOf(action
                        .toUpperCase(Locale.ROOT))));
            }
        });
    }
}
