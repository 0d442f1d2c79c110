package org.kubedeck.application.quota.port.in;

import java.util.List;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.quota.LimitSpec;
import org.kubedeck.domain.quota.QuotaSpec;
import org.kubedeck.domain.quota.QuotaView;
import org.kubedeck.domain.user.Actor;

/** A namespace's ResourceQuotas and LimitRanges: read needs read on the cluster, changes need write. */
public interface QuotasUseCase {

    List<QuotaView> quotas(Actor actor, ClusterName cluster, String namespace);

    QuotaView quota(Actor actor, ClusterName cluster, String namespace, String name);

    QuotaView createQuota(Actor actor, ClusterName cluster, String namespace, QuotaSpec spec);

    QuotaView updateQuota(Actor actor, ClusterName cluster, String namespace, QuotaSpec spec);

    void deleteQuota(Actor actor, ClusterName cluster, String namespace, String name);

    List<LimitSpec> limitRanges(Actor actor, ClusterName cluster, String namespace);

    LimitSpec limitRange(Actor actor, ClusterName cluster, String namespace, String name);

    LimitSpec createLimitRange(Actor actor, ClusterName cluster, String namespace, LimitSpec spec);

    LimitSpec updateLimitRange(Actor actor, ClusterName cluster, String namespace, LimitSpec spec);

    void deleteLimitRange(Actor actor, ClusterName cluster, String namespace, String name);
}
