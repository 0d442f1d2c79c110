package org.kubedeck.application.unified;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.kubedeck.application.UseCase;
import org.kubedeck.application.label.port.in.LabelsUseCase;
import org.kubedeck.application.label.port.in.LabelsUseCase.BatchResult;
import org.kubedeck.application.label.port.in.LabelsUseCase.LabelBatchCommand;
import org.kubedeck.application.label.port.out.LabelCluster.LabeledObject;
import org.kubedeck.application.rollout.port.in.RolloutUseCase;
import org.kubedeck.application.rollout.port.in.RolloutUseCase.RolloutCommand;
import org.kubedeck.application.scale.port.in.ScaleWorkloadUseCase;
import org.kubedeck.application.scale.port.in.ScaleWorkloadUseCase.ScaleReport;
import org.kubedeck.application.unified.port.in.BatchFleetUseCase;
import org.kubedeck.application.workload.port.in.ChangePodLoadUseCase;
import org.kubedeck.application.workload.port.in.ChangePodLoadUseCase.LoadChange;
import org.kubedeck.application.workload.port.in.ChangePodLoadUseCase.LoadChangeCommand;
import org.kubedeck.domain.DomainException;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.kube.NamespaceRef;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.kube.ResourceRef;
import org.kubedeck.domain.label.LabelChange;
import org.kubedeck.domain.rollout.RolloutAction;
import org.kubedeck.domain.scale.Replicas;
import org.kubedeck.domain.unified.FleetBatch;
import org.kubedeck.domain.unified.FleetBatch.Action;
import org.kubedeck.domain.unified.FleetBatch.Change;
import org.kubedeck.domain.unified.FleetBatch.Failure;
import org.kubedeck.domain.unified.FleetBatch.Refusal;
import org.kubedeck.domain.unified.FleetBatch.Warning;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.ClusterAction;
import org.kubedeck.domain.workload.LoadAction;
import org.kubedeck.domain.workload.LoadLabel;

/**
 * Every cluster at once ({@link Fleet#each}): refused where the user may not change, else the objects the selector
 * picks and, for each, what it would become; carried out (when not a dry run) by the feature that makes that change
 * on one cluster, so that it is audited and versioned as the same change made there. The answer lists the clusters
 * in the order asked.
 */
@UseCase
class BatchFleetService implements BatchFleetUseCase {

    private final LabelsUseCase labels;
    private final ScaleWorkloadUseCase scaling;
    private final RolloutUseCase rollouts;
    private final ChangePodLoadUseCase load;
    private final LoadLabel loadLabel;
    private final Fleet fleet;

    BatchFleetService(LabelsUseCase labels, ScaleWorkloadUseCase scaling, RolloutUseCase rollouts,
            ChangePodLoadUseCase load, LoadLabel loadLabel, Fleet fleet) {
        this.labels = labels;
        this.scaling = scaling;
        this.rollouts = rollouts;
        this.load = load;
        this.loadLabel = loadLabel;
        this.fleet = fleet;
    }

    @Override
    public FleetBatch batch(Actor actor, BatchCommand command) {
        ResourceKind kind = kind(command);
        LabelChange labelChange = command.action() == Action.LABEL ? LabelChange.of(command.labels()) : null;
        Replicas replicas = command.action() == Action.SCALE ? Replicas.of(command.replicas()) : null;
        List<FleetBatch> parts = fleet.each(command.clusters(), cluster -> batch(actor, cluster, command, kind,
                labelChange, replicas));
        return FleetBatch.of(command.dryRun(), parts);
    }

    /** The batch on one cluster: refused, or each picked object previewed and changed unless a dry run. */
    private FleetBatch batch(Actor actor, ClusterName cluster, BatchCommand command, ResourceKind kind,
            LabelChange labelChange, Replicas replicas) {
        List<Change> changes = new ArrayList<>();
        List<Failure> failures = new ArrayList<>();
        if (!actor.permissions().canSee(cluster)) {
            return refused(command, new Refusal(cluster, Message.of("cluster.clusterDoesNotExist",
                    "Cluster '{0}' does not exist.", cluster)));
        }
        if (!actor.permissions().allows(cluster, ClusterAction.CHANGE)) {
            return refused(command, new Refusal(cluster, Message.of("unified.mayNotChange",
                    "You may only read cluster {0}: nothing there is changed.", cluster)));
        }
        NamespaceRef namespace = NamespaceRef.of(cluster, command.namespace());
        List<Warning> warnings = new ArrayList<>();
        try {
            if (command.action() == Action.LABEL) {
                label(actor, namespace, kind, command, labelChange, changes, failures);
            } else {
                List<LabeledObject> picked = labels.select(actor, cluster, command.namespace(), List.of(kind),
                        command.selector().toQuery());
                if (command.action() == Action.KICK || command.action() == Action.RESTORE) {
                    moveLoad(actor, namespace, command, picked, changes, failures, warnings);
                } else {
                    for (LabeledObject object : picked) {
                        ResourceRef ref = new ResourceRef(cluster, command.namespace(), kind, object.name());
                        try {
                            change(actor, ref, command, replicas, changes);
                        } catch (DomainException e) {
                            failures.add(new Failure(cluster, object.name(), e.message()));
                        }
                    }
                }
            }
        } catch (DomainException e) {
            failures.add(new Failure(cluster, "", e.message()));
        }
        return new FleetBatch(command.dryRun(), changes, List.of(), failures, warnings);
    }

