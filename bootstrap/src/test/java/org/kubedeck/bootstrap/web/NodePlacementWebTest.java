package org.kubedeck.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.TaintBuilder;
import io.fabric8.kubernetes.api.model.TolerationBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kubedeck.adapters.k8s.testing.FakeCluster;
import org.kubedeck.adapters.k8s.testing.RigNamespace;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.user.AccessLevel;
import org.kubedeck.domain.user.Permissions;
import tools.jackson.databind.JsonNode;

/**
 * The placement page and its JSON over HTTP against the shared Kubernetes rig. The test adds node objects of its
 * own, grouped by {@code eks.amazonaws.com/nodegroup}, the first default group label they carry, in groups named
 * after the test's namespace: batch (one of two cordoned), general (disktype=ssd), gpu (tainted gpu=true:NoSchedule),
 * and a node without the label, which joins the rig's own nodes node-a and node-b there. The test's namespace holds
 * the unconstrained Deployment web and the StatefulSet db that wants disktype=ssd; a second namespace of its own
 * holds the Deployment train, which tolerates the gpu taint. Other tests' nodes and workloads share the rig, so the
 * maps are read for this test's groups and namespaces.
 */
@WebTest
class NodePlacementWebTest extends YamlClusterWebTest {

    private static final String POOL = "eks.amazonaws.com/nodegroup";
    private static final String ROLE = "node-role.kubernetes.io/";
    private static final String GPU_TAINT = "gpu=true:NoSchedule";

    private RigNamespace ml;

    @AfterEach
    void tearDown() {
        if (ml != null) {
            ml.close();
        }
    }

    /** A node group, node or role of this test alone: {@code batch} becomes {@code t-1a2b3c4d-batch}. */
    private String own(String name) {
        return ns + "-" + name;
    }

    @Test
    void theJsonSaysForEveryWorkloadAndGroupOnHowManyNodesItMayRunOrWhatKeepsItOff() {
        seed();

        JsonNode placement = team.reader().get("/api/k8s/nodes/" + c + "/placement").assertStatus(200).json();

        assertThat(placement.get("group_label").asString()).isEqualTo(POOL);
        assertThat(ours(placement.get("groups"), "name")).isEqualTo("["
                + group(own("batch"), true, nodes("batch-1", "batch-2"), "[]") + ","
                + group(own("general"), true, nodes("general-1", "general-2", "general-3"), "[]") + ","
                + group(own("gpu"), true, nodes("gpu-1", "gpu-2"), "[\"" + GPU_TAINT + "\"]") + "]");
        JsonNode unlabelled = unlabelled(placement);
        assertThat(unlabelled.get("labelled").asBoolean()).isFalse();
        assertThat(names(unlabelled.get("nodes"))).contains(own("legacy-1"), "node-a", "node-b");
        int others = unlabelled.get("nodes").size();

        assertThat(ours(placement.get("unconstrained"), "group")).isEqualTo("["
                + cell(own("batch"), "allowed", 1, 2, "") + "," + cell(own("general"), "allowed", 3, 3, "") + ","
                + cell(own("gpu"), "repelled", 0, 2, GPU_TAINT) + "]");
        JsonNode anyPod = unlabelledCell(placement.get("unconstrained"));
        assertThat(anyPod.get("verdict").asString()).isEqualTo("allowed");
        assertThat(anyPod.get("nodes").asInt()).isEqualTo(others);
        assertThat(anyPod.get("schedulable_nodes").asInt()).isPositive();

        List<JsonNode> workloads = ourWorkloads(placement);
        assertThat(workloads).as("web goes where any pod goes").extracting(w -> w.get("name").asString())
                .containsExactly("db", "train");
        assertThat(row(workloads.get(0))).isEqualTo(workload(ns, "statefulset", "db",
                cell(own("batch"), "excluded", 0, 2, "disktype=ssd"), cell(own("general"), "pinned", 3, 3, ""),
                cell(own("gpu"), "excluded", 0, 2, "disktype=ssd")));
        assertThat(unlabelledCell(workloads.get(0).get("cells")).toString())
                .isEqualTo(cell("", "excluded", 0, others, "disktype=ssd"));
        assertThat(row(workloads.get(1))).isEqualTo(workload(ml.name(), "deployment", "train",
                cell(own("batch"), "allowed", 1, 2, ""), cell(own("general"), "allowed", 3, 3, ""),
                cell(own("gpu"), "allowed", 2, 2, "")));
        assertThat(unlabelledCell(workloads.get(1).get("cells")).get("verdict").asString()).isEqualTo("allowed");

        JsonNode all = team.reader().get("/api/k8s/nodes/" + c + "/placement?all=true").assertStatus(200).json();
        List<JsonNode> allOurs = ourWorkloads(all);
        assertThat(allOurs).extracting(w -> w.get("name").asString()).containsExactly("web", "db", "train");
        assertThat(row(allOurs.get(0))).isEqualTo(workload(ns, "deployment", "web",
                cell(own("batch"), "allowed", 1, 2, ""), cell(own("general"), "allowed", 3, 3, ""),
                cell(own("gpu"), "repelled", 0, 2, GPU_TAINT)));
    }

