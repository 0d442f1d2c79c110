package org.kubedeck.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.TaintBuilder;
import io.fabric8.kubernetes.api.model.TolerationBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kubedeck.bootstrap.web.WebTestSupport.Fixtures;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.user.AccessLevel;
import org.kubedeck.domain.user.Permissions;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The placement page and its JSON over HTTP against an in-process Kubernetes API. Nodes are grouped by
 * {@code eks.amazonaws.com/nodegroup}, the first default group label they carry: batch (one of two cordoned),
 * general (disktype=ssd), gpu (tainted gpu=true:NoSchedule) and a node without the label. Namespace "shop" holds the
 * unconstrained Deployment web and the StatefulSet db that wants disktype=ssd; "ml" holds the Deployment train,
 * which tolerates the gpu taint.
 */
@WebTest
class NodePlacementWebTest {

    private static final String POOL = "eks.amazonaws.com/nodegroup";
    private static final String GPU_TAINT = "gpu=true:NoSchedule";

    @Autowired
    Fixtures f;

    private YamlCluster cluster;
    private String c;
    private String readerName;
    private WebSession reader;

    @BeforeEach
    void setUp() {
        cluster = new YamlCluster(f.signedIn(f.user("root", Permissions.ADMINISTRATOR)));
        c = cluster.name();
        readerName = f.user("reader", Permissions.perCluster(Map.of(ClusterName.of(c), AccessLevel.READ)));
        reader = f.signedIn(readerName);
    }

    @AfterEach
    void tearDown() {
        cluster.close();
    }

    @Test
    void theJsonSaysForEveryWorkloadAndGroupOnHowManyNodesItMayRunOrWhatKeepsItOff() {
        seed();

        JsonNode placement = reader.get("/api/k8s/nodes/" + c + "/placement").assertStatus(200).json();

        assertThat(placement.get("group_label").asString()).isEqualTo(POOL);
        assertThat(placement.get("groups").toString()).isEqualTo("["
                + group("batch", true, "[\"batch-1\",\"batch-2\"]", "[]") + ","
                + group("general", true, "[\"general-1\",\"general-2\",\"general-3\"]", "[]") + ","
                + group("gpu", true, "[\"gpu-1\",\"gpu-2\"]", "[\"" + GPU_TAINT + "\"]") + ","
                + group("", false, "[\"legacy-1\"]", "[]") + "]");
        assertThat(placement.get("unconstrained").toString()).isEqualTo("[" + cell("batch", "allowed", 1, 2, "")
                + "," + cell("general", "allowed", 3, 3, "") + "," + cell("gpu", "repelled", 0, 2, GPU_TAINT) + ","
                + cell("", "allowed", 1, 1, "") + "]");
        assertThat(placement.get("workloads").toString()).as("web goes where any pod goes").isEqualTo("["
                + workload("ml", "deployment", "train", cell("batch", "allowed", 1, 2, ""),
                        cell("general", "allowed", 3, 3, ""), cell("gpu", "allowed", 2, 2, ""),
                        cell("", "allowed", 1, 1, "")) + ","
                + workload("shop", "statefulset", "db", cell("batch", "excluded", 0, 2, "disktype=ssd"),
                        cell("general", "pinned", 3, 3, ""), cell("gpu", "excluded", 0, 2, "disktype=ssd"),
                        cell("", "excluded", 0, 1, "disktype=ssd")) + "]");

        JsonNode all = reader.get("/api/k8s/nodes/" + c + "/placement?all=true").assertStatus(200).json();
        assertThat(all.get("workloads").get(1).toString()).isEqualTo(workload("shop", "deployment", "web",
                cell("batch", "allowed", 1, 2, ""), cell("general", "allowed", 3, 3, ""),
                cell("gpu", "repelled", 0, 2, GPU_TAINT), cell("", "allowed", 1, 1, "")));
        assertThat(all.get("workloads")).hasSize(3);
    }

