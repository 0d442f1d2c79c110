package org.kubedeck.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Affinity;
import io.fabric8.kubernetes.api.model.AffinityBuilder;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.TolerationBuilder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Changing a workload's node selector, required node affinity and tolerations through the workload page's form
 * and the JSON API, over HTTP against the shared Kubernetes rig, the template read back from the API server.
 */
@WebTest
class SchedulingWebTest extends YamlClusterWebTest {

    @BeforeEach
    void setUp() {
        // No replicas: no node has disktype=ssd, and pods that wait for one would keep the controller busy.
        cluster.editWebOutsideTheConsole(web -> {
            web.getSpec().setReplicas(0);
            PodSpec spec = web.getSpec().getTemplate().getSpec();
            spec.setNodeSelector(Map.of("disktype", "ssd"));
            spec.setAffinity(preferringGpusAndSpreadingOverHosts());
            spec.setTolerations(List.of(new TolerationBuilder().withKey("dedicated").withOperator("Equal")
                    .withValue("shop").withEffect("NoSchedule").build()));
            return web;
        });
        cluster.settled(0);
    }

    private static Affinity preferringGpusAndSpreadingOverHosts() {
        return new AffinityBuilder().withNewNodeAffinity()
                .addNewPreferredDuringSchedulingIgnoredDuringExecution().withWeight(50).withNewPreference()
                .addNewMatchExpression().withKey("gpu").withOperator("Exists").endMatchExpression().endPreference()
                .endPreferredDuringSchedulingIgnoredDuringExecution().endNodeAffinity()
                .withNewPodAntiAffinity().addNewRequiredDuringSchedulingIgnoredDuringExecution()
                .withTopologyKey("kubernetes.io/hostname").withNewLabelSelector().addToMatchLabels("app", "web")
                .endLabelSelector().endRequiredDuringSchedulingIgnoredDuringExecution().endPodAntiAffinity()
                .build();
    }

    private PodSpec template() {
        return cluster.web().getSpec().getTemplate().getSpec();
    }

    private String page() {
        return "/k8s/" + c + "/" + ns + "/deployment/web";
    }

    private String api(String kind, String name) {
        return "/api/k8s/scheduling/" + c + "/" + ns + "/" + kind + "/" + name;
    }

    private List<JsonNode> versions() {
        List<JsonNode> items = new ArrayList<>();
        team.reader().get("/api/k8s/yaml/versions?cluster=" + c + "&namespace=" + ns + "&kind=deployment&name=web")
                .assertStatus(200).json().get("items").forEach(items::add);
        return items;
    }

    private static Map<String, String> form(String nodeSelector, String requiredNodeAffinity, String tolerations) {
        return Map.of("node_selector", nodeSelector, "required_node_affinity", requiredNodeAffinity,
                "tolerations", tolerations);
    }

    /** The template as it was seeded: what every refused change must leave. */
    private void assertUnchanged() {
        PodSpec template = template();
        assertThat(template.getNodeSelector()).isEqualTo(Map.of("disktype", "ssd"));
        assertThat(template.getAffinity()).isEqualTo(preferringGpusAndSpreadingOverHosts());
        assertThat(template.getTolerations()).singleElement()
                .satisfies(t -> assertThat(t.getKey()).isEqualTo("dedicated"));
        assertThat(f.auditCount("scheduling_changed", team.writerName())).isZero();
    }

