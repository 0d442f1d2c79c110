package org.kubedeck.web.version;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.kubedeck.application.cluster.port.in.ClusterQuery;
import org.kubedeck.application.label.port.in.LabelsUseCase;
import org.kubedeck.application.version.port.in.BackupsUseCase;
import org.kubedeck.application.version.port.in.BackupsUseCase.Action;
import org.kubedeck.application.version.port.in.BackupsUseCase.ObjectChange;
import org.kubedeck.application.version.port.in.ResourceVersionsUseCase;
import org.kubedeck.application.version.port.in.ResourceVersionsUseCase.ResourceView;
import org.kubedeck.application.version.port.in.ResourceVersionsUseCase.VersionDiff;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.kube.ResourceRef;
import org.kubedeck.domain.kube.YamlVersion;
import org.kubedeck.domain.label.LabelChange;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.ClusterAction;
import org.kubedeck.domain.version.Backup;
import org.kubedeck.domain.version.Backup.BackupObject;
import org.kubedeck.web.support.Attempt;
import org.kubedeck.web.support.Attempt.Refusal;
import org.kubedeck.web.support.Flash;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pages for objects' YAML: a namespace's objects, one object with its editor and history, the side-by-side diff
 * of two versions, and the namespace's backups with compare and restore.
 */
@Controller
class VersionController {

    private final ResourceVersionsUseCase versions;
    private final BackupsUseCase backups;
    private final LabelsUseCase labels;
    private final ClusterQuery clusters;

    VersionController(ResourceVersionsUseCase versions, BackupsUseCase backups, LabelsUseCase labels,
            ClusterQuery clusters) {
        this.versions = versions;
        this.backups = backups;
        this.labels = labels;
        this.clusters = clusters;
    }

    @GetMapping({"/versions/{cluster}/{namespace}", "/yaml/{cluster}/{namespace}"})
    String objects(Actor actor, @PathVariable String cluster, @PathVariable String namespace, Model model) {
        ClusterName name = ClusterName.of(cluster);
        Map<ResourceKind, List<ResourceRef>> byKind = versions.objects(actor, name, namespace).stream()
                .collect(Collectors.groupingBy(ResourceRef::kind, TreeMap::new, Collectors.toList()));
        model.addAttribute("byKind", byKind);
        return namespacePage(actor, name, namespace, model, "version/objects");
    }

    @GetMapping({"/versions/{cluster}/{namespace}/{kind}/{name}", "/yaml/{cluster}/{namespace}/{kind}/{name}"})
    String resource(Actor actor, @PathVariable String cluster, @PathVariable String namespace,
            @PathVariable String kind, @PathVariable String name, Model model) {
        ResourceRef resource = ref(cluster, namespace, kind, name);
        ResourceView view = versions.view(actor, resource);
        model.addAttribute("yaml", view.yaml());
        model.addAttribute("resourceVersion", view.resourceVersion());
        return resourcePage(actor, resource, model);
    }

    /** Answers the page again, with the YAML as typed, when the cluster refuses it or it changed meanwhile. */
    @PostMapping({"/versions/{cluster}/{namespace}/{kind}/{name}", "/yaml/{cluster}/{namespace}/{kind}/{name}"})
    String edit(Actor actor, @PathVariable String cluster, @PathVariable String namespace, @PathVariable String kind,
            @PathVariable String name, @RequestParam String yaml, @RequestParam String resourceVersion,
            @RequestParam(defaultValue = "") String note, Model model, RedirectAttributes redirect) {
        ResourceRef resource = ref(cluster, namespace, kind, name);
        Optional<Refusal> refused = Attempt.run(() -> versions.edit(actor, resource, yaml, resourceVersion, note))
                .refusal();
        if (refused.isPresent()) {
            model.addAttribute("error", refused.get().message());
            model.addAttribute("conflict", refused.get().conflict());
            model.addAttribute("yaml", yaml);
            model.addAttribute("resourceVersion", resourceVersion);
            model.addAttribute("note", note);
            return resourcePage(actor, resource, model);
        }
        redirect.addFlashAttribute("flash", "yaml.applied");
        return "redirect:" + path(resource);
    }

    /** The labels section of the page: {@code ?labels=set} with key and value, {@code ?labels=remove} with key. */
    @PostMapping(value = {"/versions/{cluster}/{namespace}/{kind}/{name}", "/yaml/{cluster}/{namespace}/{kind}/{name}"},
            params = "labels")
    String changeLabel(Actor actor, @PathVariable String cluster, @PathVariable String namespace,
            @PathVariable String kind, @PathVariable String name, @RequestParam("labels") String what,
            @RequestParam(defaultValue = "") String key, @RequestParam(defaultValue = "") String value,
            RedirectAttributes redirect) {
        ResourceRef resource = ref(cluster, namespace, kind, name);
        return Flash.redirectAfter(redirect, "yaml.labelsChanged", path(resource), () -> labels.change(actor,
                resource, "remove".equals(what) ? LabelChange.removing(Set.of(key.trim()))
                        : LabelChange.setting(Map.of(key.trim(), value.trim()))));
    }

    @PostMapping({"/versions/{id}/rollback", "/yaml/versions/{id}/rollback"})
    String rollback(Actor actor, @PathVariable String id, RedirectAttributes redirect) {
        YamlVersion target = versions.version(actor, id);
        return Flash.redirectAfter(redirect, "yaml.rolledBack", path(target.resource()),
                () -> versions.rollback(actor, id));
    }