    @Test
    void theGroupingAndTheNamespaceCanBeChosen() {
        seed();

        JsonNode byHost = reader.get("/api/k8s/nodes/" + c + "/placement?group=kubernetes.io/hostname&namespace=shop")
                .assertStatus(200).json();

        assertThat(byHost.get("group_label").asString()).isEqualTo("kubernetes.io/hostname");
        assertThat(byHost.get("groups").valueStream().map(g -> g.get("name").asString())).containsExactly(
                "batch-1", "batch-2", "general-1", "general-2", "general-3", "gpu-1", "gpu-2", "legacy-1");
        assertThat(byHost.get("workloads").get(0).get("cells").get(0).toString())
                .isEqualTo(cell("batch-1", "cordoned", 0, 1, ""));
        assertThat(byHost.get("workloads").valueStream().map(w -> w.get("namespace").asString()))
                .containsOnly("shop");
        JsonNode byRole = reader.get("/api/k8s/nodes/" + c + "/placement?group=node-role.kubernetes.io/")
                .assertStatus(200).json();
        assertThat(byRole.get("groups").valueStream().map(g -> g.get("name").asString() + ":"
                + g.get("labelled").asBoolean())).containsExactly("worker:true", ":false");
    }

    @Test
    void thePageColoursEachCellAndHidesTheWorkloadsThatGoWhereAnyPodGoes() {
        seed();
        assertThat(reader.get("/nodes/" + c).assertStatus(200).body())
                .contains("href=\"/nodes/" + c + "/placement\"");

        String page = reader.get("/nodes/" + c + "/placement").assertStatus(200).body();

        assertThat(page).contains("pinned 3/3", "repelled " + GPU_TAINT, "excluded disktype=ssd", "allowed 1/2",
                "class=\"fit fit-pinned\"", "class=\"fit fit-repelled\"", "class=\"fit fit-excluded\"",
                "(no label)", "2 nodes", "<code class=\"taint\">" + GPU_TAINT + "</code>",
                "href=\"/k8s/" + c + "/shop/statefulset/db\"", "href=\"/k8s/" + c + "/ml/deployment/train\"",
                "id=\"unconstrained\"", "Any pod without constraints",
                "1 other workload may run exactly where pods without constraints may.",
                "href=\"/nodes/" + c + "/placement?namespace=&amp;group=" + POOL + "&amp;all=true\"",
                "id=\"legend\"", "the nodes are cordoned and take no new pods",
                "<option value=\"" + POOL + "\" selected=\"selected\">" + POOL + "</option>",
                "<option value=\"node-role.kubernetes.io/\">")
                .doesNotContain("/k8s/" + c + "/shop/deployment/web\"");
        String all = reader.get("/nodes/" + c + "/placement?all=true").assertStatus(200).body();
        assertThat(all).contains("href=\"/k8s/" + c + "/shop/deployment/web\"", "allowed 2/2",
                "Show only the workloads whose constraints change where they may run")
                .doesNotContain("other workload may run");
        String web = reader.get("/nodes/" + c + "/placement?namespace=shop&group=" + POOL).assertStatus(200).body();
        assertThat(web).contains("href=\"/k8s/" + c + "/shop/statefulset/db\"", "1 other workload");
        String byHost = reader.get("/nodes/" + c + "/placement?group=kubernetes.io/hostname").body();
        assertThat(byHost).contains("cordoned", "class=\"fit fit-cordoned\"");
    }

    @Test
    void withoutNodesOrWorkloadsThePageSaysSo() {
        assertThat(reader.get("/nodes/" + c + "/placement").assertStatus(200).body())
                .contains("The cluster has no nodes.").doesNotContain("id=\"placement\"");
        assertThat(reader.get("/api/k8s/nodes/" + c + "/placement").json().get("groups")).isEmpty();

        node("plain-1", Map.of(), List.of(), false);

        assertThat(reader.get("/nodes/" + c + "/placement?namespace=nothing-here").assertStatus(200).body())
                .contains("There is no Deployment, StatefulSet or DaemonSet here.")
                .doesNotContain("The cluster has no nodes.");
        JsonNode fallback = reader.get("/api/k8s/nodes/" + c + "/placement?namespace=nothing-here").json();
        assertThat(fallback.get("group_label").asString()).isEqualTo("kubernetes.io/hostname");
        assertThat(fallback.get("groups").toString()).isEqualTo("[" + group("plain-1", true, "[\"plain-1\"]", "[]")
                + "]");
        assertThat(fallback.get("workloads")).isEmpty();
    }