    private static FleetBatch refused(BatchCommand command, Refusal refusal) {
        return new FleetBatch(command.dryRun(), List.of(), List.of(refusal), List.of(), List.of());
    }

    private void label(Actor actor, NamespaceRef namespace, ResourceKind kind, BatchCommand command,
            LabelChange change, List<Change> changes, List<Failure> failures) {
        BatchResult result = labels.batch(actor, new LabelBatchCommand(namespace, kind, command.selector(), change,
                command.dryRun()));
        result.diffs().forEach(diff -> {
            List<String> parts = new ArrayList<>();
            diff.set().forEach((key, value) -> parts.add("+" + key + "=" + value));
            diff.removed().forEach((key, value) -> parts.add("-" + key));
            changes.add(new Change(namespace.cluster(), namespace.namespace(), diff.name(), String.join(" ", parts)));
        });
        result.failed().forEach((name, message) -> failures.add(new Failure(namespace.cluster(), name,
                Message.english(message))));
    }

    /**
     * The load label of the picked pods whose label changes: in a preview, with what the kick would warn of; else
     * changed by the pod console's own use case, as confirmed by the request, at most its limit of pods at a time.
     */
    private void moveLoad(Actor actor, NamespaceRef namespace, BatchCommand command, List<LabeledObject> picked,
            List<Change> changes, List<Failure> failures, List<Warning> warnings) {
        LoadAction action = command.action() == Action.KICK ? LoadAction.KICK : LoadAction.RESTORE;
        String after = loadLabel.valueFor(action);
        Map<String, String> before = new LinkedHashMap<>();
        picked.forEach(pod -> before.put(pod.name(), pod.labels().getOrDefault(loadLabel.key(), "")));
        before.values().removeIf(after::equals);
        if (before.isEmpty()) {
            return;
        }
        List<String> pods = List.copyOf(before.keySet());
        ClusterName cluster = namespace.cluster();
        if (command.dryRun()) {
            if (action == LoadAction.KICK) {
                load.kickWarnings(actor, cluster, namespace.namespace(), pods).forEach(warning -> warnings.add(
                        new Warning(cluster, warning.message())));
            }
            pods.forEach(pod -> changes.add(loadChange(namespace, pod, before.get(pod), after)));
            return;
        }
        for (int from = 0; from < pods.size(); from += ChangePodLoadUseCase.MAX_PODS) {
            LoadChange done = load.changeLoad(actor, new LoadChangeCommand(cluster, namespace.namespace(),
                    pods.subList(from, Math.min(pods.size(), from + ChangePodLoadUseCase.MAX_PODS)), action, true));
            done.changes().forEach(changed -> changes.add(loadChange(namespace, changed.pod().name(),
                    before.get(changed.pod().name()), after)));
            done.failures().forEach(failed -> failures.add(new Failure(cluster, failed.pod(),
                    Message.english(failed.message()))));
        }
    }

    private Change loadChange(NamespaceRef namespace, String pod, String before, String after) {
        return new Change(namespace.cluster(), namespace.namespace(), pod, loadLabel.key() + " "
                + (before.isEmpty() ? "(none)" : before) + " → " + after);
    }

    /** One picked workload scaled or restarted: previewed, and changed unless a dry run. */
    private void change(Actor actor, ResourceRef ref, BatchCommand command, Replicas replicas,
            List<Change> changes) {
        String namespace = ref.namespace();
        switch (command.action()) {
            case SCALE -> {
                ScaleReport report = command.dryRun() ? scaling.preview(actor, ref, replicas)
                        : scaling.scale(actor, ref, replicas);
                if (report.current() != report.target()) {
                    changes.add(new Change(ref.cluster(), namespace, ref.name(), "replicas " + report.current()
                            + " → " + report.target()));
                }
            }
            case RESTART -> {
                if (!command.dryRun()) {
                    rollouts.roll(actor, new RolloutCommand(ref, RolloutAction.RESTART));
                }
                changes.add(new Change(ref.cluster(), namespace, ref.name(), "restart"));
            }
            default -> throw new IllegalStateException(command.action().code());
        }
    }

    private static ResourceKind kind(BatchCommand command) {
        return switch (command.action()) {
            case KICK, RESTORE -> ResourceKind.POD;
            case SCALE -> among(command.resource(), Set.of(ResourceKind.DEPLOYMENT, ResourceKind.STATEFULSET));
            case RESTART -> among(command.resource(), Set.of(ResourceKind.DEPLOYMENT, ResourceKind.STATEFULSET,
                    ResourceKind.DAEMONSET));
            case LABEL -> ResourceKind.of(command.resource());
        };
    }

    private static ResourceKind among(String resource, Set<ResourceKind> kinds) {
        ResourceKind kind = ResourceKind.of(resource);
        if (!kinds.contains(kind)) {
            throw new InvalidInputException("resource", Message.of("unified.kindNotFor",
                    "That action is for {0}.", String.join(", ", new TreeSet<>(kinds.stream()
                            .map(ResourceKind::code).toList()))));
        }
        return kind;
    }
}
