package org.kubedeck.web.version;

import java.util.List;
import java.util.Map;
import org.kubedeck.application.version.port.in.BackupsQuery;
import org.kubedeck.application.version.port.in.BackupsQuery.Action;
import org.kubedeck.application.version.port.in.BackupsQuery.ObjectChange;
import org.kubedeck.application.version.port.in.CreateBackupUseCase;
import org.kubedeck.application.version.port.in.RestoreBackupUseCase;
import org.kubedeck.application.version.port.in.RestoreBackupUseCase.RestoreBackupCommand;
import org.kubedeck.application.version.port.in.ScheduleBackupsUseCase;
import org.kubedeck.application.version.port.in.ScheduleBackupsUseCase.ScheduleBackupsCommand;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.kube.NamespaceRef;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.version.Backup;
import org.kubedeck.domain.version.Backup.BackupObject;
import org.kubedeck.web.support.Flash;
import org.kubedeck.web.support.NamespacePages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages for a namespace's backups: the list and schedule, one backup compared with the live namespace, restore. */
@Controller
class BackupController {

    private final BackupsQuery backups;
    private final CreateBackupUseCase creating;
    private final RestoreBackupUseCase restoring;
    private final ScheduleBackupsUseCase scheduling;
    private final NamespacePages pages;

    BackupController(BackupsQuery backups, CreateBackupUseCase creating, RestoreBackupUseCase restoring,
            ScheduleBackupsUseCase scheduling, NamespacePages pages) {
        this.backups = backups;
        this.creating = creating;
        this.restoring = restoring;
        this.scheduling = scheduling;
        this.pages = pages;
    }

    @GetMapping({"/versions/{cluster}/{namespace}/backups", "/yaml/{cluster}/{namespace}/backups"})
    String backups(Actor actor, @PathVariable String cluster, @PathVariable String namespace, Model model) {
        ClusterName name = ClusterName.of(cluster);
        model.addAttribute("backups", backups.list(actor, NamespaceRef.of(name, namespace)));
        model.addAttribute("schedule", backups.schedules(actor, name).stream()
                .filter(s -> s.namespace().equals(namespace)).findFirst().orElse(null));
        return pages.page(actor, name, namespace, model, "version/backups");
    }

    @PostMapping({"/versions/{cluster}/{namespace}/backups", "/yaml/{cluster}/{namespace}/backups"})
    String backUp(Actor actor, @PathVariable String cluster, @PathVariable String namespace,
            RedirectAttributes redirect) {
        return Flash.redirectAfter(redirect, "yaml.backedUp", backupsPath(cluster, namespace),
                () -> creating.create(actor, NamespaceRef.of(ClusterName.of(cluster), namespace)));
    }

    @PostMapping({"/versions/{cluster}/{namespace}/backups/schedule",
            "/yaml/{cluster}/{namespace}/backups/schedule"})
    String schedule(Actor actor, @PathVariable String cluster, @PathVariable String namespace,
            @RequestParam(defaultValue = "") String cron, RedirectAttributes redirect) {
        ClusterName name = ClusterName.of(cluster);
        return Flash.redirectAfter(redirect, cron.isBlank() ? "yaml.unscheduled" : "yaml.scheduled",
                backupsPath(cluster, namespace), "schedule-form", Map.of("cron", cron), () -> {
                    if (cron.isBlank()) {
                        scheduling.unschedule(actor, NamespaceRef.of(name, namespace));
                    } else {
                        scheduling.schedule(actor, new ScheduleBackupsCommand(NamespaceRef.of(name, namespace), cron));
                    }
                });
    }

    @GetMapping({"/versions/backups/{id}", "/yaml/backups/{id}"})
    String backup(Actor actor, @PathVariable String id, Model model) {
        Backup backup = backups.get(actor, id);
        List<ObjectChange> changes = backups.compare(actor, id);
        model.addAttribute("backup", backup);
        model.addAttribute("changes", changes);
        model.addAttribute("restorable", changes.stream().anyMatch(c -> c.action() != Action.UNCHANGED));
        return pages.page(actor, backup.cluster(), backup.namespace(), model, "version/backup");
    }

    /** {@code preview} shows what restoring would do; otherwise it is done. */
    @PostMapping({"/versions/backups/{id}/restore", "/yaml/backups/{id}/restore"})
    String restore(Actor actor, @PathVariable String id, @RequestParam(required = false) List<String> objects,
            @RequestParam(defaultValue = "false") boolean preview, Model model, RedirectAttributes redirect) {
        List<BackupObject> selected = objects == null ? List.of() : objects.stream()
                .map(object -> BackupObject.parse("objects", object))
                .toList();
        List<ObjectChange> result = restoring.restore(actor, new RestoreBackupCommand(id, selected, preview));
        if (preview) {
            model.addAttribute("preview", result);
            model.addAttribute("selected", objects == null ? List.of() : objects);
            return backup(actor, id, model);
        }
        redirect.addFlashAttribute("flash", result.isEmpty() ? "yaml.nothingToRestore" : "yaml.restored");
        return "redirect:/versions/backups/" + id;
    }

    private static String backupsPath(String cluster, String namespace) {
        return "/versions/" + cluster + "/" + namespace + "/backups";
    }
}
