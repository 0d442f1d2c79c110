package org.kubedeck.domain.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kubedeck.domain.label.LabelPolicy;
import org.kubedeck.domain.scan.ClusterSnapshot.Budget;
import org.kubedeck.domain.scan.ClusterSnapshot.Container;
import org.kubedeck.domain.scan.ClusterSnapshot.ContainerState;
import org.kubedeck.domain.scan.ClusterSnapshot.NodeState;
import org.kubedeck.domain.scan.ClusterSnapshot.Pod;
import org.kubedeck.domain.scan.ClusterSnapshot.QuotaUse;
import org.kubedeck.domain.scan.ClusterSnapshot.Route;
import org.kubedeck.domain.scan.ClusterSnapshot.Service;
import org.kubedeck.domain.scan.ClusterSnapshot.Stored;
import org.kubedeck.domain.scan.ClusterSnapshot.Template;
import org.kubedeck.domain.scan.ClusterSnapshot.Workload;
import org.kubedeck.domain.workload.LoadLabel;

class ScannerTest {

    private static final Scanner SCANNER = new Scanner(LoadLabel.DEFAULT, 0.9);
    private static final Container CLEAN = new Container("app", "nginx:1.27", true, true, true, true, false, true,
            1000L, true, List.of());
    private static final String DEPLOYMENTS = "deployments.apps";

    private static Template template(Map<String, String> labels, Container... containers) {
        return new Template(labels, List.of(containers), false, List.of(), Set.of(), Set.of(), Set.of());
    }

    private static ClusterSnapshot only(List<Workload> workloads, List<Pod> pods, List<Service> services,
            List<Budget> budgets) {
        return new ClusterSnapshot(workloads, pods, services, budgets, List.of(), List.of(), List.of(), List.of());
    }

    private static List<String> checks(List<Finding> findings) {
        return findings.stream().map(finding -> finding.check().id()).toList();
    }

    @Test
    void aCleanWorkloadBehindABudgetIsFoundWithNothing() {
        Workload web = new Workload(DEPLOYMENTS, "shop", "web", 2, template(Map.of("app", "web", "load", "online"),
                CLEAN));
        Pod pod = new Pod("shop", "web-1", "Running", true, "", List.of(new ContainerState("app", 0, "", "")),
                web.template());
        Service service = new Service("shop", "web", Map.of("app", "web", "load", "online"));
        ClusterSnapshot snapshot = only(List.of(web), List.of(pod), List.of(service),
                List.of(new Budget("shop", "web", Map.of("app", "web"), 1, 2)));

        assertThat(SCANNER.scan(snapshot)).isEmpty();
        assertThat(Scanner.score(List.of(), snapshot.objects())).isEqualTo(100);
    }

    @Test
    void eachContainerCheckFindsItsFault() {
        Container bad = new Container("app", "registry.example.com:5000/shop/app", false, false, false, false,
                true, null, 0L, false, List.of("NET_ADMIN"));
        Template hostly = new Template(Map.of("app", "x"), List.of(bad), true, List.of("/var/run"), Set.of(),
                Set.of(), Set.of());
        List<Finding> found = SCANNER.scan(only(List.of(new Workload(DEPLOYMENTS, "default", "x", 3, hostly)),
                List.of(), List.of(), List.of()));

        assertThat(checks(found)).containsExactlyInAnyOrder("default-namespace", "no-requests", "no-limits",
                "no-liveness-probe", "no-readiness-probe", "image-latest", "privileged", "runs-as-root",
                "added-capabilities", "writable-root-filesystem", "host-path", "host-network");
        assertThat(found).allSatisfy(finding -> assertThat(finding.object()).isEqualTo("deployments.apps default/x"));
        assertThat(found.stream().filter(finding -> finding.check() == Check.IMAGE_LATEST).findFirst().orElseThrow()
                .message()).as("a registry's port is no tag").contains("registry.example.com:5000/shop/app");
    }

    @Test
    void imagesPinnedByTagOrDigestPassAndLatestDoesNot() {
        Container digest = new Container("a", "nginx@sha256:abc", true, true, true, true, false, true, 1L, true,
                List.of());
        Container latest = new Container("b", "nginx:latest", true, true, true, true, false, true, 1L, true,
                List.of());
        List<Finding> found = SCANNER.scan(only(List.of(new Workload(DEPLOYMENTS, "shop", "w", 2,
                template(Map.of("app", "w"), digest, latest))), List.of(), List.of(), List.of()));
        assertThat(checks(found)).containsExactly("image-latest");
    }

