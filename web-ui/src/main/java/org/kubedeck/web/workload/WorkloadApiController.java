package org.kubedeck.web.workload;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kubedeck.application.workload.port.in.BrowseWorkloadsQuery;
import org.kubedeck.application.workload.port.in.BrowseWorkloadsQuery.WorkloadDetail;
import org.kubedeck.application.workload.port.in.ChangePodLoadUseCase;
import org.kubedeck.application.workload.port.in.ChangePodLoadUseCase.LoadChange;
import org.kubedeck.application.workload.port.in.ChangePodLoadUseCase.LoadChangeCommand;
import org.kubedeck.application.workload.port.in.ChangePodLoadUseCase.PodFailure;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.workload.KickWarning;
import org.kubedeck.domain.workload.LoadAction;
import org.kubedeck.domain.workload.LoadLabel;
import org.kubedeck.domain.workload.PodSelection.PodPage;
import org.kubedeck.domain.workload.PodView;
import org.kubedeck.domain.workload.WorkloadView;
import org.kubedeck.web.support.WorkloadPage;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The pod load console for scripts, on the paths of the tool it replaces. */
@RestController
class WorkloadApiController {

    private final BrowseWorkloadsQuery browse;
    private final ChangePodLoadUseCase changeLoad;
    private final LoadLabel load;
    private final Clock clock;

    WorkloadApiController(BrowseWorkloadsQuery browse, ChangePodLoadUseCase changeLoad, LoadLabel load, Clock clock) {
        this.browse = browse;
        this.changeLoad = changeLoad;
        this.load = load;
        this.clock = clock;
    }

    record PodJson(String name, String status, boolean ready, int restarts, String nodeIp, String podIp,
            Instant createdAt, long ageSeconds, String load) {

        static PodJson of(PodView pod, LoadLabel load, Instant now) {
            return new PodJson(pod.name(), pod.phase(), pod.ready(), pod.restarts(), pod.nodeIp(), pod.podIp(),
                    pod.createdAt(), pod.ageSeconds(now), pod.label(load.key()));
        }
    }

    record WorkloadJson(String name, String type, int replicas, int readyReplicas, Map<String, String> selector) {
        static WorkloadJson of(WorkloadView workload) {
            return new WorkloadJson(workload.name(), workload.type().code(), workload.desiredReplicas(),
                    workload.readyReplicas(), workload.selector());
        }
    }

    record WorkloadTypeJson(String type, int count) {
    }

    record WarningJson(String kind, String service, String message) {
        static WarningJson of(KickWarning warning) {
            return new WarningJson(warning.kind().name().toLowerCase(Locale.ROOT), warning.service(),
                    warning.text());
        }
    }

    /** A kick that needs confirmation: nothing was changed; repeat with {@code confirm=true}. */
    record ConfirmationJson(String error, String message, List<WarningJson> warnings) {
    }

    record BulkRequest(List<String> pods, Boolean confirm, Integer restoreAfterMinutes) {
    }

    record BulkJson(List<PodJson> pods, List<PodFailure> failures) {
    }

    @GetMapping("/api/{cluster}/namespaces")
    List<String> namespaces(Actor actor, @PathVariable String cluster) {
        return browse.namespaces(actor, ClusterName.of(cluster));
    }

    @GetMapping("/api/{cluster}/{namespace}/workload-types")
    List<WorkloadTypeJson> workloadTypes(Actor actor, @PathVariable String cluster, @PathVariable String namespace) {
        return browse.workloadTypes(actor, ClusterName.of(cluster), namespace).stream()
                .map(c -> new WorkloadTypeJson(c.type().code(), c.count())).toList();
    }

    @GetMapping("/api/{cluster}/{namespace}/workloads")
    List<WorkloadJson> workloads(Actor actor, @PathVariable String cluster, @PathVariable String namespace,
            @RequestParam(defaultValue = "deployment") String type) {
        return browse.workloads(actor, ClusterName.of(cluster), namespace, ResourceKind.workload(type)).stream()
                .map(WorkloadJson::of).toList();
    }

