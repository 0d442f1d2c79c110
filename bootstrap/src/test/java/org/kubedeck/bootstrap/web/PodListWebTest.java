package org.kubedeck.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Pod;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kubedeck.adapters.k8s.testing.RigNamespace;
import org.kubedeck.bootstrap.web.WebTestSupport.Fixtures;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.user.AccessLevel;
import org.kubedeck.domain.user.Permissions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A workload with more pods than one page, on the real API server: pages, the filter, status filters with their
 * counts, sorting, a poll that costs nothing while the table is unchanged, and a kick of all matching pods.
 */
@WebTest
class PodListWebTest {

    private static final int REPLICAS = 120;
    private static final Pattern ROW = Pattern.compile("<tr id=\"pod-([a-z0-9-]+)\"");

    @RegisterExtension
    final RigNamespace namespace = new RigNamespace();

    @Autowired
    Fixtures f;

    private String cluster;
    private String page;
    private WebSession writer;
    private WebSession reader;

    @BeforeEach
    void aBigDeployment() {
        namespace.withWeb(REPLICAS, RigNamespace.SETTLE);
        cluster = "rig" + UUID.randomUUID().toString().substring(0, 6);
        f.signedIn(f.user("root", Permissions.ADMINISTRATOR)).postJson("/api/admin/clusters",
                Map.of("name", cluster, "kubeconfig_content", namespace.rig().kubeconfig())).assertStatus(201);
        ClusterName name = ClusterName.of(cluster);
        writer = f.signedIn(f.user("writer", Permissions.perCluster(Map.of(name, AccessLevel.WRITE))));
        reader = f.signedIn(f.user("reader", Permissions.perCluster(Map.of(name, AccessLevel.READ))));
        page = "/k8s/" + cluster + "/" + namespace.name() + "/deployment/web";
    }

    @Test
    void aNamespaceReadForTheFirstTimeSaysItIsLoadingAtOnceAndShowsItsObjectsWhenTheyAreIn() {
        String slow = "slow" + UUID.randomUUID().toString().substring(0, 6);
        try (TcpRelay relay = new TcpRelay(namespace.rig().url())) {
            f.signedIn(f.user("root", Permissions.ADMINISTRATOR)).postJson("/api/admin/clusters",
                    Map.of("name", slow, "kubeconfig_content", relay.through(namespace.rig().kubeconfig())))
                    .assertStatus(201);
            WebSession viewer = f.signedIn(f.user("viewer", Permissions.perCluster(Map.of(ClusterName.of(slow),
                    AccessLevel.READ))));
            String workloads = "/k8s/" + slow + "/" + namespace.name();
            // A slow link: the namespace's own small answer comes at once, the (gzipped) lists of its 120 pods take
            // seconds.
            relay.throttle(5_000);

            long started = System.nanoTime();
            String loading = viewer.get(workloads).assertStatus(200).body();
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertThat(loading).contains("Reading the objects of " + namespace.name(), "http-equiv=\"refresh\"")
                    .doesNotContain("The cluster is not available");
            assertThat(viewer.get(page.replace(cluster, slow)).assertStatus(200).body())
                    .as("the workload page too, without asking the slow link again whether the namespace exists")
                    .contains("Reading the objects of " + namespace.name());
            System.out.printf("A namespace still being read answered its loading page in %d ms%n", millis);

            relay.release();
            RigNamespace.await(RigNamespace.SETTLE, () -> viewer.get(workloads).body().contains(">web</a>"));
            assertThat(rows(viewer.get(page.replace(cluster, slow)).assertStatus(200).body())).hasSize(50);
        }
    }

    @Test
    void theTableShowsOnePageAtATimeWithTheCountOfAllPods() {
        String first = writer.get(page).assertStatus(200).body();
        assertThat(rows(first)).hasSize(50).isSorted().containsExactlyElementsOf(podNames().subList(0, 50));
        assertThat(first).contains("1–50 of 120 matching (120 pods in all)", "page 1 of 3", "id=\"page-next\"")
                .doesNotContain("id=\"page-previous\"");

        String last = writer.get(page + "?page=3").assertStatus(200).body();
        assertThat(rows(last)).containsExactlyElementsOf(podNames().subList(100, 120));
        assertThat(writer.get(page + "?size=200").body()).satisfies(all -> assertThat(rows(all)).hasSize(120));
    }

    @Test
    void theFilterAndTheStatusNarrowTheListAndSortingTurnsItRound() {
        List<String> names = podNames();
        String one = names.get(7);
        assertThat(rows(writer.get(page + "?q=" + one).body())).containsExactly(one);

        writer.postJson("/api/" + cluster + "/" + namespace.name() + "/pods/" + names.get(3) + "/remove-load",
                Map.of()).assertStatus(200);
        String kicked = writer.get(page + "?status=kicked").assertStatus(200).body();
        assertThat(rows(kicked)).containsExactly(names.get(3));
        assertThat(kicked).contains("Kicked 1", "Online 119", "All 120");

        String descending = writer.get(page + "?sort=name&dir=desc").body();
        assertThat(rows(descending).get(0)).isEqualTo(names.get(REPLICAS - 1));
        assertThat(writer.get(page + "?q=no-such-pod").body()).contains("No pod matches this filter.");
    }

