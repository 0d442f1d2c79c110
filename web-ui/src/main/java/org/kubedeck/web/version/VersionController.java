package org.kubedeck.web.version;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.kubedeck.application.label.port.in.LabelsUseCase;
import org.kubedeck.application.version.port.in.EditResourceUseCase;
import org.kubedeck.application.version.port.in.EditResourceUseCase.EditResourceCommand;
import org.kubedeck.application.version.port.in.ResourceVersionsQuery;
import org.kubedeck.application.version.port.in.ResourceVersionsQuery.ResourceView;
import org.kubedeck.application.version.port.in.ResourceVersionsQuery.VersionDiff;
import org.kubedeck.application.version.port.in.RollbackVersionUseCase;
import org.kubedeck.application.version.port.in.TagVersionUseCase;
import org.kubedeck.application.version.port.in.TagVersionUseCase.TagVersionCommand;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.kube.NamespaceRef;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.kube.ResourceRef;
import org.kubedeck.domain.kube.VersionHistory;
import org.kubedeck.domain.kube.YamlLines;
import org.kubedeck.domain.kube.YamlVersion;
import org.kubedeck.domain.label.LabelChange;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.ClusterAction;
import org.kubedeck.web.support.Attempt;
import org.kubedeck.web.support.Attempt.Refusal;
import org.kubedeck.web.support.Flash;
import org.kubedeck.web.support.NamespacePages;
import org.kubedeck.web.support.ObjectParameter;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pages for objects' YAML: a namespace's objects, one object with its editor and history, and the side-by-side
 * diff of two versions. Backups have pages of their own ({@code BackupController}).
 */
@Controller
class VersionController {

    private final ResourceVersionsQuery versions;
    private final EditResourceUseCase editing;
    private final RollbackVersionUseCase rollingBack;
    private final TagVersionUseCase tagging;
    private final LabelsUseCase labels;
    private final NamespacePages pages;
    private final ObjectParameter objects;

    VersionController(ResourceVersionsQuery versions, EditResourceUseCase editing, RollbackVersionUseCase rollingBack,
            TagVersionUseCase tagging, LabelsUseCase labels,
            NamespacePages pages, ObjectParameter objects) {
        this.versions = versions;
        this.editing = editing;
        this.rollingBack = rollingBack;
        this.tagging = tagging;
        this.labels = labels;
        this.pages = pages;
        this.objects = objects;
    }

    @GetMapping({"/versions/{cluster}/{namespace}", "/yaml/{cluster}/{namespace}"})
    String objects(Actor actor, @PathVariable String cluster, @PathVariable String namespace, Model model) {
        ClusterName name = ClusterName.of(cluster);
        Map<ResourceKind, List<ResourceRef>> byKind = versions.objects(actor, NamespaceRef.of(name, namespace)).stream()
                .collect(Collectors.groupingBy(ResourceRef::kind, TreeMap::new, Collectors.toList()));
        model.addAttribute("byKind", byKind);
        return pages.page(actor, name, namespace, model, "version/objects");
    }

    @GetMapping({"/versions/{cluster}/{namespace}/{kind}/{name}", "/yaml/{cluster}/{namespace}/{kind}/{name}"})
    String resource(Actor actor, @PathVariable String cluster, @PathVariable String namespace,
            @PathVariable String kind, @PathVariable String name, Model model) {
        ResourceRef resource = objects.of(actor, cluster, namespace, kind, name);
        ResourceView view = versions.view(actor, resource);
        model.addAttribute("yaml", view.yaml());
        model.addAttribute("original", view.yaml());
        model.addAttribute("resourceVersion", view.resourceVersion());
        return resourcePage(actor, resource, model);
    }

