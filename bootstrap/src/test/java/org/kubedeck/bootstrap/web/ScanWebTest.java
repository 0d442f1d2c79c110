package org.kubedeck.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kubedeck.adapters.k8s.testing.RigNamespace;
import org.kubedeck.adapters.k8s.testing.ScanSeeds;
import org.kubedeck.application.scan.port.out.ScanStore;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.user.Permissions;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** A scan of a namespace seeded with faults, on the rig: each found, a clean workload left alone, the scan kept. */
@WebTest
class ScanWebTest extends YamlClusterWebTest {

    /** A Service whose selector matches no pod. */
    private static final String NOWHERE = """
            apiVersion: v1
            kind: Service
            metadata: {name: nowhere}
            spec:
              selector: {app: gone}
              ports: [{port: 80}]
            """;

    @Autowired
    private ScanStore store;

    @Test
    void aClustersScheduledTurnIsTakenOncePerIntervalWhateverTheReplica() {
        Instant now = Instant.parse("2026-12-07T10:00:00Z");
        ClusterName name = ClusterName.of(c);
        assertThat(store.takeTurn(name, now, Duration.ofHours(6))).isTrue();
        assertThat(store.takeTurn(name, now, Duration.ofHours(6))).as("a second replica, the same moment").isFalse();
        assertThat(store.takeTurn(name, now.plus(Duration.ofHours(5)), Duration.ofHours(6))).isFalse();
        assertThat(store.takeTurn(name, now.plus(Duration.ofHours(6)), Duration.ofHours(6))).isTrue();
    }

    @Test
    void theScanPageScansShowsTheFindingsByCheckAndWhatTheNextScanFixed() {
        String page = "/scans/" + c + "?namespace=" + ns;
        assertThat(team.reader().get(page).assertStatus(200).body()).contains("id=\"no-scan\"");
        cluster.rig().create(NOWHERE);
        team.reader().postForm("/scans/" + c, Map.of("namespace", ns)).assertStatus(302);
        String first = team.reader().get(page).body();
        assertThat(first).contains("id=\"score\"", "id=\"check-service-selects-nothing\"", "services " + ns
                + "/nowhere").doesNotContain("id=\"scan-diff\"");
        assertThat(f.signedIn(team.readerName()).get(page + "&lang=zh_CN").body())
                .as("a check's suggestion in Chinese")
                .contains("设置 resources.requests（cpu、内存）");

        cluster.objects().services().inNamespace(ns).withName("nowhere").delete();
        team.reader().postForm("/scans/" + c, Map.of("namespace", ns)).assertStatus(302);
        String second = team.reader().get(page).body();
        assertThat(second).contains("id=\"scan-diff\"", "0 new, 1 fixed", "id=\"scan-fixed\"")
                .doesNotContain("id=\"check-service-selects-nothing\"");
        assertThat(second.split("class=\"bar ", -1)).as("two scores in the trend").hasSize(3);
        assertThat(team.reader().get("/k8s/" + c + "/" + ns).body()).contains("id=\"scan-link\"");
    }

