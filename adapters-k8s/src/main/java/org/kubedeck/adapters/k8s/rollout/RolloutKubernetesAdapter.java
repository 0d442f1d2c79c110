package org.kubedeck.adapters.k8s.rollout;

import static org.kubedeck.adapters.k8s.ObjectRequests.genericApi;
import static org.kubedeck.adapters.k8s.ObjectRequests.send;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.kubernetes.client.custom.V1Patch;
import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.util.generic.dynamic.DynamicKubernetesObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.kubedeck.adapters.k8s.JsonFields;
import org.kubedeck.adapters.k8s.KubernetesCalls;
import org.kubedeck.adapters.k8s.ObjectRequests;
import org.kubedeck.adapters.k8s.ObjectRequests.Subject;
import org.kubedeck.adapters.k8s.ObjectRequests.Verb;
import org.kubedeck.adapters.k8s.kube.LiveResources;
import org.kubedeck.application.rollout.port.out.RolloutCluster;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.kube.LiveResource;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.rollout.CronJobRuns;
import org.kubedeck.domain.rollout.CronJobRuns.JobRun;
import org.kubedeck.domain.rollout.Revision;
import org.kubedeck.domain.rollout.RolloutHistory;
import org.springframework.stereotype.Component;

/**
 * Revisions and manual runs as kubectl makes them, through client-java's generic API: objects stay JSON from read
 * to write, so a pod template is copied with every field, whatever client-java's models know. Every answer is one
 * {@link KubernetesCalls#call}; what the server refuses is translated by {@link ObjectRequests}.
 */
@Component
class RolloutKubernetesAdapter implements RolloutCluster {

    private static final ObjectRequests TEMPLATE = new ObjectRequests("revision", "pod template");
    private static final ObjectRequests JOB = new ObjectRequests("job", "Job");
    private static final ResourceKind REPLICASET = ResourceKind.discovered("apps", "v1", "replicasets",
            "ReplicaSet", true);
    private static final String REVISION = "deployment.kubernetes.io/revision";
    private static final String CHANGE_CAUSE = "kubernetes.io/change-cause";
    /** How kubectl marks a Job it created from a CronJob by hand. */
    private static final String INSTANTIATE = "cronjob.kubernetes.io/instantiate";
    private static final String MANUAL = "manual";
    /** The label the Deployment controller adds to each ReplicaSet's template; a rollback leaves it out. */
    private static final String TEMPLATE_HASH = "pod-template-hash";

    private final KubernetesCalls calls;

    RolloutKubernetesAdapter(KubernetesCalls calls) {
        this.calls = calls;
    }

    @Override
    public RolloutHistory history(ClusterAccess cluster, String namespace, String deployment) {
        return calls.call(cluster, client -> {
            JsonObject owner = existing(client, ResourceKind.DEPLOYMENT, namespace, deployment);
            return new RolloutHistory(paused(owner), LiveResources.owned(client, REPLICASET, owner, namespace).stream()
                    .sorted(Comparator.comparingLong(RolloutKubernetesAdapter::number).reversed())
                    .map(set -> revision(set, owner)).toList());
        });
    }

    @Override
    public CronJobRuns runs(ClusterAccess cluster, String namespace, String cronJob) {
        return calls.call(cluster, client -> {
            JsonObject schedule = existing(client, ResourceKind.CRONJOB, namespace, cronJob);
            JsonObject status = JsonFields.object(schedule, "status");
            List<JobRun> jobs = LiveResources.owned(client, ResourceKind.JOB, schedule, namespace).stream()
                    .map(RolloutKubernetesAdapter::run)
                    .sorted(Comparator.comparing(JobRun::started, Comparator.nullsFirst(Comparator
                            .<Instant>naturalOrder())).reversed())
                    .toList();
            return new CronJobRuns(JsonFields.text(schedule, "spec", "schedule"),
                    Boolean.parseBoolean(JsonFields.text(schedule, "spec", "suspend")),
                    status == null ? null : JsonFields.instant(status.get("lastScheduleTime")),
                    status == null ? null : JsonFields.instant(status.get("lastSuccessfulTime")), jobs);
        });
    }

    @Override
    public LiveResource undo(ClusterAccess cluster, String namespace, String deployment, long revision) {
        Subject subject = Subject.object(ResourceKind.DEPLOYMENT, namespace, deployment);
        return calls.call(cluster, client -> {
            JsonObject owner = existing(client, ResourceKind.DEPLOYMENT, namespace, deployment);
            if (paused(owner)) {
                throw new InvalidInputException("revision", Message.of("rollout.pausedNoUndo",
                        "The rollout of {0} is paused; resume it before rolling back.", subject));
            }
            List<JsonObject> sets = LiveResources.owned(client, REPLICASET, owner, namespace);
            long current = number(owner);
            long wanted = revision != 0 ? revision : sets.stream().mapToLong(RolloutKubernetesAdapter::number)
                    .filter(number -> number < current).max().orElseThrow(() -> new InvalidInputException(
                            "revision", Message.of("rollout.noEarlierRevision",
                                    "{0} has no revision before the current one.", subject)));
            if (wanted == current) {
                throw new InvalidInputException("revision", Message.of("rollout.revisionIsCurrent",
                        "Revision {0} is the one {1} runs now.", wanted, subject));
            }
            JsonObject template = sets.stream().filter(set -> number(set) == wanted).findFirst()
                    .map(set -> JsonFields.object(set, "spec", "template").deepCopy())
                    .orElseThrow(() -> new InvalidInputException("revision", Message.of("rollout.noSuchRevision",
                            "{0} has no revision {1}; it has {2}.", subject, wanted, sets.stream()
                                    .map(set -> String.valueOf(number(set))).collect(Collectors.joining(", ")))));
            JsonObject labels = JsonFields.object(template, "metadata", "labels");
            if (labels != null) {
                labels.remove(TEMPLATE_HASH);
            }
            // The template alone, as kubectl rollout undo sends it: the Deployment controller's status updates
            // in between do not make it a conflict.
            JsonObject replace = new JsonObject();
            replace.addProperty("op", "replace");
            replace.addProperty("path", "/spec/template");
            replace.add("value", template);
            JsonArray patch = new JsonArray();
            patch.add(replace);
            JsonObject stored = TEMPLATE.stored(send(() -> genericApi(client, ResourceKind.DEPLOYMENT)
                    .patch(namespace, deployment, V1Patch.PATCH_FORMAT_JSON_PATCH, new V1Patch(patch.toString()))),
                    Verb.UPDATE, subject, client.getBasePath());
            return LiveResources.of(ResourceKind.DEPLOYMENT, stored);
        });
    }

