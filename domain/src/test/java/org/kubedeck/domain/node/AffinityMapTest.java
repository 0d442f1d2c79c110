package org.kubedeck.domain.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kubedeck.domain.kube.LabelSelector;
import org.kubedeck.domain.kube.ResourceKind;

class AffinityMapTest {

    private static WorkloadScheduling workload(String namespace, String name, Map<String, String> labels,
            PodAffinityTerm... terms) {
        return new WorkloadScheduling(namespace, ResourceKind.DEPLOYMENT, name,
                SchedulingConstraints.unconstrained(), labels, List.of(terms));
    }

    private static PodAffinityTerm term(boolean anti, String selector, List<String> namespaces) {
        return new PodAffinityTerm(anti, true, 0, LabelSelector.parse(selector), namespaces,
                "kubernetes.io/hostname");
    }

    @Test
    void aTermLinksToEveryWorkloadItSelectsInItsNamespacesItselfIncluded() {
        WorkloadScheduling db = workload("shop", "db", Map.of("app", "db"));
        WorkloadScheduling otherDb = workload("other", "db", Map.of("app", "db"));
        WorkloadScheduling web = workload("shop", "web", Map.of("app", "web"), term(true, "app=web", List.of()),
                term(false, "app=db", List.of()));
        WorkloadScheduling lonely = workload("shop", "lonely", Map.of("app", "lonely"));

        AffinityMap map = AffinityMap.of(List.of(db, otherDb, web, lonely));

        assertThat(map.workloads()).containsExactly(db, web);
        assertThat(map.between(web, web)).singleElement().satisfies(link -> assertThat(link.term().anti()).isTrue());
        assertThat(map.between(web, db)).singleElement().satisfies(link -> assertThat(link.term().anti())
                .isFalse());
        assertThat(map.between(web, otherDb)).as("another namespace, not named").isEmpty();
        assertThat(map.unmatched()).isEmpty();
    }

    @Test
    void aTermNamingOtherNamespacesReachesThemAndOneSelectingNothingIsKeptApart() {
        WorkloadScheduling otherDb = workload("other", "db", Map.of("app", "db"));
        WorkloadScheduling web = workload("shop", "web", Map.of("app", "web"), term(false, "app=db",
                List.of("other")), term(false, "app=cache", List.of()));

        AffinityMap map = AffinityMap.of(List.of(otherDb, web));

        assertThat(map.between(web, otherDb)).hasSize(1);
        assertThat(map.unmatched()).singleElement().satisfies(unmatched -> assertThat(unmatched.term().selector()
                .toQuery()).contains("cache"));
        assertThat(new PodAffinityTerm(true, false, 5, LabelSelector.parse(""), List.of(),
                "topology.kubernetes.io/zone").topologyName()).isEqualTo("zone");
    }
}
