package org.kubedeck.application.workload;

import java.time.Clock;
import java.time.Duration;
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
import org.kubedeck.application.workload.port.in.ChangePodLoadUseCase;
import org.kubedeck.application.workload.port.out.RestoreSchedule;
import org.kubedeck.application.workload.port.out.RestoreSchedule.PlannedRestore;
import org.kubedeck.application.workload.port.out.WorkloadReader;
import org.kubedeck.domain.DomainException;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.NotFoundException;
import org.kubedeck.domain.audit.AuditAction;
import org.kubedeck.domain.audit.AuditDetail;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.kube.LiveResource;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.ClusterAction;
import org.kubedeck.domain.workload.KickCheck;
import org.kubedeck.domain.workload.KickWarning;
import org.kubedeck.domain.workload.LoadAction;
import org.kubedeck.domain.workload.LoadLabel;
import org.kubedeck.domain.workload.PodView;
import org.kubedeck.domain.workload.ServiceView;

/**
 * Kicks pods out of load balancing or restores them, with warnings first where a kick would leave a Service without
 * pods; a kick may plan its restore. Each pod's change is recorded as a version and audited.
 */
@UseCase
class ChangePodLoadService implements ChangePodLoadUseCase {

    /** Label patches in flight at once for a bulk change: fast, without flooding the API server. */
    static final int PARALLEL_PATCHES = 8;
    /** How long a change waits for the console's own reads to show it, so the page drawn next does. */
    static final Duration SHOWN_WITHIN = Duration.ofSeconds(2);

    private final ClusterGate gate;
    private final WorkloadReader reader;
    private final PodLoad pods;
    private final RestoreSchedule restores;
    private final AuditLog auditLog;
    private final Clock clock;

    ChangePodLoadService(ClusterGate gate, WorkloadReader reader, PodLoad pods, RestoreSchedule restores,
            AuditLog auditLog, Clock clock) {
        this.gate = gate;
        this.reader = reader;
        this.pods = pods;
        this.restores = restores;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Override
    public LoadChange changeLoad(Actor actor, LoadChangeCommand command) {
        String verb = command.action() == LoadAction.KICK ? "kick pods" : "restore pods";
        ClusterAccess access = gate.open(actor, command.cluster(), ClusterAction.CHANGE, verb + " in "
                + command.cluster(), command.namespace() + "/" + String.join(",", command.pods()));
        Map<String, PodView> current = current(access, command.namespace(), command.pods());
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

    @Override
    public List<KickWarning> kickWarnings(Actor actor, ClusterName cluster, String namespace, List<String> pods) {
        ClusterAccess access = gate.open(actor, cluster, ClusterAction.CHANGE, "kick pods in " + cluster,
                namespace + "/" + String.join(",", pods));
        return kickWarnings(access, namespace, current(access, namespace, pods));
    }

    /** The pods as they are now, each of which must exist. */
    private Map<String, PodView> current(ClusterAccess access, String namespace, List<String> names) {
        Map<String, PodView> current = new LinkedHashMap<>();
        for (String name : names) {
            current.put(name, reader.pod(access, namespace, name).orElseThrow(() -> new NotFoundException(
                    Message.of("workload.podDoesNotExist", "Pod {0}/{1} does not exist in cluster '{2}'.",
                            namespace, name, access.name()))));
        }
        return current;
    }

    private List<KickWarning> kickWarnings(ClusterAccess access, String namespace, Map<String, PodView> kicked) {
        LoadLabel load = pods.label();
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
        LoadLabel load = pods.label();
        String value = load.valueFor(command.action());
        AuditAction audited = command.action() == LoadAction.KICK ? AuditAction.POD_KICKED : AuditAction.POD_RESTORED;
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(PARALLEL_PATCHES, current.size()));
        List<PodChange> changes = new ArrayList<>();
        List<PodFailure> failures = new ArrayList<>();
        Map<String, String> versions = new HashMap<>();
        try {
            Map<String, Future<LiveResource>> patches = new LinkedHashMap<>();
            current.keySet().forEach(name -> patches.put(name, pool.submit(
                    () -> pods.set(actor, access, command.namespace(), name, value,
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
}
