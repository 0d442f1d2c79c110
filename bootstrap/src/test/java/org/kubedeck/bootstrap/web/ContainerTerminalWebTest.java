package org.kubedeck.bootstrap.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kubedeck.adapters.k8s.testing.RigNamespace;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.user.AccessLevel;
import org.kubedeck.domain.user.Permissions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The web terminal's WebSocket, to a shell in a container of the rig through the real API server. */
@WebTest
class ContainerTerminalWebTest extends YamlClusterWebTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private String socket;

    @BeforeEach
    void aRunningPod() {
        cluster.runningPod("box", Map.of());
        socket = "/api/k8s/containers/" + c + "/" + ns + "/box/main/exec/ws";
    }

    private static int refusedWith(CompletableFuture<WebSocket> opening) {
        ExecutionException failed = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
                () -> opening.get(10, TimeUnit.SECONDS));
        assertThat(failed.getCause()).isInstanceOf(WebSocketHandshakeException.class);
        return ((WebSocketHandshakeException) failed.getCause()).getResponse().statusCode();
    }

    @Test
    void aWriterTypesInAShellSeesItsOutputAndTheSessionIsAuditedAtBothEnds() throws Exception {
        TerminalScreen screen = new TerminalScreen();
        WebSocket terminal = team.writer().webSocket(socket, screen).get(10, TimeUnit.SECONDS);

        terminal.sendText("{\"type\": \"resize\", \"cols\": 100, \"rows\": 30}", true).join();
        TerminalScreen.type(terminal, "stty size; echo h''i\r");
        RigNamespace.await(RigNamespace.SETTLE, () -> screen.shown.toString().contains("hi\r\n"));
        assertThat(screen.shown.toString()).contains("30 100");
        assertThat(f.auditCount("terminal_opened", team.writerName())).isOne();

        TerminalScreen.type(terminal, "exit 5\r");
        assertThat(screen.closed.get(10, TimeUnit.SECONDS)).isEqualTo(1000);
        assertThat(screen.told).singleElement().satisfies(exit -> {
            assertThat(exit.get("type").asString()).isEqualTo("exit");
            assertThat(exit.get("exit_code").asInt()).isEqualTo(5);
        });
        RigNamespace.await(RigNamespace.SETTLE, () -> f.auditCount("terminal_closed", team.writerName()) == 1);
    }

    @Test
    void whereTheClusterRecordsTerminalsItsAdminsReadTheTranscriptAndOthersCannot() throws Exception {
        String adminName = f.user("cadmin", Permissions.perCluster(Map.of(ClusterName.of(c), AccessLevel.ADMIN)));
        WebSession admin = f.signedIn(adminName);
        admin.putJson("/api/k8s/containers/" + c + "/policy", Map.of("record_transcripts", true)).assertStatus(200);
        TerminalScreen screen = new TerminalScreen();
        WebSocket terminal = team.writer().webSocket(socket, screen).get(10, TimeUnit.SECONDS);
        TerminalScreen.type(terminal, "echo recorded-$((6*7))\r");
        RigNamespace.await(RigNamespace.SETTLE, () -> screen.shown.toString().contains("recorded-42"));
        TerminalScreen.type(terminal, "exit\r");
        screen.closed.get(10, TimeUnit.SECONDS);
        RigNamespace.await(RigNamespace.SETTLE, () -> f.auditCount("terminal_closed", team.writerName()) == 1);

        String list = "/api/k8s/containers/" + c + "/transcripts";
        JsonNode recorded = admin.get(list).assertStatus(200).json().get("transcripts");
        assertThat(recorded.size()).isOne();
        assertThat(recorded.get(0).get("user").asString()).isEqualTo(team.writerName());
        assertThat(recorded.get(0).get("pod").asString()).isEqualTo("box");
        String id = recorded.get(0).get("id").asString();
        String events = admin.get(list + "/" + id).assertStatus(200).body();
        StringBuilder shown = new StringBuilder();
        StringBuilder typed = new StringBuilder();
        events.lines().map(JSON::readTree).forEach(event -> ("o".equals(event.get(1).asString()) ? shown : typed)
                .append(new String(Base64.getDecoder().decode(event.get(2).asString()), UTF_8)));
        assertThat(shown.toString()).contains("recorded-42");
        assertThat(typed.toString()).contains("echo recorded-$((6*7))");

        team.writer().get(list).assertStatus(403);
        team.writer().get(list + "/" + id).assertStatus(403);
        team.reader().get("/clusters/" + c + "/terminals").assertStatus(403);
        assertThat(admin.get("/clusters/" + c + "/terminals").assertStatus(200).body()).contains(team.writerName(),
                "/clusters/" + c + "/terminals/" + id);
        assertThat(admin.get("/clusters/" + c + "/terminals/" + id).assertStatus(200).body())
                .contains("data-cast=\"/api/k8s/containers/" + c + "/transcripts/" + id + "\"");
        admin.get(list + "/" + java.util.UUID.randomUUID()).assertStatus(404);
    }

    @Test
    void aBrowserThatGoesAwayEndsTheShellAndItsSessionIsAudited() throws Exception {
        WebSocket terminal = team.writer().webSocket(socket, new TerminalScreen()).get(10, TimeUnit.SECONDS);
        TerminalScreen.type(terminal, "sleep 300\r");

        terminal.abort();

        RigNamespace.await(RigNamespace.SETTLE, () -> f.auditCount("terminal_closed", team.writerName()) == 1);
    }

    @Test
    void aReaderAStrangerAnotherSiteAndNobodyAreRefusedBeforeTheUpgrade() {
        assertThat(refusedWith(team.reader().webSocket(socket, new TerminalScreen()))).isEqualTo(403);
        String stranger = f.user("stranger", Permissions.NONE);
        assertThat(refusedWith(f.signedIn(stranger).webSocket(socket, new TerminalScreen()))).isEqualTo(404);
        assertThat(refusedWith(team.writer().webSocket(socket, new TerminalScreen(), "Origin",
                "https://evil.example")))
                .as("a page of another site, with the writer's cookies").isEqualTo(403);
        assertThat(refusedWith(f.session().webSocket(socket, new TerminalScreen()))).isEqualTo(401);

        assertThat(f.auditCount("denied", team.readerName())).isOne();
        assertThat(f.auditCount("denied", stranger)).isOne();
        assertThat(f.auditCount("terminal_opened", team.writerName())).isZero();
    }

    @Test
    void aUserHasAtMostFiveTerminalsOpenAndTheSixthIsToldWhy() throws Exception {
        List<WebSocket> open = new CopyOnWriteArrayList<>();
        for (int i = 0; i < 5; i++) {
            open.add(team.writer().webSocket(socket, new TerminalScreen()).get(10, TimeUnit.SECONDS));
        }
        RigNamespace.await(RigNamespace.SETTLE, () -> f.auditCount("terminal_opened", team.writerName()) == 5);
        TerminalScreen sixth = new TerminalScreen();
        team.writer().webSocket(socket, sixth).get(10, TimeUnit.SECONDS);

        sixth.closed.get(10, TimeUnit.SECONDS);
        assertThat(sixth.told).singleElement().satisfies(exit -> assertThat(exit.get("message").asString())
                .contains("5 terminals open"));
        assertThat(f.auditCount("terminal_opened", team.writerName())).isEqualTo(5);
        open.forEach(WebSocket::abort);
    }

    @Test
    void theTerminalPageIsForWritersAndThePodPageLinksToItForThemOnly() {
        String pod = "/k8s/" + c + "/" + ns + "/pods/box";
        assertThat(team.writer().get(pod).assertStatus(200).body()).contains("id=\"terminal-main\"");
        assertThat(team.reader().get(pod).assertStatus(200).body()).doesNotContain("id=\"terminal-main\"");

        assertThat(team.writer().get(pod + "/terminal?container=main").assertStatus(200).body())
                .contains("id=\"terminal\"", "data-socket=\"" + socket + "\"", "/js/terminal.js");
        team.reader().get(pod + "/terminal?container=main").assertStatus(403);
    }
}
