package org.kubedeck.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kubedeck.adapters.k8s.testing.RigNamespace;

/** Restart, pause and resume of workloads and CronJobs on the rig, and who may. */
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

    private Map<String, String> templateAnnotations() {
        Map<String, String> annotations = cluster.web().getSpec().getTemplate().getMetadata().getAnnotations();
        return annotations == null ? Map.of() : annotations;
    }

    private CronJob cronJob() {
        return cluster.objects().batch().v1().cronjobs().inNamespace(ns).withName("nightly").get();
    }
}
