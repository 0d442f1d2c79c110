package org.kubedeck.web.container;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.kubedeck.application.container.port.in.ContainerPolicyUseCase;
import org.kubedeck.application.container.port.in.LogSnapshotsUseCase;
import org.kubedeck.application.container.port.in.TranscriptsQuery;
import org.kubedeck.domain.container.ContainerPolicy;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.web.support.ClusterPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A cluster's container pages: its policy, the terminal sessions it recorded (for its admins to replay), and the
 * log snapshots kept of its containers.
 */
@Controller
class ContainerPolicyController {

    private final ContainerPolicyUseCase policies;
    private final TranscriptsQuery transcripts;
    private final LogSnapshotsUseCase snapshots;

    ContainerPolicyController(ContainerPolicyUseCase policies, TranscriptsQuery transcripts,
            LogSnapshotsUseCase snapshots) {
        this.policies = policies;
        this.transcripts = transcripts;
        this.snapshots = snapshots;
    }

    /** What the cluster allows in its containers, with the form its admins change it with. */
    @GetMapping("/clusters/{cluster}/containers")
    String policy(Actor actor, ClusterPage page, Model model) {
        model.addAttribute("policy", policies.policy(actor, page.name()));
        return "container/policy";
    }

    @PostMapping("/clusters/{cluster}/containers")
    String changePolicy(Actor actor, ClusterPage page, @RequestParam(defaultValue = "false") boolean exec,
            @RequestParam(defaultValue = "false") boolean files,
            @RequestParam(name = "record_transcripts", defaultValue = "false") boolean recordTranscripts,
            RedirectAttributes redirect) {
        policies.change(actor, page.name(), new ContainerPolicy(exec, files, recordTranscripts));
        redirect.addFlashAttribute("flash", "containers.policySaved");
        return "redirect:/clusters/" + page.name().value() + "/containers";
    }

    @GetMapping("/clusters/{cluster}/terminals")
    String transcripts(Actor actor, ClusterPage page, Model model) {
        model.addAttribute("transcripts", transcripts.transcripts(actor, page.name()));
        return "container/transcripts";
    }

    /** The replay: the page plays the events it reads from the API. */
    @GetMapping("/clusters/{cluster}/terminals/{id}")
    String transcript(Actor actor, ClusterPage page, @PathVariable UUID id, Model model) {
        model.addAttribute("transcript", transcripts.transcript(actor, page.name(), id).transcript());
        return "container/replay";
    }

    @GetMapping("/clusters/{cluster}/snapshots")
    String snapshots(Actor actor, ClusterPage page, Model model) {
        model.addAttribute("snapshots", snapshots.snapshots(actor, page.name()));
        return "container/snapshots";
    }

    @GetMapping("/clusters/{cluster}/snapshots/{id}")
    String snapshot(Actor actor, ClusterPage page, @PathVariable UUID id, Model model) {
        LogSnapshotsUseCase.Kept kept = snapshots.snapshot(actor, page.name(), id);
        model.addAttribute("snapshot", kept.snapshot());
        model.addAttribute("text", new String(kept.content(), StandardCharsets.UTF_8));
        return "container/snapshot";
    }

    @PostMapping("/clusters/{cluster}/snapshots/{id}/delete")
    String deleteSnapshot(Actor actor, ClusterPage page, @PathVariable UUID id, RedirectAttributes redirect) {
        snapshots.delete(actor, page.name(), id);
        redirect.addFlashAttribute("flash", "snapshots.deleted");
        return "redirect:/clusters/" + page.name().value() + "/snapshots";
    }
}
