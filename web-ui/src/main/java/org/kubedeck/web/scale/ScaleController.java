package org.kubedeck.web.scale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.kubedeck.application.cluster.port.in.ClusterQuery;
import org.kubedeck.application.scale.port.in.ScaleWorkloadUseCase;
import org.kubedeck.domain.kube.ResourceRef;
import org.kubedeck.domain.scale.Replicas;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.web.support.Attempt;
import org.kubedeck.web.support.Flash;
import org.kubedeck.web.support.Htmx;
import org.kubedeck.web.support.WorkloadPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Scale section of a Deployment's or StatefulSet's page: a preview of what the added pods take from the
 * namespace's quotas (the section alone for htmx, a page of its own without JavaScript), then the change.
 */
@Controller
class ScaleController {

    private static final String PATH = "/k8s/{cluster}/{namespace}/{type}/{workload}/scale";

    private final ScaleWorkloadUseCase scaling;
    private final ClusterQuery clusters;

    ScaleController(ScaleWorkloadUseCase scaling, ClusterQuery clusters) {
        this.scaling = scaling;
        this.clusters = clusters;
    }

    @GetMapping(PATH)
    String preview(Actor actor, @PathVariable String cluster, @PathVariable String namespace,
            @PathVariable String type, @PathVariable String workload,
            @RequestParam(defaultValue = "") String replicas, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        ResourceRef ref = WorkloadPage.ref(cluster, namespace, type, workload);
        WorkloadPage.describe(model, clusters.cluster(actor, ref.cluster()), namespace, type, workload);
        model.addAttribute("scaleReplicas", replicas);
        Attempt<?> preview = Attempt.of(() -> scaling.preview(actor, ref, Replicas.parse(replicas)));
        preview.value().ifPresent(shown -> model.addAttribute("scalePreview", shown));
        preview.refusal().ifPresent(refusal -> {
            response.setStatus(refusal.status().value());
            model.addAttribute("scaleError", refusal.message());
        });
        return Htmx.isHtmx(request) ? "scale/form :: scale" : "scale/form";
    }

    /** Back to the workload's page, which tells what was done or why not. */
    @PostMapping(PATH)
    String scale(Actor actor, @PathVariable String cluster, @PathVariable String namespace,
            @PathVariable String type, @PathVariable String workload,
            @RequestParam(defaultValue = "") String replicas, RedirectAttributes redirect) {
        ResourceRef ref = WorkloadPage.ref(cluster, namespace, type, workload);
        return Flash.redirectAfter(redirect, "scale.done", WorkloadPage.path(ref),
                () -> scaling.scale(actor, ref, Replicas.parse(replicas)));
    }
}
