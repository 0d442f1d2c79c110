package org.kubedeck.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kubedeck.adapters.k8s.testing.RigNamespace;
import tools.jackson.databind.JsonNode;

/**
 * Restart, pause, resume, history and rollback of workloads, and suspend, resume and run now of CronJobs, on the
 * rig; and who may.
 */
@WebTest
class RolloutWebTest extends YamlClusterWebTest {

    private static final String RESTARTED_AT = "kubectl.kubernetes.io/restartedAt";

    @Test
    void aWriterRestartsPausesAndResumesADeploymentAndAReaderChangesNothing() {
        String web = "/api/k8s/workloads/" + c + "/" + ns + "/deployment/web/";
        team.reader().postJson(web + "restart", Map.of()).assertStatus(403);
        assertThat(templateAnnotations()).as("nothing changed").doesNotContainKey(RESTARTED_AT);

        assertThat(team.writer().postJson(web + "restart", Map.of()).assertStatus(200).json().get("yaml")
                .asString()).contains(RESTARTED_AT);
        assertThat(templateAnnotations()).containsKey(RESTARTED_AT);
        RigNamespace.await(RigNamespace.SETTLE, () -> cluster.objects().apps().replicaSets().inNamespace(ns)
                .list().getItems().size() == 2);
        assertThat(f.auditCount("workload_restarted", team.writerName())).isOne();
        assertThat(f.jdbc().sql("select count(*) from yaml_versions where namespace = ? and kind = 'deployment' "
                + "and note = 'workload restarted'").param(ns).query(Long.class).single()).isOne();

        team.writer().postJson(web + "pause", Map.of()).assertStatus(200);
        assertThat(cluster.web().getSpec().getPaused()).isTrue();
        team.writer().postJson(web + "resume", Map.of()).assertStatus(200);
        assertThat(cluster.web().getSpec().getPaused()).as("false or left out").isNotEqualTo(Boolean.TRUE);

        assertThat(team.writer().postJson("/api/k8s/workloads/" + c + "/" + ns + "/daemonset/web/pause", Map.of())
                .assertStatus(400).json().get("field").asString()).isEqualTo("kind");
    }

    @Test
    void aCronJobIsSuspendedAndResumed() {
        nightly();
        String nightly = "/api/k8s/cronjobs/" + c + "/" + ns + "/nightly/";
        team.reader().postJson(nightly + "suspend", Map.of()).assertStatus(403);
        assertThat(cronJob().getSpec().getSuspend()).isNotEqualTo(Boolean.TRUE);
        assertThat(team.writer().postJson(nightly + "suspend", Map.of()).assertStatus(200).json().get("status")
                .asString()).isEqualTo("suspend");
        assertThat(cronJob().getSpec().getSuspend()).isTrue();
        team.writer().postJson(nightly + "resume", Map.of()).assertStatus(200);
        assertThat(cronJob().getSpec().getSuspend()).isNotEqualTo(Boolean.TRUE);
        team.writer().postJson("/api/k8s/cronjobs/" + c + "/" + ns + "/nothing/suspend", Map.of()).assertStatus(404);
    }

    @Test
    void aWriterRollsADeploymentBackToAnEarlierRevisionAndAReaderChangesNothing() {
        cluster.editWebOutsideTheConsole(web -> {
            web.getSpec().getTemplate().getSpec().getContainers().get(0).setImage("nginx:1.28");
            return web;
        });
        String web = "/api/k8s/workloads/" + c + "/" + ns + "/deployment/web/";
        awaitRevisionTwoCurrent();
        JsonNode revisions = team.reader().get(web + "history").json().get("revisions");
        assertThat(revisions.get(0).get("revision").asLong()).isEqualTo(2);
        assertThat(revisions.get(0).get("current").asBoolean()).isTrue();
        assertThat(revisions.get(0).get("images").get(0).asString()).isEqualTo("nginx:1.28");
        assertThat(revisions.get(1).get("images").get(0).asString()).isEqualTo("nginx:1.27");
        assertThat(revisions.get(1).get("replica_set").asString()).startsWith("web-");

        team.reader().postJson(web + "undo", Map.of("revision", 1)).assertStatus(403);
        assertThat(image()).as("nothing changed").isEqualTo("nginx:1.28");
        assertThat(team.writer().postJson(web + "undo", Map.of("revision", 9)).assertStatus(400).json()
                .get("field").asString()).isEqualTo("revision");
        assertThat(team.writer().postJson(web + "undo", Map.of("revision", 2)).assertStatus(400).json()
                .get("message").asString()).contains("runs now");

        // The undo replaces the Deployment at the version it read: the controller must be done rolling first.
        cluster.settled(2);
        assertThat(team.writer().postJson(web + "undo", Map.of("revision", 1)).assertStatus(200).json().get("yaml")
                .asString()).contains("nginx:1.27").doesNotContain("pod-template-hash");
        assertThat(image()).isEqualTo("nginx:1.27");
        assertThat(f.auditCount("workload_rolled_back", team.writerName())).isOne();
        assertThat(f.jdbc().sql("select count(*) from yaml_versions where namespace = ? and kind = 'deployment' "
                + "and note = 'rolled back to revision 1'").param(ns).query(Long.class).single()).isOne();
        RigNamespace.await(RigNamespace.SETTLE, () -> team.reader().get(web + "history").json().get("revisions")
                .get(0).get("revision").asLong() == 3);
        assertThat(team.reader().get(web + "history").json().get("revisions").get(0).get("images").get(0)
                .asString()).as("revision 1's template is now revision 3").isEqualTo("nginx:1.27");

        team.writer().postJson(web + "pause", Map.of()).assertStatus(200);
        assertThat(team.writer().postJson(web + "undo", Map.of()).assertStatus(400).json().get("message")
                .asString()).contains("paused");
        assertThat(team.reader().get("/api/k8s/workloads/" + c + "/" + ns + "/statefulset/web/history")
                .assertStatus(400).json().get("field").asString()).isEqualTo("kind");
    }

