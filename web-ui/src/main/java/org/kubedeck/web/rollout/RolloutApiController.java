package org.kubedeck.web.rollout;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.kubedeck.application.rollout.port.in.RolloutHistoryQuery;
import org.kubedeck.application.rollout.port.in.RolloutUseCase;
import org.kubedeck.application.rollout.port.in.RolloutUseCase.RolloutCommand;
import org.kubedeck.application.rollout.port.in.RunCronJobUseCase;
import org.kubedeck.application.rollout.port.in.RunCronJobUseCase.RunCommand;
import org.kubedeck.application.rollout.port.in.UndoRolloutUseCase;
import org.kubedeck.application.rollout.port.in.UndoRolloutUseCase.UndoCommand;
import org.kubedeck.domain.kube.LiveResource;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.kube.ResourceRef;
import org.kubedeck.domain.rollout.CronJobRuns;
import org.kubedeck.domain.rollout.CronJobRuns.JobRun;
import org.kubedeck.domain.rollout.Revision;
import org.kubedeck.domain.rollout.RolloutHistory;
import org.kubedeck.domain.rollout.RolloutAction;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.web.support.ClusterParameter;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Restart, pause and resume of workloads; a Deployment's history and rollback; suspend, resume and run now of
 * CronJobs.
 */
@RestController
class RolloutApiController {

    private final RolloutUseCase rollouts;
    private final RolloutHistoryQuery history;
    private final UndoRolloutUseCase undo;
    private final RunCronJobUseCase runs;

    RolloutApiController(RolloutUseCase rollouts, RolloutHistoryQuery history, UndoRolloutUseCase undo,
            RunCronJobUseCase runs) {
        this.rollouts = rollouts;
        this.history = history;
        this.undo = undo;
        this.runs = runs;
    }

    record RolledJson(String status, String kind, String name, String yaml) {
    }

    record RevisionJson(long revision, String replicaSet, Instant created, List<String> images, int replicas,
            String changeCause, boolean current) {

        static RevisionJson of(Revision revision) {
            return new RevisionJson(revision.number(), revision.replicaSet(), revision.created(), revision.images(),
                    revision.replicas(), revision.changeCause(), revision.current());
        }
    }

    record HistoryJson(String kind, String name, boolean paused, List<RevisionJson> revisions) {
    }

    record JobJson(String name, String state, Instant started, Instant completed, int active, int succeeded,
            int failed, boolean manual) {

        static JobJson of(JobRun job) {
            return new JobJson(job.name(), job.state().code(), job.started(), job.completed(), job.active(),
                    job.succeeded(), job.failed(), job.manual());
        }
    }

    record RunsJson(String name, String schedule, boolean suspended, Instant lastSchedule, Instant lastSuccessful,
            List<JobJson> jobs) {
    }

    /** No revision, or 0: the one before the current. */
    record UndoRequest(Long revision) {
    }

    /** {@code restart} a Deployment, StatefulSet or DaemonSet; {@code pause} or {@code resume} a Deployment. */
    @PostMapping("/api/k8s/workloads/{cluster}/{namespace}/{kind}/{name}/{action:restart|pause|resume}")
    RolledJson workload(Actor actor, @PathVariable String cluster, @PathVariable String namespace,
            @PathVariable String kind, @PathVariable String name, @PathVariable String action) {
        return rolled(actor, ClusterParameter.object(cluster, namespace, kind, name), RolloutAction.valueOf(
                action.toUpperCase(Locale.ROOT)), action);
    }

    /** A Deployment's revisions, newest first. */
    @GetMapping("/api/k8s/workloads/{cluster}/{namespace}/{kind}/{name}/history")
    HistoryJson history(Actor actor, @PathVariable String cluster, @PathVariable String namespace,
            @PathVariable String kind, @PathVariable String name) {
        ResourceRef workload = ClusterParameter.object(cluster, namespace, kind, name);
        RolloutHistory found = history.history(actor, workload);
        return new HistoryJson(workload.kind().kind(), workload.name(), found.paused(), found.revisions().stream()
                .map(RevisionJson::of).toList());
    }

    /** A CronJob's schedule, its last runs, and its Jobs, newest first. */
    @GetMapping("/api/k8s/cronjobs/{cluster}/{namespace}/{name}/history")
    RunsJson runs(Actor actor, @PathVariable String cluster, @PathVariable String namespace,
            @PathVariable String name) {
        CronJobRuns runs = history.runs(actor, ClusterParameter.namespace(cluster, namespace)
                .object(ResourceKind.CRONJOB, name));
        return new RunsJson(name, runs.schedule(), runs.suspended(), runs.lastSchedule(), runs.lastSuccessful(),
                runs.jobs().stream().map(JobJson::of).toList());
    }

    /** A Deployment rolled back to {@code revision}. */
    @PostMapping("/api/k8s/workloads/{cluster}/{namespace}/{kind}/{name}/undo")
    RolledJson undo(Actor actor, @PathVariable String cluster, @PathVariable String namespace,
            @PathVariable String kind, @PathVariable String name, @RequestBody(required = false) UndoRequest body) {
        ResourceRef workload = ClusterParameter.object(cluster, namespace, kind, name);
        long revision = body == null || body.revision() == null ? 0 : body.revision();
        return new RolledJson("undo", workload.kind().kind(), workload.name(), undo.undo(actor,
                new UndoCommand(workload, revision)));
    }

    /** A Job started now from the CronJob's template: {@code name} is the Job's. */
    @PostMapping("/api/k8s/cronjobs/{cluster}/{namespace}/{name}/run")
    @ResponseStatus(HttpStatus.CREATED)
    RolledJson run(Actor actor, @PathVariable String cluster, @PathVariable String namespace,
            @PathVariable String name) {
        LiveResource job = runs.run(actor, new RunCommand(ClusterParameter.namespace(cluster, namespace)
                .object(ResourceKind.CRONJOB, name)));
        return new RolledJson("run", job.kind().kind(), job.name(), job.yaml());
    }

    /** {@code suspend} or {@code resume} a CronJob's schedule. */
    @PostMapping("/api/k8s/cronjobs/{cluster}/{namespace}/{name}/{action:suspend|resume}")
    RolledJson cronJob(Actor actor, @PathVariable String cluster, @PathVariable String namespace,
            @PathVariable String name, @PathVariable String action) {
        return rolled(actor, ClusterParameter.namespace(cluster, namespace).object(ResourceKind.CRONJOB, name),
                "suspend".equals(action) ? RolloutAction.PAUSE : RolloutAction.RESUME, action);
    }

    /** {@code status}: the action as the path named it ({@code suspend}, {@code restart}). */
    private RolledJson rolled(Actor actor, ResourceRef workload, RolloutAction action, String word) {
        String yaml = rollouts.roll(actor, new RolloutCommand(workload, action));
        return new RolledJson(word, workload.kind().kind(), workload.name(), yaml);
    }
}
