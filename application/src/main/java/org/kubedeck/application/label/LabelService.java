package org.kubedeck.application.label;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kubedeck.application.UseCase;
import org.kubedeck.application.kube.AuditedChanges;
import org.kubedeck.application.kube.ClusterGate;
import org.kubedeck.application.label.port.in.LabelsUseCase;
import org.kubedeck.application.label.port.out.LabelCluster;
import org.kubedeck.application.label.port.out.LabelCluster.LabeledObject;
import org.kubedeck.domain.DomainException;
import org.kubedeck.domain.audit.AuditAction;
import org.kubedeck.domain.audit.AuditDetail;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.kube.LabelSelector;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.kube.ResourceRef;
import org.kubedeck.domain.label.LabelChange;
import org.kubedeck.domain.label.LabelDiff;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.ClusterAction;

@UseCase
class LabelService implements LabelsUseCase {

    private final ClusterGate gate;
    private final LabelCluster labels;
    private final AuditedChanges changes;

    LabelService(ClusterGate gate, LabelCluster labels, AuditedChanges changes) {
        this.gate = gate;
        this.labels = labels;
        this.changes = changes;
    }

    @Override
    public Map<String, String> labels(Actor actor, ResourceRef resource) {
        ClusterAccess access = gate.open(actor, resource, ClusterAction.VIEW, "view the labels of "
                + resource.describe());
        return labels.labels(access, resource.kind(), resource.namespace(), resource.name());
    }

    @Override
    public Map<String, String> change(Actor actor, ResourceRef resource, LabelChange change) {
        ClusterAccess access = gate.open(actor, resource, ClusterAction.CHANGE, "change the labels of "
                + resource.describe());
        return apply(actor, access, resource, change, null);
    }

    @Override
    public List<LabeledObject> select(Actor actor, ClusterName cluster, String namespace, List<ResourceKind> kinds,
            String selector) {
        ClusterAccess access = gate.open(actor, cluster, ClusterAction.VIEW, "select objects by label",
                namespace == null ? "" : ResourceRef.checkNamespace(namespace));
        LabelSelector parsed = LabelSelector.parse(selector);
        List<LabeledObject> found = new ArrayList<>();
        for (ResourceKind kind : kinds) {
            found.addAll(labels.select(access, kind, namespace, parsed));
        }
        return found;
    }

    @Override
    public BatchResult batch(Actor actor, LabelBatchCommand command) {
        ClusterAccess access = gate.open(actor, command.namespace(), ClusterAction.CHANGE, "change labels in bulk");
        ClusterName cluster = command.namespace().cluster();
        String namespace = command.namespace().namespace();
        ResourceKind kind = command.kind();
        LabelSelector parsed = command.selector();
        LabelChange change = command.change();
        boolean dryRun = command.dryRun();
        List<String> matched = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        Map<String, String> failed = new LinkedHashMap<>();
        List<LabelDiff> diffs = new ArrayList<>();
        for (LabeledObject object : labels.select(access, kind, namespace, parsed)) {
            matched.add(object.name());
            if (!change.changes(object.labels())) {
                continue;
            }
            if (dryRun) {
                changed.add(object.name());
                diffs.add(new LabelDiff(object.name(), object.labels(), change.applyTo(object.labels())));
                continue;
            }
            try {
                Map<String, String> after = apply(actor, access, new ResourceRef(cluster, namespace, kind,
                        object.name()), change, parsed.toQuery());
                changed.add(object.name());
                diffs.add(new LabelDiff(object.name(), object.labels(), after));
            } catch (DomainException e) {
                failed.put(object.name(), e.getMessage());
            }
        }
        return new BatchResult(matched, changed, failed, diffs);
    }

    private Map<String, String> apply(Actor actor, ClusterAccess access, ResourceRef resource, LabelChange change,
            String selector) {
        AuditDetail detail = selector == null
                ? AuditDetail.of("set", change.set().toString(), "removed", String.join(",", change.remove()))
                : AuditDetail.of("set", change.set().toString(), "removed", String.join(",", change.remove()),
                        "selector", selector);
        return changes.change(actor, access, resource, "labels changed", AuditAction.LABELS_CHANGED,
                () -> labels.change(access, resource.kind(), resource.namespace(), resource.name(), change),
                after -> detail);
    }
}
