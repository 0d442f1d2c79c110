package org.kubedeck.application.node.port.out;

import java.util.List;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.node.DrainReport;
import org.kubedeck.domain.node.NodeView;
import org.kubedeck.domain.node.PendingPod;
import org.kubedeck.domain.node.SchedulingChange;
import org.kubedeck.domain.node.SchedulingConstraints;
import org.kubedeck.domain.node.Taint;
import org.kubedeck.domain.node.WorkloadScheduling;

/** A cluster's nodes. Every method throws ClusterUnavailableException when it cannot be reached in time. */
public interface NodeCluster {

    /** Sorted by name. */
    List<NodeView> nodes(ClusterAccess cluster);

    /**
     * Pending pods in every namespace whose {@code PodScheduled} condition is false, with the scheduler's
     * message; sorted by namespace then name.
     */
    List<PendingPod> unschedulable(ClusterAccess cluster);

    /**
     * The scheduling constraints of a Deployment's, StatefulSet's or DaemonSet's pod template, or of a pod;
     * NotFoundException when it does not exist, InvalidInputException (field {@code kind}) for other kinds.
     */
    SchedulingConstraints scheduling(ClusterAccess cluster, ResourceKind kind, String namespace, String name);

    /**
     * The scheduling constraints of every Deployment, StatefulSet and DaemonSet in the namespace, or in every
     * namespace when it is null; sorted by namespace, then kind in that order, then name.
     */
    List<WorkloadScheduling> workloadScheduling(ClusterAccess cluster, String namespace);

    /**
     * Replaces the node selector, the required node affinity and the tolerations of a Deployment's, StatefulSet's
     * or DaemonSet's pod template as the change says (a part left null stays), keeping everything else; returns
     * the constraints after. Written at the version read: ConflictException when the object changed meanwhile,
     * NotFoundException when it does not exist, InvalidInputException (field {@code kind}) for other kinds.
     */
    SchedulingConstraints changeScheduling(ClusterAccess cluster, ResourceKind kind, String namespace, String name,
            SchedulingChange change);

    /**
     * Adds the taint, replacing one with the same key and effect; returns the node after it. NotFoundException
     * when the node does not exist.
     */
    NodeView addTaint(ClusterAccess cluster, String node, Taint taint);

    /** Removes the taint with that key and effect (no error when it is not there); returns the node after it. */
    NodeView removeTaint(ClusterAccess cluster, String node, String key, Taint.Effect effect);

    /**
     * Marks the node unschedulable (cordoned) or schedulable again; returns the node after it. NotFoundException
     * when the node does not exist.
     */
    NodeView cordon(ClusterAccess cluster, String node, boolean unschedulable);

    /**
     * Cordons the node and asks the API server to evict each of its pods but a DaemonSet's and mirror pods, as
     * {@code kubectl drain --ignore-daemonsets} does: each eviction honours the PodDisruptionBudgets, and one they
     * refuse is reported, not retried. A pod no controller manages would not come back, so it stays unless
     * {@code force}. With {@code dryRun} the node stays as it is and each eviction is checked by the API server
     * without being carried out. NotFoundException when the node does not exist.
     */
    DrainReport drain(ClusterAccess cluster, String node, boolean dryRun, boolean force);
}
