package org.kubedeck.application.rollout.port.in;

import java.util.Objects;
import org.kubedeck.domain.kube.LiveResource;
import org.kubedeck.domain.kube.ResourceRef;
import org.kubedeck.domain.rollout.CronJobRuns;
import org.kubedeck.domain.user.Actor;

/** A CronJob run now, outside its schedule: a Job from its template; write on the cluster, versioned and audited. */
public interface RunCronJobUseCase {

    /** The Job created. */
    LiveResource run(Actor actor, RunCommand command);

    record RunCommand(ResourceRef cronJob) {

        public RunCommand {
            Objects.requireNonNull(cronJob);
            CronJobRuns.ofCronJob(cronJob.kind(), "run");
        }
    }
}
