package org.kubedeck.application.workload.port.out;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.kubedeck.domain.cluster.ClusterName;

/** Kicked pods to put back into load balancing later, shared by every replica. */
public interface RestoreSchedule {

    /** Plans a restore; a pod has at most one, and planning again replaces the time. */
    void plan(PlannedRestore restore);

    /** Takes the restores due at {@code now} out of the plan: each is handed to exactly one caller. */
    List<PlannedRestore> takeDue(Instant now, int limit);

    /** Cancels the restores planned for any of the pods, in one go; pods without one are left as they are. */
    void cancel(ClusterName cluster, String namespace, Collection<String> pods);

    /** The restores planned in a namespace, for showing them beside the pods. */
    List<PlannedRestore> planned(ClusterName cluster, String namespace);

    record PlannedRestore(ClusterName cluster, String namespace, String pod, Instant dueAt, String requestedBy) {
    }
}