    @Test
    void theGroupingAndTheNamespaceCanBeChosen() {
        seed();

        JsonNode byHost = team.reader().get("/api/k8s/nodes/" + c + "/placement?group=kubernetes.io/hostname&namespace="
                + ns).assertStatus(200).json();

        assertThat(byHost.get("group_label").asString()).isEqualTo("kubernetes.io/hostname");
        List<String> hosts = names(byHost.get("groups").valueStream().map(g -> g.get("name")).toList());
        assertThat(hosts).contains("node-a", "node-b");
        assertThat(hosts.stream().filter(name -> name.startsWith(ns + "-"))).containsExactly(own("batch-1"),
                own("batch-2"), own("general-1"), own("general-2"), own("general-3"), own("gpu-1"), own("gpu-2"),
                own("legacy-1"));
        assertThat(byHost.get("workloads").valueStream().map(w -> w.get("namespace").asString())).containsOnly(ns);
        JsonNode db = byHost.get("workloads").get(0);
        assertThat(db.get("name").asString()).isEqualTo("db");
        assertThat(db.get("cells").valueStream().filter(cell -> own("batch-1").equals(cell.get("group")
                .asString())).map(JsonNode::toString)).containsExactly(cell(own("batch-1"), "cordoned", 0, 1, ""));

        JsonNode byRole = team.reader().get("/api/k8s/nodes/" + c + "/placement?group=" + ROLE).assertStatus(200).json();
        List<JsonNode> roles = byRole.get("groups").valueStream().toList();
        assertThat(roles).filteredOn(g -> g.get("name").asString().equals(own("worker")))
                .singleElement().satisfies(g -> {
                    assertThat(g.get("labelled").asBoolean()).isTrue();
                    assertThat(names(g.get("nodes"))).containsExactly(own("gpu-1"), own("gpu-2"));
                });
        assertThat(roles.get(roles.size() - 1).get("name").asString() + ":"
                + roles.get(roles.size() - 1).get("labelled").asBoolean()).isEqualTo(":false");
    }

    @Test
    void thePageColoursEachCellAndHidesTheWorkloadsThatGoWhereAnyPodGoes() {
        seed();
        assertThat(team.reader().get("/nodes/" + c).assertStatus(200).body())
                .contains("href=\"/nodes/" + c + "/placement\"");

        String page = team.reader().get("/nodes/" + c + "/placement").assertStatus(200).body();

        assertThat(page).contains("pinned 3/3", "repelled " + GPU_TAINT, "excluded disktype=ssd", "allowed 1/2",
                "class=\"fit fit-pinned\"", "class=\"fit fit-repelled\"", "class=\"fit fit-excluded\"",
                "(no label)", "2 nodes", "<code class=\"taint\">" + GPU_TAINT + "</code>",
                "href=\"/k8s/" + c + "/" + ns + "/statefulset/db\"",
                "href=\"/k8s/" + c + "/" + ml.name() + "/deployment/train\"",
                "id=\"unconstrained\"", "Any pod without constraints",
                "href=\"/nodes/" + c + "/placement?namespace=&amp;group=" + POOL + "&amp;all=true\"",
                "id=\"legend\"", "the nodes are cordoned and take no new pods",
                "<option value=\"" + POOL + "\" selected=\"selected\">" + POOL + "</option>",
                "<option value=\"" + ROLE + "\">")
                .containsPattern("\\d+ other workloads? may run exactly where pods without constraints may.")
                .doesNotContain("/k8s/" + c + "/" + ns + "/deployment/web\"");
        String all = team.reader().get("/nodes/" + c + "/placement?all=true").assertStatus(200).body();
        assertThat(all).contains("href=\"/k8s/" + c + "/" + ns + "/deployment/web\"", "allowed 2/2",
                "Show only the workloads whose constraints change where they may run")
                .doesNotContain("may run exactly where pods without constraints may");
        String web = team.reader().get("/nodes/" + c + "/placement?namespace=" + ns + "&group=" + POOL).assertStatus(200)
                .body();
        assertThat(web).contains("href=\"/k8s/" + c + "/" + ns + "/statefulset/db\"",
                "1 other workload may run exactly where pods without constraints may.");
        String byHost = team.reader().get("/nodes/" + c + "/placement?group=kubernetes.io/hostname").body();
        assertThat(byHost).contains("cordoned", "class=\"fit fit-cordoned\"");
    }

