package org.kubedeck.web.desktop;

import java.time.Clock;
import java.util.List;
import org.kubedeck.application.cluster.port.in.ClusterQuery;
import org.kubedeck.application.desktop.port.in.ChooseDesktopClusterUseCase;
import org.kubedeck.application.desktop.port.in.CreateDesktopUseCase;
import org.kubedeck.application.desktop.port.in.CreateDesktopUseCase.CreateDesktopCommand;
import org.kubedeck.application.desktop.port.in.DesktopBackupUseCase;
import org.kubedeck.application.desktop.port.in.DesktopBackupUseCase.RestoreDesktopCommand;
import org.kubedeck.application.desktop.port.in.DesktopLifecycleUseCase;
import org.kubedeck.application.desktop.port.in.DesktopLifecycleUseCase.DeleteDesktopCommand;
import org.kubedeck.application.desktop.port.in.DesktopQuery;
import org.kubedeck.application.desktop.port.in.DesktopQuery.ClusterChoice;
import org.kubedeck.application.desktop.port.in.DesktopQuery.DesktopView;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.web.support.Attempt;
import org.kubedeck.web.support.Flash;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The "Desktops" page: a user's own desktop, to create, open, restart or delete; for admins every desktop, the
 * counts by phase, and the choice of desktop cluster.
 */
@Controller
class DesktopsController {

    private final DesktopQuery query;
    private final CreateDesktopUseCase creating;
    private final DesktopLifecycleUseCase lifecycle;
    private final ChooseDesktopClusterUseCase choosing;
    private final DesktopBackupUseCase backups;
    private final ClusterQuery clusters;
    private final Clock clock;

    DesktopsController(DesktopQuery query, CreateDesktopUseCase creating, DesktopLifecycleUseCase lifecycle,
            ChooseDesktopClusterUseCase choosing, DesktopBackupUseCase backups, ClusterQuery clusters, Clock clock) {
        this.query = query;
        this.creating = creating;
        this.lifecycle = lifecycle;
        this.choosing = choosing;
        this.backups = backups;
        this.clusters = clusters;
        this.clock = clock;
    }

    @GetMapping("/desktops")
    String list(Actor actor, Model model) {
        ClusterChoice choice = query.clusterChoice(actor);
        model.addAttribute("now", clock.instant());
        model.addAttribute("me", actor.username().value());
        model.addAttribute("choice", choice);
        if (actor.isAdmin()) {
            model.addAttribute("clusters", clusters.visibleClusters(actor));
        }
        if (choice.current().isPresent()) {
            Attempt.run(() -> {
                List<DesktopView> desktops = query.desktops(actor, actor.isAdmin());
                model.addAttribute("desktops", desktops);
                model.addAttribute("mine", desktops.stream().anyMatch(d -> actor.username().value().equals(d.owner())));
                model.addAttribute("headroom", query.headroom(actor));
                if (actor.isAdmin()) {
                    model.addAttribute("monitor", query.systemMonitor(actor));
                }
            }).refusal().ifPresent(refusal -> model.addAttribute("unavailable", refusal.message()));
        }
        return "desktop/list";
    }

    @GetMapping("/desktops/table")
    String table(Actor actor, Model model) {
        model.addAttribute("desktops", query.desktops(actor, actor.isAdmin()));
        model.addAttribute("now", clock.instant());
        model.addAttribute("me", actor.username().value());
        return "desktop/list :: desktopTable";
    }

    @PostMapping("/desktops")
    String create(Actor actor, @RequestParam(required = false) String cpuLimit,
            @RequestParam(required = false) String memoryLimit, @RequestParam(required = false) String storage,
            RedirectAttributes redirect) {
        Attempt<Boolean> created = Attempt.of(() -> creating.create(actor,
                new CreateDesktopCommand(cpuLimit, memoryLimit, storage)).created());
        created.value().ifPresent(made -> redirect.addFlashAttribute("flash", made ? "desktops.created"
                : "desktops.exists"));
        created.refusal().ifPresent(refusal -> redirect.addFlashAttribute("flashError", refusal.message()));
        return "redirect:/desktops";
    }

    @PostMapping("/desktops/{name}/restart")
    String restart(Actor actor, @PathVariable String name, RedirectAttributes redirect) {
        return act(redirect, "desktops.restarted", () -> lifecycle.restart(actor, name));
    }

    @PostMapping("/desktops/{name}/stop")
    String stop(Actor actor, @PathVariable String name, RedirectAttributes redirect) {
        return act(redirect, "desktops.stopped", () -> lifecycle.stop(actor, name));
    }

    @PostMapping("/desktops/{name}/delete")
    String delete(Actor actor, @PathVariable String name,
            @RequestParam(name = "deleteStorage", defaultValue = "false") boolean deleteStorage,
            RedirectAttributes redirect) {
        return act(redirect, "desktops.deleted",
                () -> lifecycle.delete(actor, new DeleteDesktopCommand(name, deleteStorage)));
    }

    /** A backup uploaded from the page; the outcome comes back as the page's message. */
    @PostMapping("/desktops/{name}/restore")
    String restore(Actor actor, @PathVariable String name, @RequestParam("file") MultipartFile archive,
            RedirectAttributes redirect) {
        return act(redirect, "desktops.restored",
                () -> backups.restore(actor, new RestoreDesktopCommand(name, archive::getInputStream)));
    }

    @PostMapping("/desktops/cluster")
    String chooseCluster(Actor actor, @RequestParam(defaultValue = "") String cluster, RedirectAttributes redirect) {
        return act(redirect, "desktops.clusterChosen",
                () -> choosing.chooseCluster(actor, cluster.isBlank() ? null : ClusterName.of(cluster)));
    }

    private static String act(RedirectAttributes redirect, String done, Runnable action) {
        return Flash.redirectAfter(redirect, done, "/desktops", action);
    }
}
