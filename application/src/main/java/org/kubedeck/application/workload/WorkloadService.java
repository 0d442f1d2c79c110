package org.kubedeck.application.workload;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.kubedeck.application.UseCase;
import org.kubedeck.application.audit.AuditLog;
import org.kubedeck.application.kube.ClusterGate;
import org.kubedeck.application.kube.ResourceHistory;
import org.kubedeck.application.workload.port.in.BrowseWorkloadsQuery;
import org.kubedeck.application.workload.port.in.ChangePodLoadUseCase;
import org.kubedeck.application.workload.port.in.RestoreDuePodsUseCase;
import org.kubedeck.application.workload.port.out.PodLabeler;
import org.kubedeck.application.workload.port.out.RestoreSchedule;
import org.kubedeck.application.workload.port.out.RestoreSchedule.PlannedRestore;
import org.kubedeck.application.workload.port.out.WorkloadReader;
import org.kubedeck.domain.DomainException;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.NotFoundException;
import org.kubedeck.domain.audit.AuditAction;
import org.kubedeck.domain.audit.AuditDetail;
import org.kubedeck.domain.audit.Outcome;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.kube.LiveResource;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.kube.ResourceRef;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.ClusterAction;
import org.kubedeck.domain.workload.KickCheck;
import org.kubedeck.domain.workload.KickWarning;
import org.kubedeck.domain.workload.LoadAction;
import org.kubedeck.domain.workload.LoadLabel;
import org.kubedeck.domain.workload.PodView;
import org.kubedeck.domain.workload.ServiceView;
import org.kubedeck.domain.workload.WorkloadView;

@UseCase
class WorkloadService implements BrowseWorkloadsQuery, ChangePodLoadUseCase, RestoreDuePodsUseCase {

    /** Label patches in flight at once for a bulk change: fast, without flooding the API server. */
    static final int PARALLEL_PATCHES = 8;
    private static final int RESTORES_PER_RUN = 200;
    /** How long a change waits for the console's own reads to show it, so the page drawn next does. */
    static final Duration SHOWN_WITHIN = Duration.ofSeconds(2);

    private final ClusterGate gate;
    private final WorkloadReader reader;
    private final PodLabeler labeler;
    private final RestoreSchedule restores;
    private final ResourceHistory history;
    private final LoadLabel load;
    private final AuditLog auditLog;
    private final Clock clock;

