package org.kubedeck.bootstrap.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import io.fabric8.kubernetes.api.model.PodBuilder;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kubedeck.adapters.k8s.testing.RigNamespace;
import org.kubedeck.domain.user.Permissions;
import tools.jackson.databind.JsonNode;


/**
 * A container's log over HTTP, read from the rig's kubelet through the real API server: a pod of 50 lines with an
 * init container.
 */
@WebTest
class ContainerLogsWebTest extends YamlClusterWebTest {

    private String logs;

    @BeforeEach
    void aPodOfFiftyLines() {
        cluster.objects().pods().inNamespace(ns).resource(new PodBuilder().withNewMetadata().withName("talker")
                .addToAnnotations("kube-rig/log-lines", "50").endMetadata().withNewSpec()
                .addNewInitContainer().withName("setup").withImage("busybox").endInitContainer()
                .addNewContainer().withName("main").withImage("busybox").endContainer().endSpec().build()).create();
        RigNamespace.await(RigNamespace.SETTLE, () -> "Running".equals(cluster.objects().pods().inNamespace(ns)
                .withName("talker").get().getStatus().getPhase()));
        logs = "/api/k8s/containers/" + c + "/" + ns + "/talker/";
    }

    private List<String> lines(JsonNode answer) {
        return answer.get("lines").valueStream().map(JsonNode::asString).toList();
    }

    @Test
    void aReaderReadsTheTailOfALogAsJsonOrText() {
        JsonNode tail = team.reader().get(logs + "main/logs?tail_lines=10").assertStatus(200).json();
        assertThat(lines(tail)).hasSize(10).last().asString().contains("talker/main");
        assertThat(tail.get("scanned").asInt()).isEqualTo(10);
        assertThat(lines(team.reader().get(logs + "main/logs").json())).as("the whole log, up to 1,000 lines")
                .hasSize(50);

        String text = team.reader().get(logs + "main/logs?tail_lines=3", "Accept", "text/plain").assertStatus(200)
                .body();
        assertThat(text.split("\n")).hasSize(3);
        assertThat(lines(team.reader().get(logs + "setup/logs?tail_lines=2").assertStatus(200).json()))
                .as("an init container's log").hasSize(2).allSatisfy(line -> assertThat(line).contains("setup"));
        assertThat(team.reader().get(logs + "main/logs?tail_lines=2&timestamps=true").json().get("lines").get(0)
                .asString()).matches("\\d{4}-\\d{2}-\\d{2}T.*");
    }

    @Test
    void aFilterKeepsTheLinesThatMatchIgnoringCaseUnlessAskedNotTo() {
        List<String> all = lines(team.reader().get(logs + "main/logs").json());
        String word = all.get(0).replaceAll(".*\\] line=\\d+ (\\w+).*", "$1");

        List<String> found = lines(team.reader().get(logs + "main/logs?grep=" + word.toUpperCase()).json());
        assertThat(found).isNotEmpty().allSatisfy(line -> assertThat(line.toLowerCase()).contains(word))
                .hasSize((int) all.stream().filter(line -> line.toLowerCase().contains(word)).count());
        assertThat(lines(team.reader().get(logs + "main/logs?match_case=true&grep=" + word.toUpperCase()).json()))
                .isEmpty();
    }

    @Test
    void badParametersAndUnknownContainersAreRefusedNamingTheField() {
        assertThat(team.reader().get(logs + "main/logs?grep=(").assertStatus(400).json().get("field").asString())
                .isEqualTo("grep");
        assertThat(team.reader().get(logs + "main/logs?tail_lines=lots").assertStatus(400).json().get("field")
                .asString()).isEqualTo("tail_lines");
        assertThat(team.reader().get(logs + "main/logs?tail_lines=0").assertStatus(400).json().get("field")
                .asString()).isEqualTo("tail_lines");
        JsonNode nope = team.reader().get(logs + "nope/logs").assertStatus(400).json();
        assertThat(nope.get("field").asString()).isEqualTo("container");
        assertThat(nope.get("message").asString()).contains("not valid for pod talker");
        team.reader().get("/api/k8s/containers/" + c + "/" + ns + "/ghost/main/logs").assertStatus(404);
    }

    @Test
    void whoMayNotSeeTheClusterReadsNothingAndIsAudited() {
        String stranger = f.user("stranger", Permissions.NONE);
        f.signedIn(stranger).get(logs + "main/logs").assertStatus(404);
        assertThat(f.auditCount("denied", stranger)).isEqualTo(1);
    }

    @Test
    void theLogPageMarksWhatTheFilterMatchesAndSaysWhyAFilterIsRefused() {
        String pod = "/k8s/" + c + "/" + ns + "/pods/talker";
        assertThat(team.reader().get(pod).assertStatus(200).body()).contains("id=\"logs-main\"", "id=\"logs-setup\"",
                pod + "/logs?container=main");

        String fifth = lines(team.reader().get(logs + "main/logs").json()).get(4)
                .replaceAll(".* (line=\\d+) .*", "$1");
        String page = team.reader().get(pod + "/logs?container=main&grep=" + fifth + "%5Cb").assertStatus(200).body();
        assertThat(page).contains("id=\"log\"", "<mark>" + fifth + "</mark>", "id=\"log-count\"");
        String refused = team.reader().get(pod + "/logs?container=main&grep=(").assertStatus(200).body();
        assertThat(refused).contains("id=\"log-error\"", "is not a regular expression").doesNotContain("id=\"log\"");
    }

