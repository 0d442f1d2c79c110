package org.kubedeck.web.scan;

import org.kubedeck.application.scan.port.in.ScanClusterUseCase;
import org.kubedeck.application.scan.port.in.ScanClusterUseCase.ScanCommand;
import org.kubedeck.application.scan.port.in.ScansQuery;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.web.support.ClusterPage;
import org.kubedeck.web.support.Flash;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A cluster's (or a namespace's) scan page: the latest scan's score and findings by check, what changed since the
 * scan before, the trend of the scores, and a button that scans again.
 */
@Controller
class ScanController {

    private final ScansQuery scans;
    private final ScanClusterUseCase scanning;

    ScanController(ScansQuery scans, ScanClusterUseCase scanning) {
        this.scans = scans;
        this.scanning = scanning;
    }

    @GetMapping("/scans/{cluster}")
    String page(Actor actor, ClusterPage page, @RequestParam(defaultValue = "") String namespace, Model model) {
        model.addAttribute("namespace", namespace.trim());
        scans.overview(actor, page.name(), namespace).ifPresent(overview -> model.addAttribute("overview", overview));
        return "scan/page";
    }

    /** Scans now, then shows the page with it. */
    @PostMapping("/scans/{cluster}")
    String scan(Actor actor, ClusterPage page, @RequestParam(defaultValue = "") String namespace,
            RedirectAttributes redirect) {
        String back = UriComponentsBuilder.fromPath("/scans/{c}").queryParam("namespace", namespace.trim())
                .buildAndExpand(page.name().value()).encode().toUriString();
        return Flash.redirectAfter(redirect, "scan.done", back, () -> scanning.scan(actor,
                new ScanCommand(page.name(), namespace)));
    }
}
