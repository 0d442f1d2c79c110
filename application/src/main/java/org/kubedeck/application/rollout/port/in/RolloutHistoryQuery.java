package org.kubedeck.application.rollout.port.in;

import org.kubedeck.domain.kube.ResourceRef;
import org.kubedeck.domain.rollout.CronJobRuns;
import org.kubedeck.domain.rollout.RolloutHistory;
import org.kubedeck.domain.user.Actor;

/** What a Deployment and a CronJob have done: for those who may read their cluster. */
public interface RolloutHistoryQuery {

    /** Newest first; InvalidInputException (field {@code kind}) for a workload that is not a Deployment. */
    RolloutHistory history(Actor actor, ResourceRef deployment);

    /** The CronJob's schedule and its Jobs, newest first. */
    CronJobRuns runs(Actor actor, ResourceRef cronJob);
}