    WorkloadService(ClusterGate gate, WorkloadReader reader, PodLabeler labeler, RestoreSchedule restores,
            ResourceHistory history, LoadLabel load, AuditLog auditLog, Clock clock) {
        this.history = history;
        this.gate = gate;
        this.reader = reader;
        this.labeler = labeler;
        this.restores = restores;
        this.load = load;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Override
    public List<String> namespaces(Actor actor, ClusterName cluster) {
        return reader.namespaces(viewable(actor, cluster, cluster.value()));
    }

    @Override
    public boolean ready(Actor actor, ClusterName cluster, String namespace, Duration wait) {
        return reader.ready(viewable(actor, cluster, namespace), namespace, wait);
    }

    @Override
    public List<WorkloadTypeCount> workloadTypes(Actor actor, ClusterName cluster, String namespace) {
        ClusterAccess access = namespaceOf(actor, cluster, namespace);
        List<WorkloadTypeCount> counts = new ArrayList<>();
        for (ResourceKind type : ResourceKind.WORKLOADS) {
            counts.add(new WorkloadTypeCount(type, reader.workloads(access, namespace, type).size()));
        }
        return counts;
    }

    @Override
    public List<WorkloadView> workloads(Actor actor, ClusterName cluster, String namespace, ResourceKind type) {
        return reader.workloads(namespaceOf(actor, cluster, namespace), namespace, type);
    }

    @Override
    public WorkloadDetail workload(Actor actor, ClusterName cluster, String namespace, ResourceKind type,
            String name) {
        ClusterAccess access = viewable(actor, cluster, namespace + "/" + name);
        WorkloadView workload = reader.workload(access, namespace, type, name)
                .orElseThrow(() -> new NotFoundException(Message.of("kube.objectDoesNotExistInCluster",
                        "{0} {1}/{2} does not exist in cluster '{3}'.", type.kind(), namespace, name, cluster)));
        List<PodView> pods = reader.pods(access, namespace, workload);
        List<ServiceInFront> inFront = reader.services(access, namespace).stream()
                .filter(service -> service.frontsIgnoring(load.key(), workload.selector())
                        || pods.stream().anyMatch(pod -> service.frontsIgnoring(load.key(), pod.labels())))
                .map(service -> new ServiceInFront(service.name(), service.routesBy(load.key())))
                .toList();
        Map<String, Instant> due = new HashMap<>();
        restores.planned(cluster, namespace).forEach(r -> due.put(r.pod(), r.dueAt()));
        return new WorkloadDetail(workload, pods, inFront, load, due);
    }

    @Override
    public LoadChange changeLoad(Actor actor, LoadChangeCommand command) {
        String verb = command.action() == LoadAction.KICK ? "kick pods" : "restore pods";
        ClusterAccess access = gate.open(actor, command.cluster(), ClusterAction.CHANGE, verb + " in "
                + command.cluster(), command.namespace() + "/" + String.join(",", command.pods()));
        Map<String, PodView> current = new LinkedHashMap<>();
        for (String name : command.pods()) {
            current.put(name, reader.pod(access, command.namespace(), name).orElseThrow(() -> new NotFoundException(
                    Message.of("workload.podDoesNotExist",
                            "Pod {0}/{1} does not exist in cluster '{2}'.", command.namespace(), name,
                            command.cluster()))));
        }
        if (command.action() == LoadAction.KICK && !command.confirmed()) {
            List<KickWarning> warnings = kickWarnings(access, command.namespace(), current);
            if (!warnings.isEmpty()) {
                return LoadChange.needsConfirmation(warnings);
            }
        }
        LoadChange change = apply(actor, access, command, current);
        List<String> changed = change.changes().stream().map(applied -> applied.pod().name()).toList();
        if (command.action() == LoadAction.KICK && command.restoreAfter() != null) {
            changed.forEach(pod -> restores.plan(new PlannedRestore(command.cluster(), command.namespace(), pod,
                    clock.instant().plus(command.restoreAfter()), actor.username().value())));
        } else {
            restores.cancel(command.cluster(), command.namespace(), changed);
        }
        return change;
    }

    /** Runs as the console itself; the audit entry names who asked for the restore. */
    @Override
    public int restoreDuePods() {
        int restored = 0;
        for (PlannedRestore due : restores.takeDue(clock.instant(), RESTORES_PER_RUN)) {
            try {
                ClusterAccess access = gate.openForConsole(due.cluster());
                String old = reader.pod(access, due.namespace(), due.pod()).map(p -> p.label(load.key())).orElse(null);
                labelled(Actor.system(), access, due.namespace(), due.pod(), load.online(), "automatic restore");
                auditLog.success(Actor.system(), AuditAction.POD_RESTORED, due.namespace() + "/" + due.pod(),
                        due.cluster().value(), AuditDetail.of("namespace", due.namespace(), "pod", due.pod(),
                                "label", load.key(), "old", old, "new", load.online(), "reason", "auto_restore",
                                "requested_by", due.requestedBy()));
                restored++;
            } catch (DomainException e) {
                // A pod or cluster that went away: nothing left to restore. Recorded, not retried.
                auditLog.record(Actor.system(), AuditAction.POD_RESTORED, due.namespace() + "/" + due.pod(),
                        due.cluster().value(), Outcome.FAILURE, AuditDetail.of("reason", "auto_restore",
                                "error", e.getMessage(), "requested_by", due.requestedBy()));
            }
        }
        return restored;
    }

    private List<KickWarning> kickWarnings(ClusterAccess access, String namespace, Map<String, PodView> kicked) {
        List<ServiceView> services = reader.services(access, namespace);
        Map<String, PodView> reachable = new HashMap<>(kicked);
        for (ServiceView service : services) {
            boolean inFront = kicked.values().stream().anyMatch(p -> service.frontsIgnoring(load.key(), p.labels()));
            if (inFront && service.routesBy(load.key())) {
                Map<String, String> peers = new HashMap<>(service.selector());
                peers.remove(load.key());
                reader.podsMatching(access, namespace, peers).forEach(pod -> reachable.putIfAbsent(pod.name(), pod));
            }
        }
        return KickCheck.warnings(load, services, reachable.values(), Set.copyOf(kicked.keySet()));
    }

    private LoadChange apply(Actor actor, ClusterAccess access, LoadChangeCommand command,
            Map<String, PodView> current) {
        String value = load.valueFor(command.action());
        AuditAction audited = command.action() == LoadAction.KICK ? AuditAction.POD_KICKED : AuditAction.POD_RESTORED;
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(PARALLEL_PATCHES, current.size()));
        List<PodChange> changes = new ArrayList<>();
        List<PodFailure> failures = new ArrayList<>();
        Map<String, String> versions = new HashMap<>();
        try {
            Map<String, Future<LiveResource>> patches = new LinkedHashMap<>();
            current.keySet().forEach(name -> patches.put(name, pool.submit(
                    () -> labelled(actor, access, command.namespace(), name, value,
                            command.action() == LoadAction.KICK ? "kick" : "restore"))));
            for (Map.Entry<String, Future<LiveResource>> patch : patches.entrySet()) {
                String name = patch.getKey();
                String old = current.get(name).label(load.key());
                try {
                    versions.put(name, patch.getValue().get().resourceVersion());
                    // What the kick changed is the label alone: the pod as read before, with its new value.
                    changes.add(new PodChange(current.get(name).withLabel(load.key(), value), old, value));
                    auditLog.success(actor, audited, command.namespace() + "/" + name, command.cluster().value(),
                            AuditDetail.of("namespace", command.namespace(), "pod", name, "label", load.key(),
                                    "old", old, "new", value));
                } catch (ExecutionException e) {
                    String message = e.getCause() instanceof DomainException domain ? domain.getMessage()
                            : "The cluster did not accept the change.";
                    failures.add(new PodFailure(name, message));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            pool.shutdownNow();
        }
        reader.awaitPods(access, command.namespace(), versions, SHOWN_WITHIN);
        changes.sort(Comparator.comparing(change -> change.pod().name()));
        return new LoadChange(true, List.of(), changes, failures);
    }

    /** Sets the load label on one pod, recording the pod's YAML before and after (as the patch answered). */
    private LiveResource labelled(Actor actor, ClusterAccess access, String namespace, String pod, String value,
            String note) {
        return history.changeTo(access, new ResourceRef(access.name(), namespace, ResourceKind.POD, pod),
                actor.username().value(), note, () -> labeler.setLabel(access, namespace, pod, load.key(), value));
    }

    private ClusterAccess viewable(Actor actor, ClusterName cluster, String target) {
        return gate.open(actor, cluster, ClusterAction.VIEW, "view cluster " + cluster, target);
    }

    private ClusterAccess namespaceOf(Actor actor, ClusterName cluster, String namespace) {
        ClusterAccess access = viewable(actor, cluster, namespace);
        if (!reader.namespaceExists(access, namespace)) {
            throw new NotFoundException(Message.of("workload.namespaceDoesNotExist",
                    "Namespace '{0}' does not exist in cluster '{1}'.", namespace, cluster));
        }
        return access;
    }
}