    @Test
    void aBadGroupLabelOrNamespaceIsRefusedNamingTheField() {
        seed();

        assertThat(reader.get("/api/k8s/nodes/" + c + "/placement?group=bad%20key").assertStatus(400).json()
                .get("field").asString()).isEqualTo("group");
        assertThat(reader.get("/api/k8s/nodes/" + c + "/placement?namespace=Not_A_Namespace").assertStatus(400)
                .json().get("field").asString()).isEqualTo("namespace");
        assertThat(reader.get("/nodes/" + c + "/placement?group=bad%20key").assertStatus(200).body())
                .contains("&#39;bad key&#39; is neither a label key").doesNotContain("id=\"placement\"");
    }

    @Test
    void aUserWithoutAccessToTheClusterIsAnsweredAsIfItDidNotExist() {
        seed();
        String otherName = f.user("other", Permissions.perCluster(Map.of(ClusterName.of("elsewhere"),
                AccessLevel.ADMIN)));
        WebSession other = f.signedIn(otherName);

        other.get("/nodes/" + c).assertStatus(404);
        assertThat(other.get("/nodes/" + c + "/placement").assertStatus(404).body()).doesNotContain("gpu-1");
        other.get("/api/k8s/nodes/" + c + "/placement").assertStatus(404);

        assertThat(f.auditCount("denied", otherName)).as("each refusal audited").isEqualTo(3);
    }

    private void seed() {
        for (int i = 1; i <= 3; i++) {
            node("general-" + i, Map.of(POOL, "general", "disktype", "ssd"), List.of(), false);
        }
        node("gpu-1", Map.of(POOL, "gpu", "node-role.kubernetes.io/worker", ""), List.of(GPU_TAINT), false);
        node("gpu-2", Map.of(POOL, "gpu", "node-role.kubernetes.io/worker", ""), List.of(GPU_TAINT), false);
        node("batch-1", Map.of(POOL, "batch", "disktype", "hdd"), List.of(), true);
        node("batch-2", Map.of(POOL, "batch", "disktype", "hdd"), List.of(), false);
        node("legacy-1", Map.of(), List.of(), false);

        cluster.objects().apps().statefulSets().inNamespace("shop").resource(new StatefulSetBuilder()
                .withNewMetadata().withName("db").endMetadata().withNewSpec().withNewSelector()
                .addToMatchLabels("app", "db").endSelector().withNewTemplate().withNewMetadata()
                .addToLabels("app", "db").endMetadata().withNewSpec().addToNodeSelector("disktype", "ssd")
                .addNewContainer().withName("db").withImage("postgres:17").endContainer().endSpec().endTemplate()
                .endSpec().build()).create();
        cluster.objects().namespaces().resource(new NamespaceBuilder().withNewMetadata().withName("ml")
                .endMetadata().build()).create();
        Deployment train = new DeploymentBuilder().withNewMetadata().withName("train").endMetadata().withNewSpec()
                .withNewSelector().addToMatchLabels("app", "train").endSelector().withNewTemplate()
                .withNewMetadata().addToLabels("app", "train").endMetadata().withNewSpec()
                .withTolerations(new TolerationBuilder().withKey("gpu").withOperator("Equal").withValue("true")
                        .withEffect("NoSchedule").build())
                .addNewContainer().withName("train").withImage("trainer:1").endContainer().endSpec().endTemplate()
                .endSpec().build();
        cluster.objects().apps().deployments().inNamespace("ml").resource(train).create();
    }

    /** A Ready node with its hostname label, the given taints (key=value:Effect) and cordoned or not. */
    private void node(String name, Map<String, String> labels, List<String> taints, boolean cordoned) {
        Map<String, String> all = new HashMap<>(labels);
        all.put("kubernetes.io/hostname", name);
        cluster.objects().nodes().resource(new NodeBuilder().withNewMetadata().withName(name).withLabels(all)
                .endMetadata().withNewSpec().withUnschedulable(cordoned ? true : null)
                .withTaints(taints.stream().map(taint -> new TaintBuilder()
                        .withKey(taint.substring(0, taint.indexOf('=')))
                        .withValue(taint.substring(taint.indexOf('=') + 1, taint.indexOf(':')))
                        .withEffect(taint.substring(taint.indexOf(':') + 1)).build()).toList())
                .endSpec().withNewStatus().addNewCondition().withType("Ready").withStatus("True").endCondition()
                .endStatus().build()).create();
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
}
