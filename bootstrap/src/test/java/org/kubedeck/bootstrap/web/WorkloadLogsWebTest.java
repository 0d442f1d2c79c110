package org.kubedeck.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.kubedeck.domain.user.Permissions;
import tools.jackson.databind.JsonNode;

/** The logs of all pods of a workload, merged in time order, read from the rig's kubelet. */
@WebTest
class WorkloadLogsWebTest extends YamlClusterWebTest {

    private String api() {
        return "/api/k8s/workloads/" + c + "/" + ns;
    }

    private static List<JsonNode> lines(JsonNode answer) {
        return answer.get("lines").valueStream().toList();
    }

    private Set<String> webPods() {
        return cluster.objects().pods().inNamespace(ns).withLabel("app", "web").list().getItems().stream()
                .map(pod -> pod.getMetadata().getName()).collect(Collectors.toSet());
    }

    @Test
    void theLinesOfEveryPodComeInTimeOrderEachWithItsPod() {
        JsonNode merged = team.reader().get(api() + "/deployment/web/logs?tail_lines=5").assertStatus(200).json();

        assertThat(merged.get("pods").valueStream().map(JsonNode::asString).collect(Collectors.toSet()))
                .isEqualTo(webPods()).hasSize(2);
        List<JsonNode> lines = lines(merged);
        assertThat(lines).as("5 of each pod").hasSize(10);
        assertThat(lines.stream().map(line -> line.get("pod").asString()).collect(Collectors.toSet()))
                .isEqualTo(webPods());
        assertThat(lines).allSatisfy(line -> {
            assertThat(line.get("container").asString()).isEqualTo("web");
            assertThat(line.get("text").asString()).contains(line.get("pod").asString() + "/web");
        });
        List<Instant> times = lines.stream().map(line -> Instant.parse(line.get("time").asString())).toList();
        assertThat(times).isSorted();
        assertThat(merged.get("unread").isEmpty()).isTrue();

        String text = team.reader().get(api() + "/deployment/web/logs?tail_lines=3", "Accept", "text/plain")
                .assertStatus(200).body();
        assertThat(text.split("\n")).hasSize(6).allSatisfy(line -> assertThat(webPods())
                .contains(line.substring(0, line.indexOf(' '))));
    }

    @Test
    void aSelectorPicksThePodsAndAFilterKeepsTheLinesThatMatch() {
        JsonNode selected = team.reader().get(api() + "/logs?selector=app%3Dweb&tail_lines=2").assertStatus(200)
                .json();
        assertThat(selected.get("pods").valueStream().map(JsonNode::asString).collect(Collectors.toSet()))
                .isEqualTo(webPods());

        String word = lines(selected).get(0).get("text").asString().replaceAll(".*\\] line=\\d+ (\\w+).*", "$1");
        List<JsonNode> filtered = lines(team.reader().get(api() + "/deployment/web/logs?grep=" + word).json());
        assertThat(filtered).isNotEmpty().allSatisfy(line -> assertThat(line.get("text").asString().toLowerCase())
                .contains(word.toLowerCase()));
    }

    @Test
    void aMissingWorkloadNoSelectorAndAStrangerAreRefused() {
        team.reader().get(api() + "/deployment/nope/logs").assertStatus(404);
        assertThat(team.reader().get(api() + "/logs").assertStatus(400).json().get("field").asString())
                .isEqualTo("selector");
        String stranger = f.user("stranger", Permissions.NONE);
        f.signedIn(stranger).get(api() + "/deployment/web/logs").assertStatus(404);
        assertThat(f.auditCount("denied", stranger)).isOne();
    }

    @Test
    void theWorkloadPageLinksToItsMergedLogPage() {
        String workload = "/k8s/" + c + "/" + ns + "/deployment/web";
        assertThat(team.reader().get(workload).assertStatus(200).body()).contains("id=\"logs-link\"",
                workload + "/logs");

        String page = team.reader().get(workload + "/logs?tail_lines=4").assertStatus(200).body();
        assertThat(page).contains("id=\"log\"", "class=\"pod-tag\"", "8 lines of 2 pods");
        webPods().forEach(pod -> assertThat(page).contains(">" + pod + "</span>"));
        assertThat(team.reader().get(workload + "/logs?grep=(").assertStatus(200).body()).contains("id=\"log-error\"");
    }
}
