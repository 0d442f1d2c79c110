package org.kubedeck.domain.workload;

import static org.assertj.core.api.Assertions.assertThat;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kubedeck.domain.kube.LabelSyntax;
import org.kubedeck.domain.kube.ResourceKind;


class KickCheckTest {

    private static final LoadLabel LOAD = LoadLabel.DEFAULT;

    private static PodView pod(String name, String load, boolean ready) {
        return new PodView(name, "shop", "Running", ready, ready ? 1 : 0, 1, 0, "node-1", "10.0.0.1", "10.1.0.1",
                Instant.EPOCH, Map.of("app", "web", "load", load), List.of("web:1"), List.of("web"));
    }

    private static final ServiceView BY_LOAD = new ServiceView("web", Map.of("app", "web", "load", "online"));
    private static final ServiceView PLAIN = new ServiceView("web-all", Map.of("app", "web"));
    private static final ServiceView OTHER = new ServiceView("db", Map.of("app", "db", "load", "online"));

    @Test
    void kickingOneOfTwoReadyPodsBehindALoadServiceNeedsNoConfirmation() {
        List<PodView> pods = List.of(pod("web-0", "online", true), pod("web-1", "online", true));
        assertThat(KickCheck.warnings(LOAD, List.of(BY_LOAD, OTHER), pods, Set.of("web-1"))).isEmpty();
    }

    @Test
    void kickWarnsWhenNoServiceSelectorUsesTheLoadLabel() {
        List<PodView> pods = List.of(pod("web-0", "online", true), pod("web-1", "online", true));
        List<KickWarning> warnings = KickCheck.warnings(LOAD, List.of(PLAIN, OTHER), pods, Set.of("web-1"));
        assertThat(warnings).extracting(KickWarning::kind)
                .containsExactly(KickWarning.Kind.NO_SERVICE_USES_LOAD_LABEL);
    }

    @Test
    void kickWarnsWhenNoServiceSelectsThePodsAtAll() {
        List<KickWarning> warnings = KickCheck.warnings(LOAD, List.of(OTHER), List.of(pod("web-0", "online", true)),
                Set.of("web-0"));
        assertThat(warnings).extracting(KickWarning::text).containsExactly(
                "No Service selects these pods, so the kick changes no traffic.");
    }

    @Test
    void kickWarnsWhenTheLastReadyOnlinePodWouldLeave() {
        List<PodView> pods = List.of(pod("web-0", "online", true), pod("web-1", "done", true),
                pod("web-2", "online", false));
        List<KickWarning> warnings = KickCheck.warnings(LOAD, List.of(BY_LOAD), pods, Set.of("web-0"));
        assertThat(warnings).extracting(KickWarning::kind, KickWarning::service)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        KickWarning.Kind.SERVICE_LEFT_WITHOUT_READY_PODS, "web"));
    }

    @Test
    void bulkKickOfEveryPodWarnsOnce() {
        List<PodView> pods = List.of(pod("web-0", "online", true), pod("web-1", "online", true));
        assertThat(KickCheck.warnings(LOAD, List.of(BY_LOAD), pods, Set.of("web-0", "web-1"))).hasSize(1);
    }

    @Test
    void serviceFrontsPodsWhateverTheirLoadValue() {
        assertThat(BY_LOAD.frontsIgnoring("load", Map.of("app", "web", "load", "done"))).isTrue();
        assertThat(BY_LOAD.selects(Map.of("app", "web", "load", "done"))).isFalse();
        assertThat(new ServiceView("headless", Map.of()).selects(Map.of("app", "web"))).isFalse();
    }

    @Test
    void labelSyntaxIsKubernetes() {
        assertThat(LabelSyntax.requireKey("k", "kubedeck.io/load")).isEqualTo("kubedeck.io/load");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> LabelSyntax.requireKey("k", "-bad"))
                .hasMessageContaining("not a valid label key");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> LabelSyntax.requireValue("v", "a b"))
                .hasMessageContaining("not a valid label value");
        assertThat(ResourceKind.workload("Deployments")).isEqualTo(ResourceKind.DEPLOYMENT);
    }
}
