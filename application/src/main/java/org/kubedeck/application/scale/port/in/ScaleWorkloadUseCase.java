package org.kubedeck.application.scale.port.in;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kubedeck.domain.kube.ResourceRef;
import org.kubedeck.domain.quota.Headroom;
import org.kubedeck.domain.scale.Replicas;
import org.kubedeck.domain.user.Actor;

/**
 * Setting the replicas of a Deployment or StatefulSet, after seeing what the added pods would take from the
 * namespace's quotas. A preview needs read on the cluster, scaling needs write.
 */
public interface ScaleWorkloadUseCase {

    /** What scaling to {@code replicas} would take from the quotas; changes nothing. */
    ScaleReport preview(Actor actor, ResourceRef workload, Replicas replicas);

    /**
     * Sets the replicas, recorded as a version of the workload and audited, even when the quotas have no room
     * (Kubernetes then refuses the pods beyond them). Nothing is changed when the workload already has as many.
     */
    ScaleReport scale(Actor actor, ResourceRef workload, Replicas replicas);

    /**
     * @param perPod   one pod's requests and limits as the namespace admits it ({@code requests.cpu=500m}…), sorted
     * @param headroom per quota item the added pods count against; empty when none is added
     * @param unset    quota items (such as {@code limits.memory}) some container leaves unset, for which Kubernetes
     *                 refuses every added pod
     * @param scaled   whether the replicas were changed
     */
    record ScaleReport(ResourceRef workload, int current, int target, Map<String, String> perPod,
            List<Headroom> headroom, List<String> unset, boolean scaled) {

        public ScaleReport {
            perPod = Collections.unmodifiableMap(new TreeMap<>(perPod));
            headroom = List.copyOf(headroom);
            unset = List.copyOf(unset);
        }

        public boolean scalesUp() {
            return target > current;
        }

        /** Whether every added pod fits the quotas. */
        public boolean fits() {
            return unset.isEmpty() && headroom.stream().allMatch(Headroom::fits);
        }
    }
}