    /**
     * Every pod of the workload by name; with any of {@code q}, {@code status}, {@code sort}, {@code dir},
     * {@code page} or {@code size}, one page of the matching pods, with their count in {@code X-Total-Count} and
     * the number of pages in {@code X-Page-Count}.
     */
    @GetMapping("/api/{cluster}/{namespace}/{workloadType}/{workloadName}/pods")
    ResponseEntity<List<PodJson>> pods(Actor actor, @PathVariable String cluster, @PathVariable String namespace,
            @PathVariable String workloadType, @PathVariable String workloadName, PodListParams list) {
        WorkloadDetail detail = browse.workload(actor, WorkloadPage.ref(cluster, namespace, workloadType,
                workloadName));
        if (!list.given()) {
            return ResponseEntity.ok(detail.pods().stream().map(this::json).toList());
        }
        PodPage page = list.selection().select(detail.pods(), detail.loadLabel());
        return ResponseEntity.ok().header("X-Total-Count", String.valueOf(page.matching()))
                .header("X-Page-Count", String.valueOf(page.pages()))
                .body(page.items().stream().map(this::json).toList());
    }

    @PostMapping("/api/{cluster}/{namespace}/pods/{pod}/remove-load")
    ResponseEntity<?> removeLoad(Actor actor, @PathVariable String cluster, @PathVariable String namespace,
            @PathVariable String pod, @RequestParam(defaultValue = "false") boolean confirm,
            @RequestParam(name = "restore_after_minutes", required = false) Integer restoreAfterMinutes) {
        return single(change(actor, cluster, namespace, List.of(pod), LoadAction.KICK, confirm,
                restoreAfterMinutes));
    }

    @PostMapping("/api/{cluster}/{namespace}/pods/{pod}/restore-traffic")
    ResponseEntity<?> restoreTraffic(Actor actor, @PathVariable String cluster, @PathVariable String namespace,
            @PathVariable String pod) {
        return single(change(actor, cluster, namespace, List.of(pod), LoadAction.RESTORE, true, null));
    }

    @PostMapping("/api/{cluster}/{namespace}/pods/remove-load")
    ResponseEntity<?> removeLoadBulk(Actor actor, @PathVariable String cluster, @PathVariable String namespace,
            @RequestBody BulkRequest body) {
        return bulk(change(actor, cluster, namespace, body.pods(), LoadAction.KICK,
                Boolean.TRUE.equals(body.confirm()), body.restoreAfterMinutes()));
    }

    @PostMapping("/api/{cluster}/{namespace}/pods/restore-traffic")
    ResponseEntity<?> restoreTrafficBulk(Actor actor, @PathVariable String cluster, @PathVariable String namespace,
            @RequestBody BulkRequest body) {
        return bulk(change(actor, cluster, namespace, body.pods(), LoadAction.RESTORE, true, null));
    }

    private LoadChange change(Actor actor, String cluster, String namespace, List<String> pods, LoadAction action,
            boolean confirmed, Integer restoreAfterMinutes) {
        return changeLoad.changeLoad(actor, new LoadChangeCommand(ClusterName.of(cluster), namespace, pods, action,
                confirmed, restoreAfterMinutes == null ? null : Duration.ofMinutes(restoreAfterMinutes)));
    }

    private ResponseEntity<?> single(LoadChange change) {
        if (!change.applied()) {
            return confirmationRequired(change);
        }
        if (!change.failures().isEmpty()) {
            throw new InvalidInputException("pod", change.failures().get(0).message());
        }
        return ResponseEntity.ok(json(change.changes().get(0).pod()));
    }

    private ResponseEntity<?> bulk(LoadChange change) {
        if (!change.applied()) {
            return confirmationRequired(change);
        }
        return ResponseEntity.ok(new BulkJson(change.changes().stream().map(c -> json(c.pod())).toList(),
                change.failures()));
    }

    private static ResponseEntity<ConfirmationJson> confirmationRequired(LoadChange change) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(new ConfirmationJson("confirmation_required",
                "Nothing was changed: confirm the kick with confirm=true.",
                change.warnings().stream().map(WarningJson::of).toList()));
    }

    private PodJson json(PodView pod) {
        return PodJson.of(pod, load, clock.instant());
    }
}
