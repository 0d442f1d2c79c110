package org.kubedeck.domain.quota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.desktop.DesktopResources;
import org.kubedeck.domain.quota.LimitSpec.Limit;
import org.kubedeck.domain.quota.PodResources.Container;

class PodResourcesTest {

    private static final PodResources WEB = new PodResources(List.of(
            new Container("web", Map.of("cpu", "500m", "memory", "256Mi"), Map.of("cpu", "1", "memory", "512Mi")),
            new Container("proxy", Map.of("cpu", "100m", "memory", "64Mi"), Map.of())),
            List.of(new Container("migrate", Map.of("cpu", "1", "memory", "128Mi"), Map.of("cpu", "2"))));

    @Test
    void aPodTakesTheSumOfItsContainersOrItsLargestInitContainerWhicheverIsMore() {
        assertThat(WEB.perPod()).containsExactly(entry("limits.cpu", "2"), entry("limits.memory", "512Mi"),
                entry("requests.cpu", "1"), entry("requests.memory", "320Mi"));
    }

    @Test
    void podsCountAgainstQuotasUnderEveryNameKubernetesGivesTheirResources() {
        assertThat(WEB.quotaNeeds(3)).containsOnly(entry("requests.cpu", "3"), entry("cpu", "3"),
                entry("requests.memory", "960Mi"), entry("memory", "960Mi"), entry("limits.cpu", "6"),
                entry("limits.memory", "1536Mi"), entry("pods", "3"), entry("count/pods", "3"));
        PodResources storage = PodResources.of(new Container("logs", Map.of("ephemeral-storage", "1Gi", "cpu", "250m"),
                Map.of("ephemeral-storage", "2Gi")));
        assertThat(storage.quotaNeeds(2)).contains(entry("requests.ephemeral-storage", "2Gi"),
                entry("ephemeral-storage", "2Gi"), entry("limits.ephemeral-storage", "4Gi"), entry("cpu", "500m"));
    }

    @Test
    void theApiServerFillsARequestFromTheLimitThenFromTheFirstLimitRangeThatNamesIt() {
        PodResources template = new PodResources(List.of(
                new Container("app", Map.of(), Map.of("cpu", "1")),
                new Container("bare", Map.of(), Map.of())), List.of());
        List<LimitSpec> ranges = List.of(
                new LimitSpec("a-defaults", List.of(
                        new Limit("Pod", Map.of("cpu", "8"), null, null, null, null),
                        new Limit("Container", null, null, Map.of("cpu", "500m", "memory", "512Mi"),
                                Map.of("cpu", "250m", "memory", "256Mi"), null))),
                new LimitSpec("b-defaults", List.of(new Limit("Container", null, null, Map.of("cpu", "4"),
                        Map.of("cpu", "100m", "ephemeral-storage", "1Gi"), null))));

        PodResources admitted = template.admitted(ranges);

        assertThat(admitted.containers()).extracting(Container::requests).containsExactly(
                Map.of("cpu", "1", "memory", "256Mi", "ephemeral-storage", "1Gi"),
                Map.of("cpu", "250m", "memory", "256Mi", "ephemeral-storage", "1Gi"));
        assertThat(admitted.perPod()).containsExactly(entry("limits.cpu", "1500m"), entry("limits.memory", "1Gi"),
                entry("requests.cpu", "1250m"), entry("requests.ephemeral-storage", "2Gi"),
                entry("requests.memory", "512Mi"));
        assertThat(template.admitted(List.of()).perPod()).containsExactly(entry("limits.cpu", "1"),
                entry("requests.cpu", "1"));
    }

    @Test
    void aQuotaCountingCpuOrMemoryRefusesPodsWithAContainerThatLeavesThemUnset() {
        assertThat(WEB.unsetAmong(List.of("requests.cpu", "memory", "limits.memory", "limits.cpu", "pods",
                "requests.storage"))).containsExactly("limits.cpu", "limits.memory");
        assertThat(WEB.unsetAmong(List.of("requests.cpu", "requests.memory", "pods"))).isEmpty();
    }

    @Test
    void aQuantityThatIsNoneIsRefusedNamingTheContainer() {
        assertThatThrownBy(() -> new Container("web", Map.of("cpu", "lots"), Map.of()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("web.requests.cpu"));
    }

    @Test
    void aDesktopCountsItsPodAsAnyPodAndItsOtherObjectsBeside() {
        assertThat(DesktopResources.parse("1", "2Gi", "10Gi").quotaNeeds()).containsOnly(
                entry("requests.cpu", "1"), entry("cpu", "1"), entry("limits.cpu", "1"),
                entry("requests.memory", "2Gi"), entry("memory", "2Gi"), entry("limits.memory", "2Gi"),
                entry("pods", "1"), entry("count/pods", "1"), entry("requests.storage", "10Gi"),
                entry("services", "1"), entry("secrets", "1"), entry("persistentvolumeclaims", "1"),
                entry("count/statefulsets.apps", "1"), entry("count/ingresses.networking.k8s.io", "1"));
    }
}
