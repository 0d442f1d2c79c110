package org.kubedeck.application.quota.port.in;

import java.util.List;
import org.kubedeck.domain.kube.NamespaceRef;
import org.kubedeck.domain.quota.QuotaSpec;
import org.kubedeck.domain.quota.QuotaView;
import org.kubedeck.domain.user.Actor;

/** A namespace's ResourceQuotas: read with read access, changed with write; each change versioned and audited. */
public interface QuotasUseCase {

    List<QuotaView> quotas(Actor actor, NamespaceRef namespace);

    QuotaView quota(Actor actor, NamespaceRef namespace, String name);

    QuotaView createQuota(Actor actor, NamespaceRef namespace, QuotaSpec spec);

    QuotaView updateQuota(Actor actor, NamespaceRef namespace, QuotaSpec spec);

    void deleteQuota(Actor actor, NamespaceRef namespace, String name);
}
