package org.kubedeck.web.cluster;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.kubedeck.application.cluster.port.in.AddClusterUseCase;
import org.kubedeck.application.cluster.port.in.AddClusterUseCase.AddClusterCommand;
import org.kubedeck.application.cluster.port.in.AddClusterUseCase.ImportClusterCommand;
import org.kubedeck.application.cluster.port.in.ChangeClusterUseCase;
import org.kubedeck.application.cluster.port.in.ChangeClusterUseCase.UpdateClusterCommand;
import org.kubedeck.application.cluster.port.in.ClusterQuery;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.cluster.Cluster;
import org.kubedeck.domain.cluster.ClusterFleet;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.cluster.Kubeconfig;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.web.support.Attempt;
import org.kubedeck.web.support.Attempt.Refusal;
import org.kubedeck.web.support.Flash;
import org.kubedeck.web.support.Htmx;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class ClustersController {

    private final ClusterQuery query;
    private final AddClusterUseCase adding;
    private final ChangeClusterUseCase changing;

    ClustersController(ClusterQuery query, AddClusterUseCase adding, ChangeClusterUseCase changing) {
        this.query = query;
        this.adding = adding;
        this.changing = changing;
    }

    /** With {@code tag} ({@code key=value} or {@code key}) or {@code group}, only the clusters that match. */
    @GetMapping("/clusters")
    String list(Actor actor, @RequestParam(defaultValue = "") String tag,
            @RequestParam(defaultValue = "") String group, Model model) {
        List<Cluster> visible = query.visibleClusters(actor);
        fleet(visible, tag, group, model);
        model.addAttribute("anyCluster", !visible.isEmpty());
        if (visible.isEmpty()) {
            adding.importOffer(actor).ifPresent(offer -> model.addAttribute("importOffer", offer));
        }
        return "cluster/list";
    }

    private static void fleet(List<Cluster> visible, String tag, String group, Model model) {
        List<Cluster> shown = visible.stream().filter(cluster -> cluster.matches(tag, group)).toList();
        model.addAttribute("clusters", shown);
        model.addAttribute("fleet", ClusterFleet.of(shown));
        model.addAttribute("tag", tag.trim());
        model.addAttribute("group", group.trim());
        model.addAttribute("groups", visible.stream().flatMap(cluster -> cluster.groups().stream()).distinct()
                .sorted().toList());
    }

    /** Imports one context of the local kubeconfig (offered while no cluster is registered). */
    @PostMapping("/clusters/import")
    String importContext(Actor actor, @RequestParam String context, @RequestParam String name,
            RedirectAttributes redirect) {
        return Flash.redirectAfter(redirect, "clusters.added", "/clusters",
                () -> adding.importContext(actor, new ImportClusterCommand(context, ClusterName.of(name))));
    }

    @GetMapping("/clusters/health")
    String health(Actor actor, @RequestParam(defaultValue = "") String tag,
            @RequestParam(defaultValue = "") String group, Model model) {
        fleet(query.visibleClusters(actor), tag, group, model);
        return "cluster/list :: clusterTable";
    }

    @GetMapping("/clusters/new")
    String newCluster(Actor actor, Model model) {
        adding.requireMayAddClusters(actor);
        return form(model, new ClusterForm(), true);
    }

    @PostMapping("/clusters")
    String add(Actor actor, @ModelAttribute("form") ClusterForm form, Model model, RedirectAttributes redirect) {
        Attempt<Void> add = Attempt.run(() -> {
            Kubeconfig kubeconfig = form.kubeconfigContent().orElseThrow(() -> new InvalidInputException(
                    "kubeconfig_content", Message.of("cluster.pasteUploadKubeconfig",
                            "Paste or upload a kubeconfig.")));
            adding.addCluster(actor, new AddClusterCommand(ClusterName.of(form.getName()), form.getDisplayName(),
                    form.tagMap(), form.groupList(), form.getProvider(), form.getRegion(), form.getContext(),
                    kubeconfig, form.isImpersonate()));
        });
        if (add.refused()) {
            return formWithError(model, form, true, add.refusal().get());
        }
        redirect.addFlashAttribute("flash", "clusters.added");
        return "redirect:/clusters";
    }

    /** The address a cluster's form posts to, opened in the browser: the cluster's own pages. */
    @GetMapping("/clusters/{name}")
    String cluster(@PathVariable String name) {
        return "redirect:/k8s/" + ClusterName.of(name).value();
    }

    @GetMapping("/clusters/{name}/edit")
    String edit(Actor actor, @PathVariable String name, Model model) {
        return form(model, ClusterForm.of(query.clusterToConfigure(actor, ClusterName.of(name))), false);
    }

    @PostMapping("/clusters/{name}")
    String update(Actor actor, @PathVariable String name, @ModelAttribute("form") ClusterForm form, Model model,
            RedirectAttributes redirect) {
        form.setName(name);
        Attempt<Void> update = Attempt.run(() -> changing.updateCluster(actor, new UpdateClusterCommand(
                ClusterName.of(name), Optional.of(form.getDisplayName()), Optional.of(form.tagMap()),
                Optional.of(form.groupList()), Optional.of(form.getProvider()), Optional.of(form.getRegion()),
                Optional.of(form.getContext()), form.kubeconfigContent(), Optional.of(form.isImpersonate()))));
        if (update.refused()) {
            return formWithError(model, form, false, update.refusal().get());
        }
        redirect.addFlashAttribute("flash", "clusters.updated");
        return "redirect:/clusters";
    }

    @PostMapping("/clusters/{name}/delete")
    Object delete(Actor actor, @PathVariable String name, HttpServletRequest request, RedirectAttributes redirect) {
        changing.deleteCluster(actor, ClusterName.of(name));
        if (Htmx.isHtmx(request)) {
            return ResponseEntity.ok("");
        }
        redirect.addFlashAttribute("flash", "clusters.deleted");
        return "redirect:/clusters";
    }

    @PostMapping("/clusters/{name}/test")
    String test(Actor actor, @PathVariable String name, Model model) {
        model.addAttribute("health", changing.testConnection(actor, ClusterName.of(name)));
        return "cluster/list :: testResult";
    }

    private static String form(Model model, ClusterForm form, boolean creating) {
        model.addAttribute("form", form);
        model.addAttribute("creating", creating);
        return "cluster/form";
    }

    private static String formWithError(Model model, ClusterForm form, boolean creating, Refusal refusal) {
        model.addAttribute("error", refusal.message());
        model.addAttribute("errorField", refusal.field() != null ? refusal.field() : "kubeconfig_content");
        model.addAttribute("uploadAgain", form.keepPastedKubeconfig());
        return form(model, form, creating);
    }
}
