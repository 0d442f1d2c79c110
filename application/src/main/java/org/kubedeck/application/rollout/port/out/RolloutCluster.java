package org.kubedeck.application.rollout.port.out;

import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.kube.LiveResource;
import org.kubedeck.domain.rollout.CronJobRuns;
import org.kubedeck.domain.rollout.RolloutHistory;

/**
 * A Deployment's revisions and a CronJob's Jobs, as the cluster's controllers keep them. Every method throws
 * ClusterUnavailableException when the cluster cannot be reached in time, and NotFoundException when the Deployment
 * or CronJob does not exist.
 */
public interface RolloutCluster {

    /** The revisions of the Deployment's ReplicaSets (those it owns), newest first, and whether it is paused. */
    RolloutHistory history(ClusterAccess cluster, String namespace, String deployment);

    /** The CronJob's schedule, its last runs as its status has them, and the Jobs it owns, newest first. */
    CronJobRuns runs(ClusterAccess cluster, String namespace, String cronJob);

    /**
     * Rolls the Deployment back, as {@code kubectl rollout undo} does: its pod template becomes the template of the
     * ReplicaSet of {@code revision} (0: the revision before the current one), written at the version read.
     * InvalidInputException (field {@code revision}) when there is no such revision, it is the current one, or the
     * rollout is paused; ConflictException when the Deployment changed meanwhile. Returns the Deployment as stored.
     */
    LiveResource undo(ClusterAccess cluster, String namespace, String deployment, long revision);

    /**
     * Creates the Job {@code job} from the CronJob's job template, as {@code kubectl create job --from=cronjob/}
     * does: owned by the CronJob, annotated as started by hand. ConflictException when a Job of that name exists.
     * Returns the Job as stored.
     */
    LiveResource run(ClusterAccess cluster, String namespace, String cronJob, String job);
}
