package org.kubedeck.domain.unified;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.unified.FleetSearch.Unavailable;

class FleetComparisonTest {

    private static final ClusterName EU = ClusterName.of("prod-eu");
    private static final ClusterName US = ClusterName.of("prod-us");
    private static final ClusterName ASIA = ClusterName.of("prod-asia");
    private static final String WEB = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              replicas: 3
              template:
                spec:
                  containers:
                  - image: nginx:1.27
            """;

    @Test
    void eachClusterIsComparedWithTheFirstThatHasTheObject() {
        Map<ClusterName, String> yaml = new LinkedHashMap<>();
        yaml.put(ASIA, null);
        yaml.put(EU, WEB);
        yaml.put(US, WEB.replace("nginx:1.27", "nginx:1.25"));

        FleetComparison compared = FleetComparison.of(yaml, List.of());

        assertThat(compared.identical()).isFalse();
        assertThat(compared.missingIn()).containsExactly(ASIA);
        assertThat(compared.diff()).contains("--- prod-eu", "+++ prod-us", "-      - image: nginx:1.27",
                "+      - image: nginx:1.25");
        assertThat(compared.clusters()).containsExactly(ASIA, EU, US);
    }

    @Test
    void theSameEverywhereIsIdenticalUnlessAClusterCouldNotBeRead() {
        Map<ClusterName, String> yaml = new LinkedHashMap<>();
        yaml.put(EU, WEB);
        yaml.put(US, WEB);
        assertThat(FleetComparison.of(yaml, List.of())).satisfies(compared -> {
            assertThat(compared.identical()).isTrue();
            assertThat(compared.diff()).isEmpty();
        });
        assertThat(FleetComparison.of(yaml, List.of(new Unavailable(ASIA, Message.english("down")))).identical())
                .as("not known to be identical").isFalse();
    }

    @Test
    void aNamespaceComparisonListsWhatIsOnlyOnOneSideAndWhatDiffers() {
        NamespaceComparison compared = NamespaceComparison.of(EU, Map.of("deployments.apps/web", WEB,
                "configmaps/settings", "a", "services/web", "s"), US, Map.of("deployments.apps/web",
                WEB.replace("replicas: 3", "replicas: 5"), "configmaps/extra", "x", "services/web", "s"));

        assertThat(compared.onlyInLeft()).containsExactly("configmaps/settings");
        assertThat(compared.onlyInRight()).containsExactly("configmaps/extra");
        assertThat(compared.different()).containsExactly("deployments.apps/web");
        assertThat(compared.alike()).isOne();
    }
}