    /**
     * Applies the YAML, or with {@code review} shows the edit against the object as it is now first, or with
     * {@code check} has the cluster check it (its server-side dry run) and stores nothing. Answers the
     * page again, with the YAML as typed, when the cluster refuses it; when the object changed meanwhile, the page
     * shows the three states side by side: as it was loaded ({@code original}), as it is now, and as typed.
     */
    @PostMapping({"/versions/{cluster}/{namespace}/{kind}/{name}", "/yaml/{cluster}/{namespace}/{kind}/{name}"})
    String edit(Actor actor, @PathVariable String cluster, @PathVariable String namespace, @PathVariable String kind,
            @PathVariable String name, @RequestParam("yaml") String typed, @RequestParam String resourceVersion,
            @RequestParam(name = "original", defaultValue = "") String loaded,
            @RequestParam(defaultValue = "") String note, @RequestParam(defaultValue = "false") boolean review,
            @RequestParam(defaultValue = "false") boolean check, Model model, RedirectAttributes redirect) {
        ResourceRef resource = objects.of(actor, cluster, namespace, kind, name);
        // Browsers send a form's line breaks as CRLF; the cluster's YAML has LF, and a diff must not see every line.
        String yaml = typed.replace("\r\n", "\n");
        String original = loaded.replace("\r\n", "\n");
        model.addAttribute("yaml", yaml);
        model.addAttribute("original", original.isEmpty() ? yaml : original);
        model.addAttribute("resourceVersion", resourceVersion);
        model.addAttribute("note", note);
        if (review) {
            ResourceView now = versions.view(actor, resource);
            model.addAttribute("review", VersionHistory.sideBySide(now.yaml(), yaml));
            model.addAttribute("reviewSame", now.yaml().equals(yaml));
            if (!now.resourceVersion().equals(resourceVersion)) {
                conflict(model, now, original.isEmpty() ? yaml : original, yaml);
            }
            return resourcePage(actor, resource, model);
        }
        EditResourceCommand command = new EditResourceCommand(resource, yaml, resourceVersion, note);
        Optional<Refusal> refused = Attempt.run(() -> {
            if (check) {
                editing.check(actor, command);
            } else {
                editing.edit(actor, command);
            }
        }).refusal();
        if (refused.isPresent()) {
            model.addAttribute("error", refused.get().message());
            YamlLines.lineOf(yaml, refused.get().message()).ifPresent(line -> model.addAttribute("errorLine", line));
            model.addAttribute("conflict", refused.get().conflict());
            if (refused.get().conflict() && !original.isEmpty()) {
                conflict(model, versions.view(actor, resource), original, yaml);
            }
            return resourcePage(actor, resource, model);
        }
        if (check) {
            model.addAttribute("checked", true);
            return resourcePage(actor, resource, model);
        }
        redirect.addFlashAttribute("flash", "yaml.applied");
        return "redirect:" + path(resource);
    }

    /** The three states of an edit the object's change overtook: what changed meanwhile, and what the user changed. */
    private static void conflict(Model model, ResourceView now, String original, String yours) {
        model.addAttribute("theirs", now.yaml());
        model.addAttribute("theirsVersion", now.resourceVersion());
        model.addAttribute("theirChanges", VersionHistory.sideBySide(original, now.yaml()));
        model.addAttribute("yourChanges", VersionHistory.sideBySide(original, yours));
    }

    /** The labels section of the page: {@code ?labels=set} with key and value, {@code ?labels=remove} with key. */
    @PostMapping(value = {"/versions/{cluster}/{namespace}/{kind}/{name}", "/yaml/{cluster}/{namespace}/{kind}/{name}"},
            params = "labels")
    String changeLabel(Actor actor, @PathVariable String cluster, @PathVariable String namespace,
            @PathVariable String kind, @PathVariable String name, @RequestParam("labels") String what,
            @RequestParam(defaultValue = "") String key, @RequestParam(defaultValue = "") String value,
            RedirectAttributes redirect) {
        ResourceRef resource = objects.of(actor, cluster, namespace, kind, name);
        return Flash.redirectAfter(redirect, "yaml.labelsChanged", path(resource), "set-label",
                Map.of("key", key, "value", value), () -> labels.change(actor,
                resource, "remove".equals(what) ? LabelChange.removing(Set.of(key.trim()))
                        : LabelChange.setting(Map.of(key.trim(), value.trim()))));
    }

    @PostMapping({"/versions/{id}/rollback", "/yaml/versions/{id}/rollback"})
    String rollback(Actor actor, @PathVariable String id, RedirectAttributes redirect) {
        YamlVersion target = versions.version(actor, id);
        return Flash.redirectAfter(redirect, "yaml.rolledBack", path(target.resource()),
                () -> rollingBack.rollback(actor, id));
    }

    @PostMapping({"/versions/{id}/tag", "/yaml/versions/{id}/tag"})
    String tag(Actor actor, @PathVariable String id, @RequestParam(defaultValue = "") String tag,
            RedirectAttributes redirect) {
        YamlVersion version = versions.version(actor, id);
        return Flash.redirectAfter(redirect, "yaml.tagged", path(version.resource()),
                () -> tagging.tag(actor, new TagVersionCommand(id, tag)));
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

    private String resourcePage(Actor actor, ResourceRef resource, Model model) {
        model.addAttribute("resource", resource);
        model.addAttribute("history", versions.history(actor, resource));
        model.addAttribute("labels", new java.util.TreeMap<>(labels.labels(actor, resource)));
        String view = pages.page(actor, resource.cluster(), resource.namespace(), model, "version/resource");
        model.addAttribute("mayChange", actor.permissions().allows(resource.cluster(), resource.kind().namespaced()
                ? ClusterAction.CHANGE : ClusterAction.CONFIGURE));
        return view;
    }

    static String path(ResourceRef resource) {
        return "/versions/" + resource.cluster().value() + "/" + ObjectParameter.segment(resource.namespace()) + "/"
                + resource.kind().code() + "/" + resource.name();
    }
}
