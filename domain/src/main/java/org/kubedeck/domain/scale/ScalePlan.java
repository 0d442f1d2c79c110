package org.kubedeck.domain.scale;

import java.util.List;
import java.util.Map;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.quota.Headroom;
import org.kubedeck.domain.quota.PodResources;
import org.kubedeck.domain.quota.QuotaItem;

/**
 * Taking a workload from its current number of pods to a target. Only the pods added count against quotas; scaling
 * down or staying needs nothing.
 *
 * @param pod each pod as the namespace admits it (see {@link PodResources#admitted})
 */
public record ScalePlan(int current, Replicas target, PodResources pod) {

    /** The kind, when it is one whose replicas the console sets; InvalidInputException, field {@code kind}, if not. */
    public static ResourceKind scalable(ResourceKind kind) {
        if (kind.equals(ResourceKind.DEPLOYMENT) || kind.equals(ResourceKind.STATEFULSET)) {
            return kind;
        }
        if (kind.equals(ResourceKind.DAEMONSET)) {
            throw new InvalidInputException("kind",
                    Message.of("scale.daemonsetRunsOnePod",
                            "A DaemonSet runs one pod per node and has no replicas to set; scale a Deployment or "
                            + "StatefulSet."));
        }
        throw new InvalidInputException("kind", Message.of("scale.hasNoReplicasScale",
                "A {0} has no replicas; scale a Deployment or StatefulSet.", kind.kind()));
    }

    /** How many pods the plan adds; 0 when it keeps or removes pods. */
    public int added() {
        return Math.max(0, target.count() - current);
    }

    /** What the added pods take from quotas, by quota resource name; empty when none is added. */
    public Map<String, String> needs() {
        return added() == 0 ? Map.of() : pod.quotaNeeds(added());
    }

    /** The items of one quota that the added pods count against, and whether they still fit. */
    public List<Headroom> headroom(String quota, List<QuotaItem> items) {
        return Headroom.of(quota, items, needs());
    }

    /** The items of one quota that refuse every added pod because some container does not set them. */
    public List<String> unset(List<QuotaItem> items) {
        return added() == 0 ? List.of() : pod.unsetAmong(items.stream().map(QuotaItem::resource).toList());
    }
}
