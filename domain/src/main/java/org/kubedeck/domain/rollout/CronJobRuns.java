package org.kubedeck.domain.rollout;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.kubedeck.domain.kube.ResourceKind;

/**
 * A CronJob's schedule and the Jobs it owns, newest first.
 *
 * @param lastSchedule   when it last started a Job on schedule; null when it never did
 * @param lastSuccessful when a Job of it last succeeded; null when none did (or the server does not say)
 */
public record CronJobRuns(String schedule, boolean suspended, Instant lastSchedule, Instant lastSuccessful,
        List<JobRun> jobs) {

    public CronJobRuns {
        jobs = List.copyOf(jobs);
    }

    /** Only a CronJob runs Jobs; InvalidInputException (field {@code kind}) for any other kind. */
    public static ResourceKind ofCronJob(ResourceKind kind, String action) {
        if (!kind.equals(ResourceKind.CRONJOB)) {
            throw RolloutAction.notFor(kind, action);
        }
        return kind;
    }

    /**
     * One Job and its pods' counts as the Job controller reports them.
     *
     * @param manual started by hand (run now), not by the schedule
     */
    public record JobRun(String name, Instant started, Instant completed, int active, int succeeded, int failed,
            boolean manual) {

        /** What the Job's pods say, in the order that decides: running, succeeded, failed, else pending. */
        public State state() {
            if (active > 0) {
                return State.RUNNING;
            }
            if (succeeded > 0) {
                return State.SUCCEEDED;
            }
            return failed > 0 ? State.FAILED : State.PENDING;
        }
    }

    public enum State {
        PENDING, RUNNING, SUCCEEDED, FAILED;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