    @Test
    void replicasAndBudgetsAreJudgedTogether() {
        Workload lonely = new Workload(DEPLOYMENTS, "shop", "lonely", 1, template(Map.of("app", "lonely"), CLEAN));
        Workload guarded = new Workload(DEPLOYMENTS, "shop", "guarded", 1, template(Map.of("app", "guarded"),
                CLEAN));
        Workload daemon = new Workload("daemonsets.apps", "shop", "agent", 1, template(Map.of("app", "agent"),
                CLEAN));
        List<Finding> found = SCANNER.scan(only(List.of(lonely, guarded, daemon), List.of(), List.of(),
                List.of(new Budget("shop", "guard", Map.of("app", "guarded"), 0, 1))));

        assertThat(found).extracting(Finding::object, finding -> finding.check().id()).containsExactly(
                tuple("deployments.apps shop/lonely", "single-replica"),
                tuple("deployments.apps shop/guarded", "pdb-blocks-eviction"));
    }

    @Test
    void podsInTroubleAreFound() {
        Template plain = template(Map.of("app", "p"), CLEAN);
        List<Pod> pods = List.of(
                new Pod("shop", "looping", "Running", true, "", List.of(new ContainerState("app", 12,
                        "CrashLoopBackOff", "Error")), plain),
                new Pod("shop", "waiting", "Pending", true, "0/2 nodes are available: 2 Insufficient cpu.",
                        List.of(), plain),
                new Pod("shop", "flaky", "Running", true, "", List.of(new ContainerState("app", 7, "", "OOMKilled")),
                        plain));
        List<Finding> found = SCANNER.scan(only(List.of(), pods, List.of(), List.of()));

        assertThat(found).extracting(Finding::name, finding -> finding.check().id()).containsExactly(
                tuple("looping", "crash-loop"),
                tuple("waiting", "pending"),
                tuple("flaky", "restarts"),
                tuple("flaky", "oom-killed"));
        assertThat(found.get(1).message()).contains("Insufficient cpu");
    }

    @Test
    void servicesThatSelectNothingOrIgnoreTheLoadLabelAreFound() {
        Pod pod = new Pod("shop", "web-1", "Running", true, "", List.of(), template(Map.of("app", "web", "load",
                "online"), CLEAN));
        List<Finding> found = SCANNER.scan(only(List.of(), List.of(pod), List.of(
                new Service("shop", "nowhere", Map.of("app", "gone")),
                new Service("shop", "blind", Map.of("app", "web")),
                new Service("shop", "external", Map.of())), List.of()));

        assertThat(found).extracting(Finding::name, finding -> finding.check().id()).containsExactly(
                tuple("nowhere", "service-selects-nothing"),
                tuple("blind", "service-ignores-load-label"));
    }

    @Test
    void nodesQuotasUnusedObjectsAndIngressesAreFound() {
        Template reads = new Template(Map.of("app", "r"), List.of(CLEAN), false, List.of(), Set.of("used"),
                Set.of("creds"), Set.of("data"));
        ClusterSnapshot snapshot = new ClusterSnapshot(
                List.of(new Workload(DEPLOYMENTS, "shop", "reader", 2, reads)), List.of(), List.of(
                        new Service("shop", "web", Map.of())), List.of(),
                List.of(new NodeState("node-a", false, List.of()), new NodeState("node-b", true,
                        List.of("MemoryPressure"))),
                List.of(new Stored("configmaps", "shop", "used", ""), new Stored("configmaps", "shop", "stale", ""),
                        new Stored("configmaps", "shop", "kube-root-ca.crt", ""),
                        new Stored("secrets", "shop", "creds", "Opaque"),
                        new Stored("secrets", "shop", "old", "Opaque"),
                        new Stored("secrets", "shop", "token", "kubernetes.io/service-account-token"),
                        new Stored("persistentvolumeclaims", "shop", "data", ""),
                        new Stored("persistentvolumeclaims", "shop", "orphan", "")),
                List.of(new Route("shop", "front", "web"), new Route("shop", "front", "gone")),
                List.of(new QuotaUse("shop", "compute", "requests.cpu", 0.95),
                        new QuotaUse("shop", "compute", "requests.memory", 0.5)));

        List<Finding> found = SCANNER.scan(snapshot);

        assertThat(found).extracting(Finding::object, finding -> finding.check().id()).containsExactly(
                tuple("nodes node-a", "node-not-ready"),
                tuple("nodes node-b", "node-pressure"),
                tuple("resourcequotas shop/compute", "quota-high"),
                tuple("configmaps shop/stale", "unused-configmap"),
                tuple("secrets shop/old", "unused-secret"),
                tuple("persistentvolumeclaims shop/orphan", "unused-claim"),
                tuple("ingresses.networking.k8s.io shop/front",
                        "ingress-missing-service"));
        assertThat(Scanner.score(found, snapshot.objects())).isBetween(1, 99);
        assertThat(found.get(0).suggestion()).isEqualTo(Check.NODE_NOT_READY.suggestion());
    }