    @Test
    void aCronJobRunNowStartsAJobWhosePodCompletes() {
        nightly();
        String run = "/api/k8s/cronjobs/" + c + "/" + ns + "/nightly/run";
        team.reader().postJson(run, Map.of()).assertStatus(403);
        assertThat(jobs()).as("nothing started").isEmpty();

        JsonNode started = team.writer().postJson(run, Map.of()).assertStatus(201).json();
        String job = started.get("name").asString();
        assertThat(job).startsWith("nightly-manual-");
        assertThat(started.get("kind").asString()).isEqualTo("Job");
        Job created = cluster.objects().batch().v1().jobs().inNamespace(ns).withName(job).get();
        assertThat(created.getMetadata().getOwnerReferences().get(0).getName()).isEqualTo("nightly");
        assertThat(created.getMetadata().getAnnotations()).containsEntry("cronjob.kubernetes.io/instantiate",
                "manual");
        RigNamespace.await(RigNamespace.SETTLE, () -> {
            Integer succeeded = cluster.objects().batch().v1().jobs().inNamespace(ns).withName(job).get()
                    .getStatus().getSucceeded();
            return succeeded != null && succeeded == 1;
        });
        assertThat(f.auditCount("cronjob_run", team.writerName())).isOne();
        assertThat(f.jdbc().sql("select count(*) from yaml_versions where namespace = ? and kind = 'jobs.batch' "
                + "and name = ?").param(ns).param(job).query(Long.class).single()).isOne();
        team.writer().postJson("/api/k8s/cronjobs/" + c + "/" + ns + "/nothing/run", Map.of()).assertStatus(404);
    }

    @Test
    void theRolloutPagesOfferWritersTheActionsAndShowWhatWasDone() {
        cluster.editWebOutsideTheConsole(web -> {
            web.getSpec().getTemplate().getSpec().getContainers().get(0).setImage("nginx:1.28");
            return web;
        });
        String page = "/rollouts/" + c + "/" + ns + "/deployment/web";
        awaitRevisionTwoCurrent();
        String read = team.reader().get(page).assertStatus(200).body();
        assertThat(read).contains("nginx:1.27", "nginx:1.28").doesNotContain("id=\"undo-1\"", "id=\"restart\"");
        team.reader().postForm(page + "/undo", Map.of("revision", "1")).assertStatus(403);
        assertThat(image()).as("nothing changed").isEqualTo("nginx:1.28");

        assertThat(team.writer().get(page).body()).contains("id=\"undo-1\"", "id=\"restart\"", "id=\"pause-resume\"");
        team.writer().postForm(page + "/undo", Map.of("revision", "1")).assertStatus(302);
        assertThat(image()).isEqualTo("nginx:1.27");
        assertThat(team.writer().get(page).body()).contains("Rolled back");
        assertThat(team.writer().get("/resources/" + c + "/deployments.apps/web?namespace=" + ns).body())
                .contains("id=\"rollout-link\"");

        nightly();
        String nightly = "/rollouts/" + c + "/" + ns + "/cronjob/nightly";
        team.writer().postForm(nightly + "/run", Map.of()).assertStatus(302);
        String runs = team.writer().get(nightly).assertStatus(200).body();
        assertThat(runs).contains("0 3 * * *", "nightly-manual-", "id=\"run-now\"");
        team.reader().get("/rollouts/" + c + "/" + ns + "/pod/web").assertStatus(400);
    }

    /**
     * The Deployment controller makes the new ReplicaSet before it marks the Deployment with its revision: until
     * both are there, revision 1 still counts as the current one.
     */
    private void awaitRevisionTwoCurrent() {
        String history = "/api/k8s/workloads/" + c + "/" + ns + "/deployment/web/history";
        RigNamespace.await(RigNamespace.SETTLE, () -> {
            JsonNode revisions = team.reader().get(history).assertStatus(200).json().get("revisions");
            return revisions.size() == 2 && revisions.get(0).get("revision").asLong() == 2
                    && revisions.get(0).get("current").asBoolean();
        });
    }

    private void nightly() {
        cluster.rig().create("""
                apiVersion: batch/v1
                kind: CronJob
                metadata: {name: nightly}
                spec:
                  schedule: "0 3 * * *"
                  jobTemplate:
                    spec:
                      template:
                        spec:
                          restartPolicy: Never
                          containers: [{name: main, image: busybox}]
                """);
    }

    private List<Job> jobs() {
        return cluster.objects().batch().v1().jobs().inNamespace(ns).list().getItems();
    }

    private String image() {
        return cluster.web().getSpec().getTemplate().getSpec().getContainers().get(0).getImage();
    }

    private Map<String, String> templateAnnotations() {
        Map<String, String> annotations = cluster.web().getSpec().getTemplate().getMetadata().getAnnotations();
        return annotations == null ? Map.of() : annotations;
    }

    private CronJob cronJob() {
        return cluster.objects().batch().v1().cronjobs().inNamespace(ns).withName("nightly").get();
    }
}
