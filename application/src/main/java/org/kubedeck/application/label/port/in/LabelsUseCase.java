package org.kubedeck.application.label.port.in;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kubedeck.application.label.port.out.LabelCluster.LabeledObject;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.kube.LabelSelector;
import org.kubedeck.domain.kube.NamespaceRef;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.kube.ResourceRef;
import org.kubedeck.domain.label.LabelChange;
import org.kubedeck.domain.label.LabelDiff;
import org.kubedeck.domain.user.Actor;

/** Labels of objects: reading and selecting need read on the cluster; changing needs write. */
public interface LabelsUseCase {

    Map<String, String> labels(Actor actor, ResourceRef resource);

    /** Returns the labels after the change, which is audited and recorded as a version of the object. */
    Map<String, String> change(Actor actor, ResourceRef resource, LabelChange change);

    /**
     * The objects of the kinds whose labels match the selector, in the namespace or, when it is null, in all
     * namespaces; InvalidInputException (field {@code selector}) for a selector that does not parse.
     */
    List<LabeledObject> select(Actor actor, ClusterName cluster, String namespace, List<ResourceKind> kinds,
            String selector);

    /**
     * Changes every object of the kind in the namespace that the selector matches; {@code dryRun} only says which
     * it would change. Objects that already carry the change are matched but not changed.
     */
    BatchResult batch(Actor actor, LabelBatchCommand command);

    /**
     * One label change for every object of a kind that the selector picks in a namespace.
     *
     * @param dryRun name what would change, and change nothing
     */
    record LabelBatchCommand(NamespaceRef namespace, ResourceKind kind, LabelSelector selector, LabelChange change,
            boolean dryRun) {

        public LabelBatchCommand {
            Objects.requireNonNull(namespace);
            Objects.requireNonNull(kind);
            Objects.requireNonNull(selector);
            Objects.requireNonNull(change);
        }
    }

    /**
     * @param failed name to the reason, for objects the cluster did not change
     * @param diffs  each changed (or, in a preview, to be changed) object's labels before and after
     */
    record BatchResult(List<String> matched, List<String> changed, Map<String, String> failed,
            List<LabelDiff> diffs) {
    }
}