    @Test
    void aNamespaceWithoutWorkloadsSaysSo() {
        try (RigNamespace empty = RigNamespace.open()) {
            assertThat(team.reader().get("/nodes/" + c + "/placement?namespace=" + empty.name()).assertStatus(200).body())
                    .contains("There is no Deployment, StatefulSet or DaemonSet here.")
                    .doesNotContain("The cluster has no nodes.");
            JsonNode placement = team.reader().get("/api/k8s/nodes/" + c + "/placement?namespace=" + empty.name()).json();
            assertThat(placement.get("workloads")).isEmpty();
            assertThat(placement.get("groups")).isNotEmpty();
        }
    }

    /**
     * On a fake: the shared rig always has nodes, and its nodes carry node.kubernetes.io/instance-type, one of the
     * default group labels, so neither an empty cluster nor the fallback to one group per host can be shown there.
     */
    @Test
    void withoutNodesThePageSaysSoAndWithoutGroupLabelsEachNodeIsAGroup() {
        try (FakeCluster empty = FakeCluster.withCannedAnswers().answeringVersion("v1.31.2")) {
            String name = "empty" + UUID.randomUUID().toString().substring(0, 6);
            f.signedIn(f.user("root", Permissions.ADMINISTRATOR)).postJson("/api/admin/clusters",
                    Map.of("name", name, "kubeconfig_content", empty.kubeconfig().text())).assertStatus(201);
            WebSession viewer = f.signedIn(f.user("reader", Permissions.perCluster(Map.of(ClusterName.of(name),
                    AccessLevel.READ))));
            assertThat(viewer.get("/nodes/" + name + "/placement").assertStatus(200).body())
                    .contains("The cluster has no nodes.").doesNotContain("id=\"placement\"");
            assertThat(viewer.get("/api/k8s/nodes/" + name + "/placement").json().get("groups")).isEmpty();

            empty.objects().nodes().resource(new NodeBuilder().withNewMetadata().withName("plain-1")
                    .addToLabels("kubernetes.io/hostname", "plain-1").endMetadata().withNewStatus().addNewCondition()
                    .withType("Ready").withStatus("True").endCondition().endStatus().build()).create();

            assertThat(viewer.get("/nodes/" + name + "/placement?namespace=nothing-here").assertStatus(200).body())
                    .contains("There is no Deployment, StatefulSet or DaemonSet here.")
                    .doesNotContain("The cluster has no nodes.");
            JsonNode fallback = viewer.get("/api/k8s/nodes/" + name + "/placement?namespace=nothing-here").json();
            assertThat(fallback.get("group_label").asString()).isEqualTo("kubernetes.io/hostname");
            assertThat(fallback.get("groups").toString()).isEqualTo("[" + group("plain-1", true, "[\"plain-1\"]",
                    "[]") + "]");
            assertThat(fallback.get("workloads")).isEmpty();
        }
    }

    @Test
    void aBadGroupLabelOrNamespaceIsRefusedNamingTheField() {
        assertThat(team.reader().get("/api/k8s/nodes/" + c + "/placement?group=bad%20key").assertStatus(400).json()
                .get("field").asString()).isEqualTo("group");
        assertThat(team.reader().get("/api/k8s/nodes/" + c + "/placement?namespace=Not_A_Namespace").assertStatus(400)
                .json().get("field").asString()).isEqualTo("namespace");
        assertThat(team.reader().get("/nodes/" + c + "/placement?group=bad%20key").assertStatus(200).body())
                .contains("&#39;bad key&#39; is neither a label key").doesNotContain("id=\"placement\"");
    }

