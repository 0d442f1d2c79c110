package org.kubedeck.application.quota.port.in;

import java.util.List;
import org.kubedeck.domain.kube.NamespaceRef;
import org.kubedeck.domain.quota.LimitSpec;
import org.kubedeck.domain.user.Actor;

/** A namespace's LimitRanges: read with read access, changed with write; each change versioned and audited. */
public interface LimitRangesUseCase {

    List<LimitSpec> limitRanges(Actor actor, NamespaceRef namespace);

    LimitSpec limitRange(Actor actor, NamespaceRef namespace, String name);

    LimitSpec createLimitRange(Actor actor, NamespaceRef namespace, LimitSpec spec);

    LimitSpec updateLimitRange(Actor actor, NamespaceRef namespace, LimitSpec spec);

    void deleteLimitRange(Actor actor, NamespaceRef namespace, String name);
}