    @PostMapping({"/versions/{id}/tag", "/yaml/versions/{id}/tag"})
    String tag(Actor actor, @PathVariable String id, @RequestParam(defaultValue = "") String tag,
            RedirectAttributes redirect) {
        YamlVersion version = versions.version(actor, id);
        return Flash.redirectAfter(redirect, "yaml.tagged", path(version.resource()),
                () -> versions.tag(actor, id, tag));
    }

    @GetMapping({"/versions/diff", "/yaml/versions/diff"})
    String diff(Actor actor, @RequestParam String from, @RequestParam String to, Model model) {
        VersionDiff diff = versions.diff(actor, from, to);
        ResourceRef resource = diff.to().resource();
        model.addAttribute("diff", diff);
        model.addAttribute("resource", resource);
        model.addAttribute("resourcePath", path(resource));
        model.addAttribute("history", versions.history(actor, resource));
        return "version/diff";
    }

    @GetMapping({"/versions/{cluster}/{namespace}/backups", "/yaml/{cluster}/{namespace}/backups"})
    String backups(Actor actor, @PathVariable String cluster, @PathVariable String namespace, Model model) {
        ClusterName name = ClusterName.of(cluster);
        model.addAttribute("backups", backups.list(actor, name, namespace));
        model.addAttribute("schedule", backups.schedules(actor, name).stream()
                .filter(s -> s.namespace().equals(namespace)).findFirst().orElse(null));
        return namespacePage(actor, name, namespace, model, "version/backups");
    }

    @PostMapping({"/versions/{cluster}/{namespace}/backups", "/yaml/{cluster}/{namespace}/backups"})
    String backUp(Actor actor, @PathVariable String cluster, @PathVariable String namespace,
            RedirectAttributes redirect) {
        return Flash.redirectAfter(redirect, "yaml.backedUp", backupsPath(cluster, namespace),
                () -> backups.create(actor, ClusterName.of(cluster), namespace));
    }

    @PostMapping({"/versions/{cluster}/{namespace}/backups/schedule",
            "/yaml/{cluster}/{namespace}/backups/schedule"})
    String schedule(Actor actor, @PathVariable String cluster, @PathVariable String namespace,
            @RequestParam(defaultValue = "") String cron, RedirectAttributes redirect) {
        ClusterName name = ClusterName.of(cluster);
        return Flash.redirectAfter(redirect, cron.isBlank() ? "yaml.unscheduled" : "yaml.scheduled",
                backupsPath(cluster, namespace), () -> {
                    if (cron.isBlank()) {
                        backups.unschedule(actor, name, namespace);
                    } else {
                        backups.schedule(actor, name, namespace, cron);
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
        return namespacePage(actor, backup.cluster(), backup.namespace(), model, "version/backup");
    }

    /** {@code preview} shows what restoring would do; otherwise it is done. */
    @PostMapping({"/versions/backups/{id}/restore", "/yaml/backups/{id}/restore"})
    String restore(Actor actor, @PathVariable String id, @RequestParam(required = false) List<String> objects,
            @RequestParam(defaultValue = "false") boolean preview, Model model, RedirectAttributes redirect) {
        List<BackupObject> selected = objects == null ? List.of() : objects.stream().map(VersionController::object)
                .toList();
        List<ObjectChange> result = backups.restore(actor, id, selected, preview);
        if (preview) {
            model.addAttribute("preview", result);
            model.addAttribute("selected", objects == null ? List.of() : objects);
            return backup(actor, id, model);
        }
        redirect.addFlashAttribute("flash", result.isEmpty() ? "yaml.nothingToRestore" : "yaml.restored");
        return "redirect:/versions/backups/" + id;
    }

    private String resourcePage(Actor actor, ResourceRef resource, Model model) {
        model.addAttribute("resource", resource);
        model.addAttribute("history", versions.history(actor, resource));
        model.addAttribute("labels", new java.util.TreeMap<>(labels.labels(actor, resource)));
        model.addAttribute("mayChange", actor.permissions().allows(resource.cluster(), ClusterAction.CHANGE));
        return namespacePage(actor, resource.cluster(), resource.namespace(), model, "version/resource");
    }

    private String namespacePage(Actor actor, ClusterName cluster, String namespace, Model model, String view) {
        model.addAttribute("cluster", clusters.cluster(actor, cluster));
        model.addAttribute("namespace", namespace);
        model.addAttribute("mayChange", actor.permissions().allows(cluster, ClusterAction.CHANGE));
        return view;
    }

    /** {@code configmap/settings}, as the restore form sends each object. */
    private static BackupObject object(String value) {
        int slash = value.indexOf('/');
        if (slash < 0) {
            throw new InvalidInputException("objects", Message.of("version.notKindName",
                    "'{0}' is not kind/name.", value));
        }
        return new BackupObject(ResourceKind.of(value.substring(0, slash)), value.substring(slash + 1));
    }

    static String path(ResourceRef resource) {
        return "/versions/" + resource.cluster().value() + "/" + resource.namespace() + "/" + resource.kind().code()
                + "/" + resource.name();
    }

    private static String backupsPath(String cluster, String namespace) {
        return "/versions/" + cluster + "/" + namespace + "/backups";
    }

    private static ResourceRef ref(String cluster, String namespace, String kind, String name) {
        return new ResourceRef(ClusterName.of(cluster), namespace, ResourceKind.of(kind), name);
    }
}
