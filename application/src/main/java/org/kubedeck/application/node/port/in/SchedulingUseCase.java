package org.kubedeck.application.node.port.in;

import org.kubedeck.domain.kube.ResourceRef;
import org.kubedeck.domain.node.SchedulingChange;
import org.kubedeck.domain.node.SchedulingConstraints;
import org.kubedeck.domain.user.Actor;

/** Where a workload's pods may run: its node selector, required node affinity and tolerations. */
public interface SchedulingUseCase {

    /** Read on the cluster. */
    SchedulingConstraints scheduling(Actor actor, ResourceRef workload);

    /**
     * Changes a Deployment's, StatefulSet's or DaemonSet's node selector, required node affinity and tolerations
     * (write on the cluster), recorded as a version of the workload; returns where its pods may run after. A Pod's
     * cannot change (InvalidInputException, field {@code kind}). The new pod template rolls out new pods.
     */
    SchedulingConstraints changeScheduling(Actor actor, ResourceRef workload, SchedulingChange change);

    /**
     * Refuses, changing nothing, what {@link #changeScheduling} would refuse before it writes: the actor's right
     * (a refusal is audited), a kind whose scheduling cannot change, a workload that does not exist. Answers where
     * the pods may run now, for a confirmation that shows before and after.
     */
    SchedulingConstraints checkChange(Actor actor, ResourceRef workload);
}