    @Override
    public LiveResource run(ClusterAccess cluster, String namespace, String cronJob, String job) {
        return calls.call(cluster, client -> {
            JsonObject schedule = existing(client, ResourceKind.CRONJOB, namespace, cronJob);
            JsonObject template = JsonFields.object(schedule, "spec", "jobTemplate");
            JsonObject metadata = new JsonObject();
            metadata.addProperty("name", job);
            metadata.addProperty("namespace", namespace);
            JsonObject labels = template == null ? null : JsonFields.object(template, "metadata", "labels");
            if (labels != null) {
                metadata.add("labels", labels.deepCopy());
            }
            JsonObject annotations = template == null || JsonFields.object(template, "metadata", "annotations")
                    == null ? new JsonObject() : JsonFields.object(template, "metadata", "annotations").deepCopy();
            annotations.addProperty(INSTANTIATE, MANUAL);
            metadata.add("annotations", annotations);
            metadata.add("ownerReferences", ownedBy(schedule));
            JsonObject object = new JsonObject();
            object.addProperty("apiVersion", ResourceKind.JOB.apiVersion());
            object.addProperty("kind", ResourceKind.JOB.kind());
            object.add("metadata", metadata);
            JsonObject spec = template == null ? null : JsonFields.object(template, "spec");
            object.add("spec", spec == null ? new JsonObject() : spec.deepCopy());
            JsonObject stored = JOB.stored(send(() -> genericApi(client, ResourceKind.JOB)
                    .create(new DynamicKubernetesObject(object))), Verb.CREATE,
                    Subject.object(ResourceKind.JOB, namespace, job), client.getBasePath());
            return LiveResources.of(ResourceKind.JOB, stored);
        });
    }

    private static JsonObject existing(ApiClient client, ResourceKind kind, String namespace, String name) {
        return LiveResources.stored(client, kind, namespace, name).orElseThrow(() -> Subject.object(kind, namespace,
                name).missing());
    }

    private static boolean paused(JsonObject deployment) {
        return Boolean.parseBoolean(JsonFields.text(deployment, "spec", "paused"));
    }

    private static JobRun run(JsonObject job) {
        JsonObject status = JsonFields.object(job, "status");
        JsonObject metadata = JsonFields.object(job, "metadata");
        Instant started = status == null ? null : JsonFields.instant(status.get("startTime"));
        return new JobRun(JsonFields.text(job, "metadata", "name"),
                started != null ? started : JsonFields.instant(metadata.get("creationTimestamp")),
                status == null ? null : JsonFields.instant(status.get("completionTime")),
                count(status, "active"), count(status, "succeeded"), count(status, "failed"),
                MANUAL.equals(JsonFields.text(job, "metadata", "annotations", INSTANTIATE)));
    }

    private static int count(JsonObject status, String member) {
        String count = status == null ? null : JsonFields.text(status, member);
        return count == null ? 0 : Integer.parseInt(count);
    }

    private static JsonArray ownedBy(JsonObject controller) {
        JsonObject reference = new JsonObject();
        reference.addProperty("apiVersion", ResourceKind.CRONJOB.apiVersion());
        reference.addProperty("kind", ResourceKind.CRONJOB.kind());
        reference.addProperty("name", JsonFields.text(controller, "metadata", "name"));
        reference.addProperty("uid", JsonFields.text(controller, "metadata", "uid"));
        reference.addProperty("controller", true);
        reference.addProperty("blockOwnerDeletion", true);
        JsonArray references = new JsonArray();
        references.add(reference);
        return references;
    }

    private static Revision revision(JsonObject set, JsonObject owner) {
        List<String> images = new ArrayList<>();
        JsonObject podSpec = JsonFields.object(set, "spec", "template", "spec");
        if (podSpec != null && podSpec.get("containers") instanceof JsonArray containers) {
            containers.forEach(container -> images.add(JsonFields.text(container.getAsJsonObject(), "image")));
        }
        String replicas = JsonFields.text(set, "spec", "replicas");
        return new Revision(number(set), JsonFields.text(set, "metadata", "name"),
                JsonFields.instant(JsonFields.object(set, "metadata").get("creationTimestamp")), images,
                replicas == null ? 0 : Integer.parseInt(replicas),
                JsonFields.text(set, "metadata", "annotations", CHANGE_CAUSE), number(set) == number(owner));
    }

    /** The revision annotation of a ReplicaSet, or of a Deployment (its current revision); 0 when missing. */
    private static long number(JsonObject object) {
        String revision = JsonFields.text(object, "metadata", "annotations", REVISION);
        try {
            return revision == null ? 0 : Long.parseLong(revision);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
