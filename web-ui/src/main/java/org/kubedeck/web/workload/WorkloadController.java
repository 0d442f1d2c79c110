package org.kubedeck.web.workload;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.kubedeck.application.cluster.port.in.ClusterQuery;
import org.kubedeck.application.node.port.in.SchedulingUseCase;
import org.kubedeck.application.workload.port.in.BrowseWorkloadsQuery;
import org.kubedeck.application.workload.port.in.BrowseWorkloadsQuery.WorkloadDetail;
import org.kubedeck.application.workload.port.in.ChangePodLoadUseCase;
import org.kubedeck.application.workload.port.in.ChangePodLoadUseCase.LoadChange;
import org.kubedeck.application.workload.port.in.ChangePodLoadUseCase.LoadChangeCommand;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.kube.ResourceRef;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.ClusterAction;
import org.kubedeck.domain.workload.LoadAction;
import org.kubedeck.domain.workload.NamespaceSummary;
import org.kubedeck.domain.workload.PodDetail;
import org.kubedeck.domain.workload.PodSelection;
import org.kubedeck.domain.workload.PodView;
import org.kubedeck.web.support.Attempt;
import org.kubedeck.web.support.ClusterPage;
import org.kubedeck.web.support.Htmx;
import org.kubedeck.web.support.SchedulingForm;
import org.kubedeck.web.support.WorkloadPage;
import org.kubedeck.web.workload.PodListParams;
import org.kubedeck.web.workload.PodTable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;

/**
 * The pod load console: cluster → namespace → workload type → workload → pods. Every level has its own URL;
 * htmx swaps the parts that change (the live pod table, the result of a kick).
 */
@Controller
class WorkloadController {

    /**
     * How long a page waits for a namespace read for the first time before it shows that it is loading (and
     * refreshes itself) instead: a namespace of thousands of pods takes seconds.
     */
    static final Duration FIRST_PAINT = Duration.ofMillis(700);

    private final ClusterQuery clusters;
    private final BrowseWorkloadsQuery browse;
    private final ChangePodLoadUseCase changeLoad;
    private final SchedulingUseCase scheduling;
    private final Clock clock;

    WorkloadController(ClusterQuery clusters, BrowseWorkloadsQuery browse, ChangePodLoadUseCase changeLoad,
            SchedulingUseCase scheduling, Clock clock) {
        this.scheduling = scheduling;
        this.clusters = clusters;
        this.browse = browse;
        this.changeLoad = changeLoad;
        this.clock = clock;
    }

    /** Every namespace with its pods ready, its workloads not ready and its age; {@code q} filters by name. */
    @GetMapping("/k8s/{cluster}")
    String namespaces(Actor actor, ClusterPage page, @RequestParam(defaultValue = "") String q, Model model) {
        String filter = q.trim();
        List<NamespaceSummary> all = browse.namespaceSummaries(actor, page.name());
        model.addAttribute("namespaces", all.stream().filter(namespace -> namespace.name().contains(filter))
                .toList());
        model.addAttribute("total", all.size());
        model.addAttribute("q", filter);
        model.addAttribute("now", clock.instant());
        return "workload/namespaces";
    }

    /** The workloads of one type in every namespace ({@code -} is no namespace's name, as kubectl's -A). */
    @GetMapping("/k8s/{cluster}/-")
    String everywhere(Actor actor, ClusterPage page, @RequestParam(defaultValue = "deployment") String type,
            Model model) {
        ResourceKind chosen = ResourceKind.workload(type);
        model.addAttribute("type", chosen);
        model.addAttribute("types", ResourceKind.WORKLOADS);
        model.addAttribute("workloads", browse.workloadsEverywhere(actor, page.name(), chosen));
        return "workload/everywhere";
    }

    @GetMapping("/k8s/{cluster}/{namespace}")
    String workloads(Actor actor, ClusterPage page, @PathVariable String namespace,
            @RequestParam(defaultValue = "deployment") String type, Model model) {
        ClusterName name = page.name();
        ResourceKind chosen = ResourceKind.workload(type);
        model.addAttribute("namespace", namespace);
        if (!browse.ready(actor, name, namespace, FIRST_PAINT)) {
            return "workload/loading";
        }
        model.addAttribute("types", browse.workloadTypes(actor, name, namespace));
        model.addAttribute("type", chosen);
        model.addAttribute("workloads", browse.workloads(actor, name, namespace, chosen));
        return "workload/workloads";
    }

    /**
     * The workload with one page of its pods. A poll of the table sends the entity tag of what it shows and gets
     * 304 without a body while nothing on it changed.
     */
    @GetMapping("/k8s/{cluster}/{namespace}/{type}/{workload}")
    String workload(Actor actor, @PathVariable String cluster, @PathVariable String namespace,
            @PathVariable String type, @PathVariable String workload, PodListParams list, WebRequest webRequest,
            HttpServletRequest request, Model model) {
        ResourceKind chosen = ResourceKind.workload(type);
        if (!Htmx.isHtmx(request) && !browse.ready(actor, ClusterName.of(cluster), namespace, FIRST_PAINT)) {
            model.addAttribute("cluster", clusters.cluster(actor, ClusterName.of(cluster)));
            model.addAttribute("namespace", namespace);
            return "workload/loading";
        }
        PodTable table = fillWorkload(actor, ClusterName.of(cluster), namespace, chosen, workload,
                list.selection(), model);
        if (Htmx.isHtmx(request)) {
            // The table alone also brings the header's counts, which a kick or a pod's readiness changes.
            model.addAttribute("countsOutOfBand", true);
            return webRequest.checkNotModified(table.etag()) ? null : "workload/workload :: pods";
        }
        ResourceRef ref = WorkloadPage.ref(cluster, namespace, type, workload);
        // When the scheduling cannot be read, the pods still show; only its section is left out.
        Attempt.of(() -> scheduling.scheduling(actor, ref)).value().ifPresent(scheduling -> {
            model.addAttribute("scheduling", scheduling);
            SchedulingForm.offered(ref.kind(), scheduling)
                    .ifPresent(form -> model.addAttribute("schedulingForm", form));
        });
        return "workload/workload";
    }