    @Test
    void aWriterChangesSchedulingThroughTheFormAsAVersionWithItsDiff() {
        String before = team.writer().get(page()).assertStatus(200).body();
        assertThat(before).contains("id=\"scheduling-form\"", ">disktype=ssd</textarea>",
                ">dedicated=shop:NoSchedule</textarea>", "preferred (weight 50): gpu",
                "required on kubernetes.io/hostname: app=web", "/versions/" + c + "/" + ns + "/deployment/web");
        assertThat(team.reader().get(page()).assertStatus(200).body()).contains("id=\"scheduling\"")
                .doesNotContain("scheduling-form");

        Map<String, String> typed = form("pool=blue\nkubernetes.io/arch=arm64",
                "zone in (a, b), cores > 8\nfield:metadata.name=node-9", "gpu=true:NoSchedule\n*:NoExecute");
        String checked = team.writer().postForm(page() + "/scheduling", typed).assertStatus(200).body();
        assertThat(checked).as("checked first, then asked to confirm, with nothing changed yet")
                .contains("id=\"scheduling-confirm\"", "id=\"confirm-scheduling\"", "name=\"confirmed\"");
        assertUnchanged();
        Map<String, String> confirmed = new HashMap<>(typed);
        confirmed.put("confirmed", "true");

        WebSession.Response saved = team.writer().postForm(page() + "/scheduling", confirmed);

        assertThat(saved.assertStatus(302).location()).isEqualTo(page());
        PodSpec template = template();
        assertThat(template.getNodeSelector()).isEqualTo(Map.of("pool", "blue", "kubernetes.io/arch", "arm64"));
        var nodeAffinity = template.getAffinity().getNodeAffinity();
        assertThat(nodeAffinity.getRequiredDuringSchedulingIgnoredDuringExecution().getNodeSelectorTerms())
                .hasSize(2);
        assertThat(nodeAffinity.getPreferredDuringSchedulingIgnoredDuringExecution())
                .isEqualTo(preferringGpusAndSpreadingOverHosts().getNodeAffinity()
                        .getPreferredDuringSchedulingIgnoredDuringExecution());
        assertThat(template.getAffinity().getPodAntiAffinity())
                .isEqualTo(preferringGpusAndSpreadingOverHosts().getPodAntiAffinity());
        assertThat(template.getTolerations()).extracting(t -> t.getKey() + ":" + t.getEffect())
                .containsExactly("gpu:NoSchedule", "null:NoExecute");
        assertThat(template.getContainers()).singleElement()
                .satisfies(container -> assertThat(container.getImage()).isEqualTo("nginx:1.27"));

        String after = team.writer().get(page()).body();
        assertThat(after).contains("Scheduling changed and recorded as a YAML version.", "id=\"scheduling-version\"",
                "required: zone in (a, b), cores &gt; 8 or field:metadata.name=node-9", "*:NoExecute");

        List<JsonNode> history = versions();
        assertThat(history.get(0).get("author").asString()).isEqualTo(team.writerName());
        assertThat(history.get(0).get("note").asString()).isEqualTo("scheduling changed");
        String diff = team.reader().get("/api/k8s/yaml/versions/" + history.get(0).get("id").asString() + "/diff")
                .assertStatus(200).json().get("unified").asString();
        assertThat(diff.lines().filter(line -> line.startsWith("-")))
                .anySatisfy(line -> assertThat(line).contains("disktype: ssd"))
                .anySatisfy(line -> assertThat(line).contains("key: dedicated"));
        assertThat(diff.lines().filter(line -> line.startsWith("+")))
                .anySatisfy(line -> assertThat(line).contains("pool: blue"))
                .anySatisfy(line -> assertThat(line).contains("operator: Gt"))
                .noneSatisfy(line -> assertThat(line).contains("weight"));
        assertThat(f.auditCount("scheduling_changed", team.writerName())).isEqualTo(1);
        assertThat(f.jdbc().sql("select detail from audit_log where action = 'scheduling_changed' and actor = ?")
                .param(team.writerName()).query(String.class).single()).contains(
                "\"node_selector\":\"kubernetes.io/arch=arm64, pool=blue\"",
                "\"required_node_affinity\":\"zone in (a, b), cores > 8 or field:metadata.name=node-9\"",
                "\"tolerations\":\"gpu=true:NoSchedule, *:NoExecute\"");
    }

    @Test
    void theApiShowsSchedulingAndChangesOnlyThePartsItIsGiven() {
        JsonNode shown = team.reader().get(api("deployment", "web")).assertStatus(200).json();
        assertThat(shown.toString()).isEqualTo("{\"node_selector\":{\"disktype\":\"ssd\"},"
                + "\"required_node_affinity\":[],\"preferred_node_affinity\":[\"preferred (weight 50): gpu\"],"
                + "\"pod_affinity\":[],\"pod_anti_affinity\":[\"required on kubernetes.io/hostname: app=web\"],"
                + "\"tolerations\":[\"dedicated=shop:NoSchedule\"]}");

        JsonNode changed = team.writer().putJson(api("deployment", "web"), Map.of("required_node_affinity",
                List.of("zone in (a, b)"), "tolerations", List.of("gpu=true:NoSchedule"))).assertStatus(200).json();

        assertThat(changed.get("node_selector").toString()).isEqualTo("{\"disktype\":\"ssd\"}");
        assertThat(changed.get("required_node_affinity").toString()).isEqualTo("[\"zone in (a, b)\"]");
        assertThat(changed.get("preferred_node_affinity").toString())
                .isEqualTo("[\"preferred (weight 50): gpu\"]");
        assertThat(changed.get("tolerations").toString()).isEqualTo("[\"gpu=true:NoSchedule\"]");
        assertThat(template().getNodeSelector()).isEqualTo(Map.of("disktype", "ssd"));
        assertThat(template().getTolerations()).singleElement().satisfies(t -> assertThat(t.getKey() + "="
                + t.getValue() + ":" + t.getEffect()).isEqualTo("gpu=true:NoSchedule"));
        cluster.settled(0);

        JsonNode emptied = team.writer().putJson(api("deployment", "web"), Map.of("node_selector", Map.of(),
                "required_node_affinity", List.of(), "tolerations", List.of())).assertStatus(200).json();

        assertThat(emptied.get("required_node_affinity").toString()).isEqualTo("[]");
        assertThat(template().getNodeSelector()).isNullOrEmpty();
        assertThat(template().getTolerations()).isNullOrEmpty();
        assertThat(template().getAffinity().getNodeAffinity().getRequiredDuringSchedulingIgnoredDuringExecution())
                .isNull();
        assertThat(template().getAffinity().getNodeAffinity().getPreferredDuringSchedulingIgnoredDuringExecution())
                .hasSize(1);
        assertThat(f.auditCount("scheduling_changed", team.writerName())).isEqualTo(2);
        assertThat(versions()).extracting(v -> v.get("note").asString())
                .startsWith("scheduling changed", "scheduling changed");
    }

