package org.kubedeck.application.rollout.port.in;

import java.util.List;
import org.kubedeck.domain.kube.ResourceRef;
import org.kubedeck.domain.rollout.Revision;
import org.kubedeck.domain.user.Actor;

/** A Deployment's rollout history, for those who may read its cluster. */
public interface RolloutHistoryQuery {

    /** Newest first; InvalidInputException (field {@code kind}) for a workload that is not a Deployment. */
    List<Revision> history(Actor actor, ResourceRef deployment);
}
