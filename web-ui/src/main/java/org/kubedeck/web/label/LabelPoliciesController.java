package org.kubedeck.web.label;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.kubedeck.application.label.port.in.LabelPoliciesUseCase;
import org.kubedeck.application.label.port.in.LabelPoliciesUseCase.SetPolicyCommand;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.web.support.ClusterPage;
import org.kubedeck.web.support.Flash;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The labels page's forms for the cluster's label policies; its admins only, as the use case decides. */
@Controller
class LabelPoliciesController {

    private final LabelPoliciesUseCase policies;

    LabelPoliciesController(LabelPoliciesUseCase policies) {
        this.policies = policies;
    }

    /** {@code allowed}: values separated by commas or spaces. */
    @PostMapping("/labels/{cluster}/policies")
    String set(Actor actor, ClusterPage page, @RequestParam(defaultValue = "") String key,
            @RequestParam(defaultValue = "") List<String> kinds, @RequestParam(defaultValue = "") String allowed,
            @RequestParam(defaultValue = "") String pattern, RedirectAttributes redirect) {
        return Flash.redirectAfter(redirect, "labels.policySet", page.section("labels", ""), () -> policies.set(actor,
                new SetPolicyCommand(page.name(), key, kinds, Arrays.asList(allowed.split("[,\\s]+")), pattern)));
    }

    @PostMapping("/labels/{cluster}/policies/{id}/remove")
    String remove(Actor actor, ClusterPage page, @PathVariable UUID id, RedirectAttributes redirect) {
        return Flash.redirectAfter(redirect, "labels.policyRemoved", page.section("labels", ""),
                () -> policies.remove(actor, page.name(), id));
    }
}