    @Test
    void readersAreRefusedAndNothingChanges() {
        team.reader().postForm(page() + "/scheduling", form("pool=blue", "", "")).assertStatus(403);
        team.reader().putJson(api("deployment", "web"), Map.of("node_selector", Map.of("pool", "blue")))
                .assertStatus(403);

        assertThat(f.auditCount("denied", team.readerName())).isEqualTo(2);
        assertUnchanged();
        assertThat(f.auditCount("scheduling_changed", team.readerName())).isZero();
    }

    @Test
    void badEntriesAreRefusedNamingTheFieldAndChangeNothing() {
        assertThat(team.writer().putJson(api("deployment", "web"), Map.of("tolerations", List.of("gpu:Sometimes")))
                .assertStatus(400).json().get("field").asString()).isEqualTo("tolerations");
        assertThat(team.writer().putJson(api("deployment", "web"), Map.of("required_node_affinity", List.of("cores > many")))
                .assertStatus(400).json().get("field").asString()).isEqualTo("required_node_affinity");
        assertThat(team.writer().putJson(api("deployment", "web"), Map.of("node_selector", Map.of("bad key", "x")))
                .assertStatus(400).json().get("field").asString()).isEqualTo("node_selector");
        Map<String, Object> nothing = new HashMap<>();
        assertThat(team.writer().putJson(api("deployment", "web"), nothing).assertStatus(400).json().get("error")
                .asString()).isEqualTo("invalid_input");

        String refused = team.writer().postForm(page() + "/scheduling",
                form("pool=blue", "zone in (a, b)", "gpu=true:NoSchedule\ngpu:Sometimes")).assertStatus(400).body();
        assertThat(refused).as("no confirmation for what does not pass").doesNotContain("scheduling-confirm");
        assertThat(refused).contains("id=\"tolerations-error\"",
                "&#39;gpu:Sometimes&#39;: &#39;Sometimes&#39; is not a taint effect", ">pool=blue</textarea>",
                ">zone in (a, b)</textarea>", "gpu=true:NoSchedule\ngpu:Sometimes</textarea>")
                .doesNotContain("id=\"node_selector-error\"");
        assertThat(team.writer().postForm(page() + "/scheduling", form("disktype", "", "")).assertStatus(400).body())
                .contains("id=\"node_selector-error\"", "&#39;disktype&#39; is not key=value.");
        assertThat(team.writer().postForm(page() + "/scheduling", form("", "zone in ()", "")).assertStatus(400).body())
                .contains("id=\"required_node_affinity-error\"");

        assertUnchanged();
    }

    @Test
    void aPodsSchedulingCannotChangeAndAnUnknownWorkloadIsNotFound() {
        cluster.objects().pods().inNamespace(ns).resource(new PodBuilder().withNewMetadata().withName("web-1")
                .endMetadata().withNewSpec().addNewContainer().withName("web").withImage("nginx:1.27").endContainer()
                .endSpec().build()).create();

        assertThat(team.writer().putJson(api("pod", "web-1"), Map.of("tolerations", List.of("gpu:NoSchedule")))
                .assertStatus(400).json().get("field").asString()).isEqualTo("kind");
        assertThat(team.writer().postForm("/k8s/" + c + "/" + ns + "/pod/web-1/scheduling",
                form("", "", "gpu:NoSchedule")).assertStatus(400).body()).contains("id=\"scheduling-error\"", "a Pod");

        team.writer().putJson(api("deployment", "ghost"), Map.of("tolerations", List.of("gpu:NoSchedule")))
                .assertStatus(404);
        team.reader().get(api("deployment", "ghost")).assertStatus(404);
        team.writer().postForm("/k8s/" + c + "/" + ns + "/deployment/ghost/scheduling", form("", "", "gpu:NoSchedule"))
                .assertStatus(404);
        assertUnchanged();
    }
}
