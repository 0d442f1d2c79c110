package org.kubedeck.web.scan;

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.kubedeck.application.label.port.in.LabelPoliciesUseCase;
import org.kubedeck.application.scan.port.in.ScanClusterUseCase;
import org.kubedeck.application.scan.port.in.ScanClusterUseCase.ScanCommand;
import org.kubedeck.application.scan.port.in.ScansQuery;
import org.kubedeck.application.scan.port.in.SilenceCheckUseCase;
import org.kubedeck.application.scan.port.in.SilenceCheckUseCase.SilenceCommand;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.label.LabelPolicy;
import org.kubedeck.domain.scan.Check;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.web.support.ClusterPage;
import org.kubedeck.web.support.ErrorText;
import org.kubedeck.web.support.Flash;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A cluster's (or a namespace's) scan page: the latest scan's score and findings by check, what changed since the
 * scan before, the trend of the scores, and a button that scans again.
 */
@Controller
class ScanController {

    private final ScansQuery scans;
    private final ScanClusterUseCase scanning;
    private final SilenceCheckUseCase silencing;
    private final LabelPoliciesUseCase policies;

    ScanController(ScansQuery scans, ScanClusterUseCase scanning, SilenceCheckUseCase silencing,
            LabelPoliciesUseCase policies) {
        this.scans = scans;
        this.scanning = scanning;
        this.silencing = silencing;
        this.policies = policies;
    }

    @GetMapping("/scans/{cluster}")
    String page(Actor actor, ClusterPage page, @RequestParam(defaultValue = "") String namespace, Model model) {
        model.addAttribute("namespace", namespace.trim());
        scans.overview(actor, page.name(), namespace).ifPresent(overview -> model.addAttribute("overview", overview));
        model.addAttribute("silences", silencing.silences(actor, page.name()));
        Map<Check, String> advice = new EnumMap<>(Check.class);
        for (Check check : Check.values()) {
            advice.put(check, ErrorText.of(check.advice()));
        }
        model.addAttribute("advice", advice);
        model.addAttribute("policyFixes", policies.policies(actor, page.name()).stream()
                .flatMap(policy -> policy.kinds().stream().map(resource -> PolicyFix.of(policy, resource))).toList());
        return "scan/page";
    }

    /**
     * The labels page, searching the objects of a kind that lack a policy's label, with the batch form set to add
     * it: the fix, with its preview, for what the {@code label-policy} check finds.
     */
    record PolicyFix(String key, String kind, String selector, String add) {

        static PolicyFix of(LabelPolicy policy, String resource) {
            String plural = resource.contains(".") ? resource.substring(0, resource.indexOf('.')) : resource;
            return new PolicyFix(policy.key(), ResourceKind.known(plural).map(ResourceKind::code).orElse(plural),
                    "!" + policy.key(), policy.key() + "=" + policy.suggestedValue());
        }
    }

    /** Silences one finding's check for its object, or with {@code name} empty for its namespace. */
    @PostMapping("/scans/{cluster}/silences")
    String silence(Actor actor, ClusterPage page, @RequestParam(defaultValue = "") String scanned,
            @RequestParam String check, @RequestParam(defaultValue = "") String namespace,
            @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect) {
        return Flash.redirectAfter(redirect, "scan.silenced", back(page, scanned), () -> silencing.silence(actor,
                new SilenceCommand(page.name(), check, namespace, name, reason)));
    }

    @PostMapping("/scans/{cluster}/silences/{id}/remove")
    String unsilence(Actor actor, ClusterPage page, @PathVariable UUID id,
            @RequestParam(defaultValue = "") String scanned, RedirectAttributes redirect) {
        return Flash.redirectAfter(redirect, "scan.unsilenced", back(page, scanned),
                () -> silencing.unsilence(actor, page.name(), id));
    }

    private static String back(ClusterPage page, String namespace) {
        return page.section("scans", namespace);
    }

    /** Scans now, then shows the page with it. */
    @PostMapping("/scans/{cluster}")
    String scan(Actor actor, ClusterPage page, @RequestParam(defaultValue = "") String namespace,
            RedirectAttributes redirect) {
        return Flash.redirectAfter(redirect, "scan.done", back(page, namespace), () -> scanning.scan(actor,
                new ScanCommand(page.name(), namespace)));
    }
}