    @Test
    void aUserWithoutAccessToTheClusterIsAnsweredAsIfItDidNotExist() {
        seed();
        String otherName = f.user("other", Permissions.perCluster(Map.of(ClusterName.of("elsewhere"),
                AccessLevel.ADMIN)));
        WebSession other = f.signedIn(otherName);

        other.get("/nodes/" + c).assertStatus(404);
        assertThat(other.get("/nodes/" + c + "/placement").assertStatus(404).body()).doesNotContain(own("gpu-1"));
        other.get("/api/k8s/nodes/" + c + "/placement").assertStatus(404);

        assertThat(f.auditCount("denied", otherName)).as("each refusal audited").isEqualTo(3);
    }

    private void seed() {
        List<Node> nodes = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            nodes.add(node("general-" + i, Map.of(POOL, own("general"), "disktype", "ssd"), List.of(), false));
        }
        nodes.add(node("gpu-1", Map.of(POOL, own("gpu"), ROLE + own("worker"), ""), List.of(GPU_TAINT), false));
        nodes.add(node("gpu-2", Map.of(POOL, own("gpu"), ROLE + own("worker"), ""), List.of(GPU_TAINT), false));
        nodes.add(node("batch-1", Map.of(POOL, own("batch"), "disktype", "hdd"), List.of(), true));
        nodes.add(node("batch-2", Map.of(POOL, own("batch"), "disktype", "hdd"), List.of(), false));
        nodes.add(node("legacy-1", Map.of(), List.of(), false));
        cluster.nodes(nodes);

