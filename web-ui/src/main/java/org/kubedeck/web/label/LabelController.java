package org.kubedeck.web.label;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.kubedeck.application.label.port.in.LabelPoliciesUseCase;
import org.kubedeck.application.label.port.in.LabelsUseCase;
import org.kubedeck.application.label.port.in.LabelsUseCase.BatchResult;
import org.kubedeck.application.label.port.in.LabelsUseCase.LabelBatchCommand;
import org.kubedeck.domain.kube.KeyValues;
import org.kubedeck.domain.kube.LabelSelector;
import org.kubedeck.domain.kube.NamespaceRef;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.label.LabelChange;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.web.support.Attempt;
import org.kubedeck.web.support.ClusterPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Finding objects by label selector, and changing the labels of what matches (previewed first). */
@Controller
class LabelController {

    private final LabelsUseCase labels;
    private final LabelPoliciesUseCase policies;

    LabelController(LabelsUseCase labels, LabelPoliciesUseCase policies) {
        this.labels = labels;
        this.policies = policies;
    }

    /** Find objects by selector; with a label change, preview it or carry it out on what matches. */
    @GetMapping("/labels/{cluster}")
    String labelsPage(Actor actor, ClusterPage page, @RequestParam(defaultValue = "") String namespace,
            @RequestParam(defaultValue = "") String selector, @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "") String add, Model model) {
        model.addAttribute("namespace", namespace);
        model.addAttribute("add", add);
        model.addAttribute("selector", selector);
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", ResourceKind.BUILT_IN);
        model.addAttribute("policies", policies.policies(actor, page.name()));
        if (!selector.isBlank() || !kind.isBlank()) {
            Attempt.run(() -> {
                List<ResourceKind> kinds = kind.isBlank() ? ResourceKind.BUILT_IN
                        : List.of(ResourceKind.of(kind));
                model.addAttribute("found", labels.select(actor, page.name(), namespace.isBlank() ? null : namespace, kinds,
                        selector));
            }).refusal().ifPresent(refusal -> model.addAttribute("error", refusal.message()));
        }
        return "label/search";
    }

    @PostMapping("/labels/{cluster}/batch")
    String batch(Actor actor, ClusterPage page, @RequestParam String namespace,
            @RequestParam String kind, @RequestParam(defaultValue = "") String selector,
            @RequestParam(defaultValue = "") String add, @RequestParam(defaultValue = "") String remove,
            @RequestParam(defaultValue = "false") boolean preview, Model model) {
        Attempt.run(() -> {
            LabelChange change = new LabelChange(KeyValues.parse("labels", add),
                    Arrays.stream(remove.split("[,\\s]+")).filter(key -> !key.isBlank()).collect(Collectors.toSet()));
            BatchResult result = labels.batch(actor, new LabelBatchCommand(
                    NamespaceRef.of(page.name(), namespace), ResourceKind.of(kind),
                    LabelSelector.parse(selector), change, preview));
            model.addAttribute("batch", result);
            model.addAttribute("preview", preview);
        }).refusal().ifPresent(refusal -> model.addAttribute("error", refusal.message()));
        model.addAttribute("remove", remove);
        return labelsPage(actor, page, namespace, selector, kind, add, model);
    }
}