    @Test
    void aPollOfAnUnchangedTableIsAnswered304WithoutABodyAndAChangeSendsTheTableAgain() {
        WebSession.Response table = writer.get(page + "?page=2", "HX-Request", "true", "X-Kubedeck-Background",
                "true").assertStatus(200);
        String tag = table.header("ETag").orElseThrow();
        assertThat(table.body()).startsWith("<div").contains("If-None-Match");

        WebSession.Response unchanged = writer.get(page + "?page=2", "HX-Request", "true",
                "X-Kubedeck-Background", "true", "If-None-Match", tag);
        assertThat(unchanged.status()).isEqualTo(304);
        assertThat(unchanged.body()).isEmpty();

        String onPage = rows(table.body()).get(0);
        writer.postJson("/api/" + cluster + "/" + namespace.name() + "/pods/" + onPage + "/remove-load", Map.of())
                .assertStatus(200);
        WebSession.Response changed = writer.get(page + "?page=2", "HX-Request", "true",
                "X-Kubedeck-Background", "true", "If-None-Match", tag).assertStatus(200);
        assertThat(changed.header("ETag")).isPresent().get().isNotEqualTo(tag);
        assertThat(changed.body()).contains("load-done");
    }

    @Test
    void allMatchingPodsAreKickedAtOnceNotOnlyThoseOnThePage() {
        String node = "127.0.1.41";
        List<String> onNode = namespace.objects().pods().inNamespace(namespace.name()).withLabel("app", "web")
                .list().getItems().stream().filter(pod -> node.equals(pod.getStatus().getHostIP()))
                .map(pod -> pod.getMetadata().getName()).toList();
        assertThat(onNode).hasSizeGreaterThan(0);

        writer.postForm("/k8s/" + cluster + "/" + namespace.name() + "/load", Map.of("all_matching", "true",
                "q", node, "action", "kick", "confirmed", "true", "type", "deployment", "workload", "web"),
                "HX-Request", "true").assertStatus(200);

        assertThat(podsLabelled("done")).containsExactlyInAnyOrderElementsOf(onNode);
        assertThat(podsLabelled("online")).hasSize(REPLICAS - onNode.size());
    }

    @Test
    void aReaderMayNotKickAllMatchingPodsAndNothingChanges() {
        reader.postForm("/k8s/" + cluster + "/" + namespace.name() + "/load", Map.of("all_matching", "true",
                "action", "kick", "confirmed", "true", "type", "deployment", "workload", "web"),
                "HX-Request", "true").assertStatus(403);

        assertThat(podsLabelled("done")).isEmpty();
        assertThat(f.jdbc().sql("select target from audit_log where action = 'denied' and cluster = ?")
                .param(cluster).query(String.class).single()).hasSize(255).endsWith("…");
    }

    @Test
    void theJsonApiPagesWhenAskedAndCountsInHeaders() {
        String pods = "/api/" + cluster + "/" + namespace.name() + "/deployment/web/pods";
        WebSession.Response second = writer.get(pods + "?page=2&size=50").assertStatus(200);
        assertThat(second.json().valueStream().map(pod -> pod.get("name").asString()).toList())
                .containsExactlyElementsOf(podNames().subList(50, 100));
        assertThat(second.header("X-Total-Count")).contains("120");
        assertThat(second.header("X-Page-Count")).contains("3");

        assertThat(writer.get(pods).assertStatus(200).json()).as("all of them without paging").hasSize(REPLICAS);
    }

    @Test
    void wordsOutsideTheGrammarAreRefusedNamingTheField() {
        String pods = "/api/" + cluster + "/" + namespace.name() + "/deployment/web/pods";
        assertThat(writer.get(pods + "?status=sleeping").assertStatus(400).json().get("field").asString())
                .isEqualTo("status");
        assertThat(writer.get(pods + "?size=0").assertStatus(400).json().get("field").asString())
                .isEqualTo("size");
        assertThat(writer.get(pods + "?sort=colour").assertStatus(400).json().get("field").asString())
                .isEqualTo("sort");
        assertThat(writer.get(page + "?page=0").assertStatus(400).body()).contains("Pages are counted from 1.");
    }

    @Test
    void theNodesPageCountsWaitingPodsByWorkloadAndReasonInsteadOfListingEach() {
        namespace.create("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: huge}
                spec:
                  replicas: 30
                  selector: {matchLabels: {app: huge}}
                  template:
                    metadata: {labels: {app: huge}}
                    spec: {containers: [{name: main, image: nginx, resources: {requests: {cpu: "100k"}}}]}
                """);
        RigNamespace.await(RigNamespace.SETTLE, () -> namespace.objects().pods().inNamespace(namespace.name())
                .withLabel("app", "huge").list().getItems().stream().filter(pod -> pod.getStatus().getConditions()
                        .stream().anyMatch(c -> "PodScheduled".equals(c.getType()) && "False".equals(c.getStatus())))
                .count() == 30);

        String nodes = reader.get("/nodes/" + cluster).assertStatus(200).body();

        Matcher row = Pattern.compile("<td>" + namespace.name() + "</td><td>Deployment huge</td>\\s*"
                + "<td class=\"count\"[^>]*>(\\d+)</td>\\s*<td data-verbatim>([^<]*)</td>").matcher(nodes);
        assertThat(row.find()).as("one row for the Deployment's waiting pods").isTrue();
        assertThat(row.group(1)).isEqualTo("30");
        assertThat(row.group(2)).contains("Insufficient cpu");
        assertThat(row.find()).as("and only one").isFalse();
    }

    private List<String> podNames() {
        return namespace.objects().pods().inNamespace(namespace.name()).withLabel("app", "web").list().getItems()
                .stream().map(pod -> pod.getMetadata().getName()).sorted(Comparator.naturalOrder()).toList();
    }

    private List<String> podsLabelled(String load) {
        return namespace.objects().pods().inNamespace(namespace.name()).withLabel("load", load).list().getItems()
                .stream().map(Pod::getMetadata).map(meta -> meta.getName()).toList();
    }

    private static List<String> rows(String html) {
        Matcher rows = ROW.matcher(html);
        return rows.results().map(match -> match.group(1)).toList();
    }
}