    @Test
    void aScanFindsEachSeededFaultAndNothingOnACleanWorkload() {
        // The adapter's test holds one object per check; here they go through the whole console.
        cluster.rig().create(ScanSeeds.SEEDS);
        // Until tidy's pods are ready, its budget rightly allows no eviction.
        RigNamespace.await(RigNamespace.SETTLE, () -> {
            PodDisruptionBudget budget = cluster.objects().policy().v1().podDisruptionBudget().inNamespace(ns)
                    .withName("tidy").get();
            return budget.getStatus() != null && Integer.valueOf(1).equals(budget.getStatus().getDisruptionsAllowed());
        });
        JsonNode scan = team.reader().postJson("/api/k8s/mcp/cluster/scan", Map.of("cluster", c, "namespace", ns))
                .assertStatus(200).json();

        List<String> found = scan.get("findings").valueStream().map(finding -> finding.get("check").asString() + " "
                + finding.get("name").asString()).toList();
        assertThat(found).contains("no-requests web", "no-readiness-probe web", "image-latest lonely",
                "single-replica lonely", "service-selects-nothing nowhere", "unused-configmap settings",
                "unused-secret tokens", "ingress-missing-service front", "runs-as-root web");
        assertThat(found).as("a clean workload").noneMatch(finding -> finding.endsWith(" tidy"));
        JsonNode first = scan.get("findings").get(0);
        assertThat(first.get("severity").asString()).isIn("critical", "high", "medium", "low", "info");
        assertThat(first.get("suggestion").asString()).isNotBlank();
        assertThat(scan.get("score").asInt()).isBetween(0, 99);

        String id = scan.get("id").asString();
        assertThat(f.jdbc().sql("select count(*) from scan_findings where scan_id = ?::uuid").param(id)
                .query(Long.class).single()).isEqualTo(scan.get("findings").size());
        assertThat(f.jdbc().sql("select namespace from scans where id = ?::uuid").param(id).query(String.class)
                .single()).isEqualTo(ns);
        f.signedIn(f.user("outsider", Permissions.NONE)).postJson("/api/k8s/mcp/cluster/scan",
                Map.of("cluster", c)).assertStatus(404);
        assertThat(team.reader().postJson("/api/k8s/mcp/cluster/scan", Map.of("cluster", c, "namespace", "Bad_Ns"))
                .assertStatus(400).json().get("field").asString()).isEqualTo("namespace");
    }

    @Test
    void aWriterSilencesACheckWithAReasonAReaderMayNotAndTheNextScanLeavesItOut() {
        String silences = "/api/k8s/mcp/cluster/silences";
        Map<String, String> silence = Map.of("cluster", c, "check", "no-requests", "namespace", ns, "name", "web",
                "reason", "sized by the vertical autoscaler");
        team.reader().postJson(silences, silence).assertStatus(403);
        assertThat(f.jdbc().sql("select count(*) from scan_silences where cluster = ?").param(c).query(Long.class)
                .single())
                .as("nothing kept").isZero();
        assertThat(team.writer().postJson(silences, Map.of("cluster", c, "check", "no-requests", "namespace", ns,
                "name", "web", "reason", " ")).assertStatus(400).json().get("field").asString()).isEqualTo("reason");
        assertThat(team.writer().postJson(silences, Map.of("cluster", c, "check", "no-such-check", "namespace", ns,
                "reason", "x")).assertStatus(400).json().get("field").asString()).isEqualTo("check");

        String id = team.writer().postJson(silences, silence).assertStatus(201).json().get("id").asString();
        assertThat(f.auditCount("check_silenced", team.writerName())).isOne();
        JsonNode scan = team.reader().postJson("/api/k8s/mcp/cluster/scan", Map.of("cluster", c, "namespace", ns))
                .json();
        assertThat(scan.get("silenced").asInt()).isOne();
        assertThat(scan.get("findings").valueStream().map(finding -> finding.get("check").asString() + " "
                + finding.get("name").asString())).doesNotContain("no-requests web").contains("no-limits web");
        assertThat(team.reader().get("/scans/" + c + "?namespace=" + ns).body()).contains("id=\"silences\"",
                "sized by the vertical autoscaler", "id=\"scan-silenced\"");

        team.reader().delete(silences + "/" + id + "?cluster=" + c).assertStatus(403);
        team.writer().delete(silences + "/" + id + "?cluster=" + c).assertStatus(204);
        assertThat(team.reader().postJson("/api/k8s/mcp/cluster/scan", Map.of("cluster", c, "namespace", ns))
                .json().get("silenced").asInt()).isZero();
        team.writer().delete(silences + "/" + id + "?cluster=" + c).assertStatus(404);
    }

