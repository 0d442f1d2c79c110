package org.kubedeck.web.node;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.kubedeck.application.cluster.port.in.ClusterQuery;
import org.kubedeck.application.node.port.in.SchedulingUseCase;
import org.kubedeck.domain.kube.ResourceRef;
import org.kubedeck.domain.node.SchedulingConstraints;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.ClusterAction;
import org.kubedeck.web.support.Attempt;
import org.kubedeck.web.support.Attempt.Refusal;
import org.kubedeck.web.support.SchedulingForm;
import org.kubedeck.web.support.WorkloadPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Edits a workload's node selector, required node affinity and tolerations. The form sits in the scheduling
 * section of the workload page; this page of its own shows it again when the input is refused, with the message
 * beside the field and the text as typed.
 */
@Controller
class SchedulingController {

    private static final String PATH = "/k8s/{cluster}/{namespace}/{type}/{workload}/scheduling";

    private final SchedulingUseCase scheduling;
    private final ClusterQuery clusters;

    SchedulingController(SchedulingUseCase scheduling, ClusterQuery clusters) {
        this.scheduling = scheduling;
        this.clusters = clusters;
    }

    @GetMapping(PATH)
    String form(Actor actor, @PathVariable String cluster, @PathVariable String namespace, @PathVariable String type,
            @PathVariable String workload, Model model) {
        ResourceRef ref = WorkloadPage.ref(cluster, namespace, type, workload);
        SchedulingConstraints current = scheduling.scheduling(actor, ref);
        return page(actor, ref, current, SchedulingForm.offered(ref.kind(), current).orElse(null), model);
    }

    /**
     * A text left out of the request leaves its part as it is, as in the JSON API. What was typed is checked first;
     * only then does the page ask to confirm (the new template replaces the pods), and the confirmed form saves.
     */
    @PostMapping(PATH)
    String save(Actor actor, @PathVariable String cluster, @PathVariable String namespace, @PathVariable String type,
            @PathVariable String workload,
            @RequestParam(name = "node_selector", required = false) String nodeSelector,
            @RequestParam(name = "required_node_affinity", required = false) String requiredNodeAffinity,
            @RequestParam(name = "tolerations", required = false) String tolerations,
            @RequestParam(defaultValue = "false") boolean confirmed,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        ResourceRef ref = WorkloadPage.ref(cluster, namespace, type, workload);
        SchedulingForm typed = new SchedulingForm(nodeSelector, requiredNodeAffinity, tolerations);
        if (!confirmed) {
            Attempt<SchedulingConstraints> checked = Attempt.of(() -> {
                typed.change();
                return scheduling.checkChange(actor, ref);
            });
            if (checked.refused()) {
                return refused(actor, ref, typed, checked.refusal().get(), response, model);
            }
            model.addAttribute("schedulingConfirm", true);
            return page(actor, ref, checked.value().get(), typed, model);
        }
        Optional<Refusal> refused = Attempt.run(() -> scheduling.changeScheduling(actor, ref, typed.change()))
                .refusal();
        if (refused.isPresent()) {
            return refused(actor, ref, typed, refused.get(), response, model);
        }
        redirect.addFlashAttribute("flash", "scheduling.saved");
        return "redirect:" + WorkloadPage.path(ref);
    }

    private String refused(Actor actor, ResourceRef ref, SchedulingForm typed, Refusal refusal,
            HttpServletResponse response, Model model) {
        response.setStatus(refusal.status().value());
        model.addAttribute("schedulingErrorField", refusal.field());
        model.addAttribute("schedulingError", refusal.message());
        return page(actor, ref, scheduling.scheduling(actor, ref), typed, model);
    }

    /** {@code form} null for a pod: its scheduling cannot change. */
    private String page(Actor actor, ResourceRef ref, SchedulingConstraints current, SchedulingForm form,
            Model model) {
        WorkloadPage.describe(model, clusters.cluster(actor, ref.cluster()), ref.namespace(), ref.kind().code(),
                ref.name());
        model.addAttribute("scheduling", current);
        model.addAttribute("schedulingForm", form);
        model.addAttribute("schedulingPage", true);
        model.addAttribute("mayChange", actor.permissions().allows(ref.cluster(), ClusterAction.CHANGE));
        return "node/scheduling";
    }
}