    @Test
    void aFollowedLogStreamsNewLinesAndEndsItsRequestToTheApiServerWhenTheClientGoesAway() throws Exception {
        HttpResponse<InputStream> stream = team.reader().stream(logs + "main/logs/stream?tail_lines=2");
        assertThat(stream.statusCode()).isEqualTo(200);
        assertThat(stream.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("text/event-stream"));
        List<String> received = new ArrayList<>();
        try (BufferedReader events = new BufferedReader(new InputStreamReader(stream.body(), UTF_8))) {
            for (String event = events.readLine(); event != null && received.size() < 4; event = events.readLine()) {
                if (event.startsWith("data:")) {
                    received.add(event.substring("data:".length()));
                }
            }
            assertThat(openStreams()).as("one request to the API server while the client reads").isEqualTo(1);
        }
        assertThat(received).as("the two last lines, then new ones as the kubelet writes them").hasSize(4)
                .allSatisfy(line -> assertThat(line).contains("talker/main"));
        assertThat(Integer.parseInt(received.get(3).replaceAll(".* line=(\\d+) .*", "$1")))
                .isGreaterThan(Integer.parseInt(received.get(1).replaceAll(".* line=(\\d+) .*", "$1")));

        RigNamespace.await(RigNamespace.SETTLE, () -> openStreams() == 0);
    }

    @Test
    void aDownloadIsTheWholeLogAsAFileBeyondTheLargestTailAndFilteredWhenAsked() {
        cluster.runningPod("chatty", Map.of("kube-rig/log-lines", "150000"));
        String chatty = "/api/k8s/containers/" + c + "/" + ns + "/chatty/main/logs/download";

        WebSession.Response whole = team.reader().get(chatty).assertStatus(200);
        assertThat(whole.header("Content-Disposition")).hasValue("attachment; filename=\"chatty-main.log\"");
        assertThat(whole.header("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("text/plain"));
        String[] lines = whole.body().split("\n");
        assertThat(lines).as("more than tail_lines may ask for (100,000)").hasSize(150_000);
        assertThat(lines[149_999]).contains("chatty/main");

        String word = lines[0].replaceAll(".*\\] line=\\d+ (\\w+).*", "$1");
        long matching = Arrays.stream(lines).filter(line -> line.toLowerCase().contains(word)).count();
        String filtered = team.reader().get(chatty + "?grep=" + word).assertStatus(200).body();
        assertThat(filtered.split("\n")).hasSize((int) matching).allSatisfy(line -> assertThat(line.toLowerCase())
                .contains(word));
        assertThat(team.reader().get(logs + "main/logs/download?tail_lines=3").assertStatus(200).body()
                .split("\n")).hasSize(3);
        team.reader().get(logs + "main/logs/download?grep=(").assertStatus(400);
        f.signedIn(f.user("stranger", Permissions.NONE)).get(chatty).assertStatus(404);
    }

    @Test
    void aSnapshotKeepsTheLogReadableAfterThePodIsGoneAndOnlyWritersDeleteIt() {
        List<String> all = lines(team.reader().get(logs + "main/logs").json());
        String word = all.get(0).replaceAll(".*\\] line=\\d+ (\\w+).*", "$1");
        List<String> matching = all.stream().filter(line -> line.toLowerCase().contains(word)).toList();
        JsonNode taken = team.reader().postJson(logs + "main/logs/snapshots?grep=" + word, Map.of())
                .assertStatus(201).json();
        assertThat(taken.get("lines").asInt()).isEqualTo(matching.size()).isPositive();
        assertThat(taken.get("pod").asString()).isEqualTo("talker");
        assertThat(taken.get("truncated").asBoolean()).isFalse();
        String id = taken.get("id").asString();
        assertThat(f.auditCount("log_snapshot_taken", team.readerName())).isOne();

        cluster.objects().pods().inNamespace(ns).withName("talker").withGracePeriod(0).delete();
        RigNamespace.await(RigNamespace.SETTLE, () -> cluster.objects().pods().inNamespace(ns).withName("talker")
                .get() == null);

        String snapshots = "/api/k8s/containers/" + c + "/snapshots";
        String text = team.reader().get(snapshots + "/" + id).assertStatus(200).body();
        assertThat(text.lines()).isEqualTo(matching);
        assertThat(team.reader().get(snapshots).json().get("snapshots").get(0).get("id").asString()).isEqualTo(id);
        assertThat(team.reader().get("/clusters/" + c + "/snapshots/" + id).assertStatus(200).body())
                .contains("id=\"log\"", "talker/main");

        team.reader().delete(snapshots + "/" + id).assertStatus(403);
        team.writer().delete(snapshots + "/" + id).assertStatus(204);
        team.reader().get(snapshots + "/" + id).assertStatus(404);
        f.signedIn(f.user("stranger", Permissions.NONE)).get(snapshots).assertStatus(404);
    }

    /** The gauge of followed logs, as Prometheus reads it. */
    private int openStreams() {
        String metrics = f.management().get("/actuator/prometheus").body();
        Matcher open = Pattern.compile("(?m)^kubedeck_log_streams_open(?:\\{[^}]*})? (\\S+)$").matcher(metrics);
        return open.find() ? (int) Double.parseDouble(open.group(1)) : -1;
    }
}