    /** A pod's page: the workload that owns it, where it runs, its containers, conditions and events. */
    @GetMapping("/k8s/{cluster}/{namespace}/pods/{pod}")
    String pod(Actor actor, ClusterPage page, @PathVariable String namespace, @PathVariable String pod,
            Model model) {
        PodDetail detail = browse.pod(actor, new ResourceRef(page.name(), namespace, ResourceKind.POD, pod));
        String ownerCode = detail.owner() == null ? null : detail.owner().workloadCode();
        WorkloadPage.name(model, page.name(), namespace, ownerCode == null ? ResourceKind.POD.code() : ownerCode,
                ownerCode == null ? pod : detail.owner().name());
        model.addAttribute("namespace", namespace);
        model.addAttribute("pod", detail);
        model.addAttribute("ownerCode", ownerCode);
        model.addAttribute("now", clock.instant());
        return "workload/pod";
    }

    /** Kick or restore the chosen pods; a kick with warnings comes back for confirmation. */
    @PostMapping("/k8s/{cluster}/{namespace}/load")
    String load(Actor actor, @PathVariable String cluster, @PathVariable String namespace,
            @RequestParam(name = "pods", required = false) List<String> pods, @RequestParam String action,
            @RequestParam(defaultValue = "false") boolean confirmed,
            @RequestParam(name = "restore_after", required = false) Integer restoreAfterMinutes,
            @RequestParam(name = "all_matching", defaultValue = "false") boolean allMatching, PodListParams list,
            @RequestParam String type,
            @RequestParam String workload, HttpServletRequest request, HttpServletResponse response, Model model) {
        ClusterName name = ClusterName.of(cluster);
        if (allMatching) {
            WorkloadDetail detail = browse.workload(actor, WorkloadPage.ref(cluster, namespace, type, workload));
            pods = list.selection().matching(detail.pods(), detail.loadLabel()).stream().map(PodView::name)
                    .toList();
        }
        LoadAction loadAction = switch (action) {
            case "kick" -> LoadAction.KICK;
            case "restore" -> LoadAction.RESTORE;
            default -> throw new InvalidInputException("action", Message.of("workload.actionKickRestore",
                    "Action is kick or restore."));
        };
        Duration restoreAfter = loadAction == LoadAction.KICK && restoreAfterMinutes != null
                && restoreAfterMinutes > 0 ? Duration.ofMinutes(restoreAfterMinutes) : null;
        List<String> chosen = pods;
        Attempt<LoadChange> change = Attempt.of(() -> changeLoad.changeLoad(actor, new LoadChangeCommand(name,
                namespace, chosen, loadAction, confirmed, restoreAfter)));
        change.refusal().ifPresent(refusal -> model.addAttribute("loadError", refusal.message()));
        model.addAttribute("change", change.value().orElse(null));
        model.addAttribute("requestedPods", pods == null ? List.of() : pods);
        model.addAttribute("action", action);
        model.addAttribute("restoreAfter", restoreAfterMinutes);
        if (Htmx.isHtmx(request)) {
            // The pod table listens for this and refreshes at once instead of at its next poll; a change carried
            // out also clears the selection, so that the next bulk action does not act on the same pods again.
            boolean applied = change.value().map(LoadChange::applied).orElse(false);
            response.setHeader("HX-Trigger", applied ? "pods-changed, load-applied" : "pods-changed");
            WorkloadPage.name(model, name, namespace, type, workload);
            return "workload/workload :: loadResult";
        }
        fillWorkload(actor, name, namespace, ResourceKind.workload(type), workload, list.selection(), model);
        return "workload/workload";
    }

    private PodTable fillWorkload(Actor actor, ClusterName cluster, String namespace, ResourceKind type,
            String workload, PodSelection selection, Model model) {
        WorkloadDetail detail = browse.workload(actor, new ResourceRef(cluster, namespace, type, workload));
        WorkloadPage.describe(model, clusters.cluster(actor, cluster), namespace, type.code(), workload);
        boolean mayChange = actor.permissions().allows(cluster, ClusterAction.CHANGE);
        PodTable table = PodTable.of(WorkloadPage.path(WorkloadPage.ref(cluster.value(), namespace, type.code(),
                workload)), detail, selection, clock.instant(), mayChange);
        model.addAttribute("namespace", namespace);
        model.addAttribute("detail", detail);
        model.addAttribute("table", table);
        model.addAttribute("mayChange", mayChange);
        return table;
    }
}