        cluster.objects().apps().statefulSets().inNamespace(ns).resource(new StatefulSetBuilder()
                .withNewMetadata().withName("db").endMetadata().withNewSpec().withServiceName("db")
                .withNewSelector().addToMatchLabels("app", "db").endSelector().withNewTemplate().withNewMetadata()
                .addToLabels("app", "db").endMetadata().withNewSpec().addToNodeSelector("disktype", "ssd")
                .addNewContainer().withName("db").withImage("postgres:17").endContainer().endSpec().endTemplate()
                .endSpec().build()).create();
        ml = RigNamespace.open(ns + "-ml");
        ml.objects().apps().deployments().inNamespace(ml.name()).resource(new DeploymentBuilder().withNewMetadata()
                .withName("train").endMetadata().withNewSpec().withNewSelector().addToMatchLabels("app", "train")
                .endSelector().withNewTemplate().withNewMetadata().addToLabels("app", "train").endMetadata()
                .withNewSpec().withTolerations(new TolerationBuilder().withKey("gpu").withOperator("Equal")
                        .withValue("true").withEffect("NoSchedule").build())
                .addNewContainer().withName("train").withImage("trainer:1").endContainer().endSpec().endTemplate()
                .endSpec().build()).create();
    }

    /** A node of this test with its hostname label, the given taints (key=value:Effect) and cordoned or not. */
    private Node node(String name, Map<String, String> labels, List<String> taints, boolean cordoned) {
        Map<String, String> all = new HashMap<>(labels);
        all.put("kubernetes.io/hostname", own(name));
        return new NodeBuilder().withNewMetadata().withName(own(name)).withLabels(all).endMetadata().withNewSpec()
                .withUnschedulable(cordoned ? true : null)
                .withTaints(taints.stream().map(taint -> new TaintBuilder()
                        .withKey(taint.substring(0, taint.indexOf('=')))
                        .withValue(taint.substring(taint.indexOf('=') + 1, taint.indexOf(':')))
                        .withEffect(taint.substring(taint.indexOf(':') + 1)).build()).toList())
                .endSpec().build();
    }

    /** This test's groups, or cells of them, from a JSON array, as JSON text. */
    private String ours(JsonNode array, String field) {
        Set<String> groups = Set.of(own("batch"), own("general"), own("gpu"));
        return array.valueStream().filter(item -> groups.contains(item.get(field).asString()))
                .map(JsonNode::toString).collect(Collectors.joining(",", "[", "]"));
    }

    /** The group of the nodes without the group label: this test's legacy node, the rig's and others'. */
    private static JsonNode unlabelled(JsonNode placement) {
        return placement.get("groups").valueStream().filter(group -> group.get("name").asString().isEmpty())
                .findFirst().orElseThrow();
    }

    private static JsonNode unlabelledCell(JsonNode cells) {
        return cells.valueStream().filter(cell -> cell.get("group").asString().isEmpty()).findFirst().orElseThrow();
    }

    /** The workload rows of this test's two namespaces, in the order given. */
    private List<JsonNode> ourWorkloads(JsonNode placement) {
        Predicate<JsonNode> ours = row -> Set.of(ns, ml.name()).contains(row.get("namespace").asString());
        return placement.get("workloads").valueStream().filter(ours).toList();
    }

    /** A workload row with only the cells of this test's groups. */
    private String row(JsonNode workload) {
        return "{\"namespace\":" + workload.get("namespace") + ",\"kind\":" + workload.get("kind") + ",\"name\":"
                + workload.get("name") + ",\"cells\":" + ours(workload.get("cells"), "group") + "}";
    }

    private String nodes(String... names) {
        return List.of(names).stream().map(name -> "\"" + own(name) + "\"")
                .collect(Collectors.joining(",", "[", "]"));
    }

    private static List<String> names(JsonNode array) {
        return names(array.valueStream().toList());
    }

    private static List<String> names(List<JsonNode> items) {
        return items.stream().map(JsonNode::asString).toList();
    }

    private static String group(String name, boolean labelled, String nodes, String taints) {
        return "{\"name\":\"" + name + "\",\"labelled\":" + labelled + ",\"nodes\":" + nodes + ",\"taints\":"
                + taints + "}";
    }

    private static String workload(String namespace, String kind, String name, String... cells) {
        return "{\"namespace\":\"" + namespace + "\",\"kind\":\"" + kind + "\",\"name\":\"" + name
                + "\",\"cells\":[" + String.join(",", cells) + "]}";
    }

    private static String cell(String group, String verdict, int schedulable, int nodes, String detail) {
        return "{\"group\":\"" + group + "\",\"verdict\":\"" + verdict + "\",\"schedulable_nodes\":" + schedulable
                + ",\"nodes\":" + nodes + ",\"detail\":\"" + detail + "\"}";
    }

    @Test
    void theAffinityMatrixShowsWhichWorkloadsAttractOrRepelWhich() {
        cluster.rig().create("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: db}
                spec:
                  replicas: 0
                  selector: {matchLabels: {app: db}}
                  template:
                    metadata: {labels: {app: db}}
                    spec: {containers: [{name: db, image: postgres}]}
                ---
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: api}
                spec:
                  replicas: 0
                  selector: {matchLabels: {app: api}}
                  template:
                    metadata: {labels: {app: api}}
                    spec:
                      containers: [{name: api, image: nginx}]
                      affinity:
                        podAntiAffinity:
                          requiredDuringSchedulingIgnoredDuringExecution:
                          - {labelSelector: {matchLabels: {app: api}}, topologyKey: kubernetes.io/hostname}
                        podAffinity:
                          preferredDuringSchedulingIgnoredDuringExecution:
                          - weight: 50
                            podAffinityTerm:
                              labelSelector: {matchExpressions: [{key: app, operator: In, values: [db]}]}
                              topologyKey: topology.kubernetes.io/zone
                          - weight: 10
                            podAffinityTerm: {labelSelector: {matchLabels: {app: nothing}}, topologyKey: kubernetes.io/hostname}
                """);
        JsonNode map = team.reader().get("/api/k8s/nodes/" + c + "/affinity?namespace=" + ns).assertStatus(200).json();
        assertThat(map.get("workloads").valueStream().map(w -> w.get("name").asString()).toList())
                .as("web names nobody and nobody names it").containsExactlyInAnyOrder("api", "db");
        assertThat(map.get("links").valueStream().map(link -> link.get("from").get("name").asString() + " "
                + link.get("type").asString() + " " + link.get("to").get("name").asString() + " "
                + link.get("required").asBoolean() + " " + link.get("weight").asInt() + " "
                + link.get("topology_key").asString()).toList()).containsExactly(
                "api affinity db false 50 topology.kubernetes.io/zone",
                "api anti_affinity api true 0 kubernetes.io/hostname");
        assertThat(map.get("unmatched").get(0).get("selector").asString()).isEqualTo("app in (nothing)");

        String page = team.reader().get("/nodes/" + c + "/affinity?namespace=" + ns).assertStatus(200).body();
        assertThat(page).contains("id=\"affinity-matrix\"", "repels · hostname", "attracts · zone (preferred, weight 50)",
                "id=\"affinity-unmatched\"");
        assertThat(team.reader().get("/nodes/" + c + "/placement").body()).contains("id=\"affinity-link\"");
    }
}
