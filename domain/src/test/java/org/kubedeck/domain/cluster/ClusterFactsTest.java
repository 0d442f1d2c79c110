package org.kubedeck.domain.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.cluster.ClusterFacts.NodeFacts;

class ClusterFactsTest {

    private static final Instant AT = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void theProviderRegionAndZonesComeFromTheNodes() {
        ClusterFacts eks = ClusterFacts.of(List.of(
                new NodeFacts("aws:///eu-west-1a/i-0abc", Map.of("topology.kubernetes.io/region", "eu-west-1",
                        "topology.kubernetes.io/zone", "eu-west-1a"), 4000, 16L << 30),
                new NodeFacts("aws:///eu-west-1b/i-0def", Map.of("topology.kubernetes.io/region", "eu-west-1",
                        "topology.kubernetes.io/zone", "eu-west-1b"), 4000, 16L << 30)), 42, 2500, 3L << 30, AT);

        assertThat(eks.provider()).isEqualTo(Provider.EKS);
        assertThat(eks.region()).isEqualTo("eu-west-1");
        assertThat(eks.zones()).containsExactly("eu-west-1a", "eu-west-1b");
        assertThat(eks.nodeCount()).isEqualTo(2);
        assertThat(eks.cpuAllocatable()).isEqualTo(8000);
        assertThat(eks.memoryAllocatable()).isEqualTo(32L << 30);
        assertThat(eks.podCount()).isEqualTo(42);

        assertThat(Provider.ofNode(null, Map.of("cce.cloud.com/cce-nodepool", "pool-1"))).isEqualTo(Provider.CCE);
        assertThat(Provider.ofNode("qcloud://ap-guangzhou/ins-1", Map.of())).isEqualTo(Provider.TKE);
        assertThat(Provider.ofNode("alicloud://cn-hangzhou.i-1", Map.of())).isEqualTo(Provider.ACK);
        assertThat(Provider.ofNode("gce://project/zone/vm", Map.of())).isEqualTo(Provider.GKE);
        assertThat(Provider.ofNode("azure:///subscriptions/x", Map.of())).isEqualTo(Provider.AKS);
        assertThat(ClusterFacts.of(List.of(new NodeFacts("kind://docker/kind/node", Map.of(
                "failure-domain.beta.kubernetes.io/region", "old-region"), 1000, 1L << 30)), 0, 0, 0, AT))
                .satisfies(facts -> {
                    assertThat(facts.provider()).isNull();
                    assertThat(facts.region()).as("the label before topology.kubernetes.io").isEqualTo("old-region");
                });
    }

    @Test
    void theNodeCountIsTheOneReadLastByTheProbeOrTheSync() {
        Cluster cluster = new Cluster(ClusterName.of("prod"), null, Map.of(), List.of(), null, null, null, AT, null,
                null);
        ClusterFacts synced = ClusterFacts.of(List.of(new NodeFacts(null, Map.of(), 1000, 1L << 30),
                new NodeFacts(null, Map.of(), 1000, 1L << 30)), 0, 0, 0, AT);

        assertThat(ClusterFleet.nodes(cluster)).as("neither yet").isZero();
        assertThat(ClusterFleet.nodes(cluster.withHealth(ClusterHealth.reachable(new ClusterInfo("v1.30.0", 3),
                AT.minusSeconds(30))))).as("probed, never synced").isEqualTo(3);
        assertThat(ClusterFleet.nodes(cluster.withFacts(synced).withHealth(ClusterHealth.reachable(
                new ClusterInfo("v1.30.0", 3), AT.minusSeconds(30))))).as("synced after the probe").isEqualTo(2);
        assertThat(ClusterFleet.nodes(cluster.withFacts(synced).withHealth(ClusterHealth.reachable(
                new ClusterInfo("v1.30.0", 3), AT.plusSeconds(30))))).as("probed after the sync").isEqualTo(3);
    }

    @Test
    void providersAreChosenByCodeOrLeftToTheNodes() {
        assertThat(Provider.choice("CCE")).isEqualTo(Provider.CCE);
        assertThat(Provider.choice("auto")).isNull();
        assertThat(Provider.choice(" ")).isNull();
        assertThatThrownBy(() -> Provider.choice("openstack")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.field()).isEqualTo("provider"));
    }

    @Test
    void tagsAreKeysWithValuesGroupsNamesAndBothFilterClusters() {
        Cluster cluster = new Cluster(ClusterName.of("prod"), null, Map.of("env", "prod", "eu", ""),
                List.of("payments", " europe ", "payments"), null, "eu-west-1", null, AT, null, null);

        assertThat(cluster.groups()).containsExactly("europe", "payments");
        assertThat(cluster.tagTexts()).containsExactly("env=prod", "eu");
        assertThat(Cluster.tags(List.of("env=prod", "eu"))).isEqualTo(cluster.tags());
        assertThat(cluster.matches("env=prod", "payments")).isTrue();
        assertThat(cluster.matches("eu", "")).isTrue();
        assertThat(cluster.matches("env=dev", "")).isFalse();
        assertThat(cluster.matches("", "asia")).isFalse();
        assertThat(cluster.effectiveRegion()).isEqualTo("eu-west-1");
        assertThatThrownBy(() -> new Cluster(ClusterName.of("prod"), null, Map.of("env", "a b"), List.of(), null,
                null, null, AT, null, null)).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("tags"));
        assertThatThrownBy(() -> new Cluster(ClusterName.of("prod"), null, Map.of(), List.of("no/slash"), null,
                null, null, AT, null, null)).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("groups"));
    }
}
