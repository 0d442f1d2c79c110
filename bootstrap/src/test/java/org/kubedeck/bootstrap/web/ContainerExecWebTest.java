package org.kubedeck.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.user.AccessLevel;
import org.kubedeck.domain.user.Permissions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Commands run once in a container of the rig, through the API, by its writers only. */
@WebTest
class ContainerExecWebTest extends YamlClusterWebTest {

    @Autowired
    private JdbcClient jdbc;

    private String exec;

    @BeforeEach
    void aRunningPod() {
        cluster.runningPod("box", Map.of());
        exec = "/api/k8s/containers/" + c + "/" + ns + "/box/main/exec";
    }

    private static Map<String, Object> command(String script) {
        return Map.of("command", List.of("sh", "-c", script));
    }

    private String detailOfLast(String action, String actor) {
        return jdbc.sql("select detail from audit_log where action = ? and actor = ? order by id desc limit 1")
                .params(action, actor).query(String.class).single();
    }

    @Test
    void aWriterRunsACommandAndGetsItsOutputAndExitCodeAudited() {
        JsonNode ran = team.writer().postJson(exec, command("echo out; echo err >&2; exit 3")).assertStatus(200)
                .json();

        assertThat(ran.get("stdout").asString()).isEqualTo("out\n");
        assertThat(ran.get("stderr").asString()).isEqualTo("err\n");
        assertThat(ran.get("exit_code").asInt()).isEqualTo(3);
        assertThat(ran.get("truncated").asBoolean()).isFalse();
        assertThat(ran.get("timed_out").asBoolean()).isFalse();
        assertThat(f.auditCount("command_run", team.writerName())).isOne();
        assertThat(detailOfLast("command_run", team.writerName()))
                .contains("sh -c 'echo out; echo err >&2; exit 3'").contains("\"exit_code\":3");
    }

    @Test
    void stdinReachesTheCommandAndItsEndEndsTheReading() {
        JsonNode ran = team.writer().postJson(exec, Map.of("command", List.of("cat"), "stdin", "hello\n"))
                .assertStatus(200).json();

        assertThat(ran.get("stdout").asString()).isEqualTo("hello\n");
        assertThat(ran.get("exit_code").asInt()).isZero();
    }

    @Test
    void aCommandIsStoppedAtItsTimeoutAndItsOutputCutAtTheLimit() {
        long started = System.nanoTime();
        JsonNode slow = team.writer().postJson(exec, Map.of("command", List.of("sleep", "60"), "timeout_seconds",
                1)).assertStatus(200).json();
        assertThat(slow.get("timed_out").asBoolean()).isTrue();
        assertThat(slow.get("exit_code").isNull()).isTrue();
        assertThat(System.nanoTime() - started).as("stopped at its timeout, not at the end of sleep 60")
                .isLessThan(30_000_000_000L);

        JsonNode loud = team.writer().postJson(exec, command("yes | head -c 3000000")).assertStatus(200).json();
        assertThat(loud.get("truncated").asBoolean()).isTrue();
        assertThat(loud.get("stdout").asString()).as("the default limit, 1 MiB").hasSize(1024 * 1024);
    }

    @Test
    void whatCannotRunIsAClearErrorNamingTheField() {
        JsonNode missing = team.writer().postJson(exec, Map.of("command", List.of("no-such-program")))
                .assertStatus(400).json();
        assertThat(missing.get("field").asString()).isEqualTo("command");
        assertThat(missing.get("message").asString()).contains("Could not run no-such-program")
                .contains("not found");

        assertThat(team.writer().postJson(exec, Map.of("command", List.of())).assertStatus(400).json().get("field")
                .asString()).isEqualTo("command");
        assertThat(team.writer().postJson(exec, Map.of("command", List.of("ls"), "timeout_seconds", 0))
                .assertStatus(400).json().get("field").asString()).isEqualTo("timeout_seconds");
        assertThat(team.writer().postJson("/api/k8s/containers/" + c + "/" + ns + "/box/nope/exec",
                Map.of("command", List.of("ls"))).assertStatus(400).json().get("message").asString())
                .contains("cannot run commands");
    }

    @Test
    void aReaderAndAStrangerAreRefusedAuditedAndNothingRuns() {
        team.reader().postJson(exec, command("touch /tmp/reader-was-here")).assertStatus(403);
        String stranger = f.user("stranger", Permissions.NONE);
        f.signedIn(stranger).postJson(exec, command("touch /tmp/stranger-was-here")).assertStatus(404);

        assertThat(f.auditCount("denied", team.readerName())).isOne();
        assertThat(f.auditCount("denied", stranger)).isOne();
        assertThat(f.auditCount("command_run", team.readerName())).isZero();
        assertThat(team.writer().postJson(exec, Map.of("command", List.of("ls", "/tmp"))).assertStatus(200).json()
                .get("stdout").asString()).doesNotContain("was-here");
    }

    @Test
    void aClusterAdminTurnsCommandsOffAndWritersAreRefusedAuditedWithNothingRun() throws Exception {
        String adminName = f.user("cadmin", Permissions.perCluster(Map.of(ClusterName.of(c), AccessLevel.ADMIN)));
        WebSession admin = f.signedIn(adminName);
        String policy = "/api/k8s/containers/" + c + "/policy";
        assertThat(team.reader().get(policy).assertStatus(200).json().get("exec").asBoolean()).isTrue();
        team.writer().putJson(policy, Map.of("exec", false)).assertStatus(403);
        assertThat(team.reader().get(policy).json().get("exec").asBoolean()).as("a writer changes nothing").isTrue();

        JsonNode off = admin.putJson(policy, Map.of("exec", false)).assertStatus(200).json();
        assertThat(off.get("exec").asBoolean()).isFalse();
        assertThat(off.get("files").asBoolean()).as("left as it was").isTrue();
        assertThat(off.get("record_transcripts").asBoolean()).isFalse();
        assertThat(f.auditCount("container_policy_changed", adminName)).isOne();

        assertThat(team.writer().postJson(exec, command("touch /tmp/while-off")).assertStatus(403).json()
                .get("message").asString()).isEqualTo("Commands in containers are turned off for cluster '" + c
                        + "'.");
        String terminal = "/api/k8s/containers/" + c + "/" + ns + "/box/main/exec/ws";
        assertThat(team.writer().webSocket(terminal, new java.net.http.WebSocket.Listener() { })
                .handle((socket, failure) -> ((java.net.http.WebSocketHandshakeException) failure.getCause())
                        .getResponse().statusCode()).get(10, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(403);
        team.writer().get("/k8s/" + c + "/" + ns + "/pods/box/terminal?container=main").assertStatus(403);
        assertThat(f.auditCount("denied", team.writerName())).isEqualTo(4);

        admin.postForm("/clusters/" + c + "/containers", Map.of("exec", "true", "files", "true")).assertStatus(302);
        assertThat(team.writer().postJson(exec, Map.of("command", List.of("ls", "/tmp"))).assertStatus(200).json()
                .get("stdout").asString()).doesNotContain("while-off");
        assertThat(team.writer().get("/clusters/" + c + "/containers").assertStatus(200).body())
                .contains("id=\"policy-form\"", "disabled");
        assertThat(admin.get("/clusters/" + c + "/containers").body()).doesNotContain("<fieldset disabled");
    }

    @Test
    void aCallWithoutTheCsrfTokenIsRefused() {
        team.writer().postJsonWithoutCsrf(exec, command("touch /tmp/forged")).assertStatus(403);
        assertThat(f.auditCount("command_run", team.writerName())).isZero();
    }
}