    @Test
    void deprecatedApiVersionsAndLabelPoliciesAreFoundOnTheObjectsTheyConcern() {
        ClusterSnapshot snapshot = new ClusterSnapshot(List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(
                        new ClusterSnapshot.Meta("poddisruptionbudgets.policy", "shop", "old", Map.of(),
                                Set.of("policy/v1beta1", "policy/v1")),
                        new ClusterSnapshot.Meta(DEPLOYMENTS, "shop", "bare", Map.of(), Set.of("apps/v1")),
                        new ClusterSnapshot.Meta(DEPLOYMENTS, "shop", "odd", Map.of("team", "nobody"),
                                Set.of("apps/v1")),
                        new ClusterSnapshot.Meta(DEPLOYMENTS, "shop", "good", Map.of("team", "shop"),
                                Set.of("apps/v1")),
                        new ClusterSnapshot.Meta("services", "shop", "web", Map.of(), Set.of("v1"))),
                org.kubedeck.domain.capacity.CapacitySnapshot.EMPTY, List.of());
        LabelPolicy team = new LabelPolicy(UUID.randomUUID(), "team", List.of(DEPLOYMENTS), List.of("shop", "ml"),
                "");

        List<Finding> findings = SCANNER.scan(snapshot, new ClusterRules(List.of(team),
                org.kubedeck.domain.capacity.Prices.NONE, List.of()));

        assertThat(findings).extracting(finding -> finding.check().id(), Finding::name).containsExactly(
                tuple("deprecated-api", "old"), tuple("label-policy", "bare"), tuple("label-policy", "odd"));
        assertThat(findings.get(0).message()).contains("policy/v1beta1", "1.25", "policy/v1");
        assertThat(findings.get(1).message()).contains("no label team");
        assertThat(findings.get(2).message()).contains("team=nobody", "shop, ml");
        assertThat(SCANNER.scan(snapshot)).as("no policies").hasSize(1);
    }

    @Test
    void aPolicyPatternMustMatchTheWholeValueAndBadPoliciesAreRefused() {
        LabelPolicy env = new LabelPolicy(UUID.randomUUID(), "env", List.of("services"), List.of(), "prod|staging");
        assertThat(env.violation(Map.of("env", "prod"))).isEmpty();
        assertThat(env.violation(Map.of("env", "production"))).get().asString().contains("does not match");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new LabelPolicy(UUID.randomUUID(), "env",
                List.of("services"), List.of(), "(")).hasMessageContaining("not a regular expression");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new LabelPolicy(UUID.randomUUID(), "bad key!",
                List.of("services"), List.of(), "")).isInstanceOf(org.kubedeck.domain.InvalidInputException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new LabelPolicy(UUID.randomUUID(), "env",
                List.of(), List.of(), "")).hasMessageContaining("kinds");
    }

    @Test
    void deprecatedRequestsOverCommittedNodesAndNamespacesOverBudgetAreFound() {
        org.kubedeck.domain.capacity.Amounts twoCores = new org.kubedeck.domain.capacity.Amounts(2000, 4L << 30);
        org.kubedeck.domain.capacity.CapacitySnapshot capacity = new org.kubedeck.domain.capacity.CapacitySnapshot(
                List.of(new org.kubedeck.domain.capacity.CapacitySnapshot.NodeSize("node-a", twoCores)),
                List.of(new org.kubedeck.domain.capacity.CapacitySnapshot.PodLoad("shop", "web-1", "node-a",
                        "deployment/web", new org.kubedeck.domain.capacity.Amounts(1000, 1L << 30),
                        new org.kubedeck.domain.capacity.Amounts(3000, 1L << 30), false)),
                List.of(), List.of(), "none");
        ClusterSnapshot snapshot = new ClusterSnapshot(List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), capacity, List.of(
                        new ClusterSnapshot.DeprecatedRequest("batch", "v1beta1", "cronjobs", "1.25")));
        org.kubedeck.domain.capacity.Prices prices = new org.kubedeck.domain.capacity.Prices(
                new java.math.BigDecimal("0.1"), java.math.BigDecimal.ZERO, java.math.BigDecimal.ZERO, "USD");

        List<Finding> findings = SCANNER.scan(snapshot, new ClusterRules(List.of(), prices, List.of(
                new org.kubedeck.domain.capacity.NamespaceBudget("shop", new java.math.BigDecimal("50")))));

        assertThat(findings).extracting(finding -> finding.check().id(), Finding::name).containsExactly(
                tuple("deprecated-api", "batch/v1beta1"), tuple("node-overcommitted", "node-a"),
                tuple("budget-exceeded", "shop"));
        assertThat(findings.get(0).message()).contains("cronjobs", "1.25", "use batch/v1");
        assertThat(findings.get(0).resource()).isEqualTo("cronjobs.batch");
        assertThat(findings.get(1).message()).contains("cpu 3", "it holds cpu 2");
        assertThat(findings.get(2).message()).contains("73.00 USD", "50 USD");
        assertThat(SCANNER.scan(snapshot)).as("no budget: the request and the node").hasSize(2);
    }
}