    @Test
    void labelPoliciesAndDeprecatedApiVersionsAreFoundAndThePageOffersTheBatchFix() {
        String policies = "/api/k8s/labels/policies";
        Map<String, Object> policy = Map.of("cluster", c, "key", "team", "kinds", List.of("deployment"),
                "allowed", List.of("shop", "ml"));
        team.writer().postJson(policies, policy).assertStatus(403);
        assertThat(f.jdbc().sql("select count(*) from label_policies where cluster = ?").param(c).query(Long.class)
                .single()).as("a writer sets no policy").isZero();
        assertThat(admin.postJson(policies, Map.of("cluster", c, "key", "team", "kinds", List.of("deployment"),
                "pattern", "(")).assertStatus(400).json().get("field").asString()).isEqualTo("pattern");
        String id = admin.postJson(policies, policy).assertStatus(201).json().get("id").asString();
        assertThat(team.reader().get(policies + "?cluster=" + c).assertStatus(200).json().get("policies").get(0)
                .get("kinds").get(0).asString()).isEqualTo("deployments.apps");
        assertThat(f.auditCount("label_policy_set", adminName)).isOne();

        cluster.rig().create("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: owned, labels: {team: shop}}
                spec:
                  replicas: 1
                  selector: {matchLabels: {app: owned}}
                  template:
                    metadata: {labels: {app: owned}}
                    spec: {containers: [{name: main, image: "nginx:1.27"}]}
                ---
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: stray, labels: {team: nobody}}
                spec:
                  replicas: 1
                  selector: {matchLabels: {app: stray}}
                  template:
                    metadata: {labels: {app: stray}}
                    spec: {containers: [{name: main, image: "nginx:1.27"}]}
                """);
        // As kubectl apply leaves an object it created from a policy/v1beta1 manifest.
        cluster.rig().create("""
                apiVersion: policy/v1
                kind: PodDisruptionBudget
                metadata:
                  name: old-budget
                  annotations:
                    kubectl.kubernetes.io/last-applied-configuration: '{"apiVersion":"policy/v1beta1","kind":"PodDisruptionBudget"}'
                spec:
                  minAvailable: 1
                  selector: {matchLabels: {app: owned}}
                """);
        JsonNode scan = team.reader().postJson("/api/k8s/mcp/cluster/scan", Map.of("cluster", c, "namespace", ns))
                .assertStatus(200).json();
        List<String> found = scan.get("findings").valueStream().map(finding -> finding.get("check").asString() + " "
                + finding.get("name").asString()).toList();
        assertThat(found).contains("label-policy web", "label-policy stray", "deprecated-api old-budget")
                .doesNotContain("label-policy owned", "label-policy settings", "deprecated-api web");
        assertThat(scan.get("findings").valueStream().filter(finding -> finding.get("check").asString()
                .equals("deprecated-api")).findFirst().orElseThrow().get("message").asString())
                .contains("policy/v1beta1", "policy/v1");

        String page = team.writer().get("/scans/" + c + "?namespace=" + ns).body();
        assertThat(page).contains("id=\"check-label-policy\"", "id=\"policy-fixes\"",
                "selector=!team", "add=team%3Dshop");
        String labels = team.writer().get("/labels/" + c + "?namespace=" + ns + "&kind=deployment&selector=!team"
                + "&add=team%3Dshop").assertStatus(200).body();
        assertThat(labels).contains("web").contains("value=\"team=shop\"").doesNotContain(">owned<");

        team.writer().delete(policies + "/" + id + "?cluster=" + c).assertStatus(403);
        admin.delete(policies + "/" + id + "?cluster=" + c).assertStatus(204);
        assertThat(team.reader().postJson("/api/k8s/mcp/cluster/scan", Map.of("cluster", c, "namespace", ns))
                .json().get("findings").toString()).doesNotContain("label-policy");

        // The labels page: its admins set a policy with the form; a writer's form changes nothing.
        team.writer().postForm("/labels/" + c + "/policies", Map.of("key", "tier", "kinds", "service",
                "allowed", "front, back")).assertStatus(403);
        assertThat(f.jdbc().sql("select count(*) from label_policies where cluster = ?").param(c).query(Long.class)
                .single()).isZero();
        admin.postForm("/labels/" + c + "/policies", Map.of("key", "tier", "kinds", "service",
                "allowed", "front, back")).assertStatus(302);
        assertThat(admin.get("/labels/" + c).body()).contains("id=\"policy-tier\"", "front, back", "services",
                "id=\"policy-form\"");
        assertThat(team.reader().get("/labels/" + c).body()).contains("id=\"policy-tier\"")
                .doesNotContain("id=\"policy-form\"");
        assertThat(team.reader().postJson("/api/k8s/mcp/cluster/scan", Map.of("cluster", c, "namespace", ns))
                .json().get("findings").toString()).contains("label-policy");
    }
}
