package org.kubedeck.domain.workload;

import static org.assertj.core.api.Assertions.assertThat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.kube.SelectorRequirement;
import org.kubedeck.domain.kube.SelectorRequirement.Operator;


class WorkloadSelectorTest {

    private static final WorkloadView FRONT = new WorkloadView("web", ResourceKind.DEPLOYMENT, Map.of("app", "web"),
            List.of(new SelectorRequirement("tier", Operator.IN, List.of("front", "edge")),
                    new SelectorRequirement("canary", Operator.DOES_NOT_EXIST, List.of())), 2, 2);

    @Test
    void podsMustMatchLabelsAndEveryExpression() {
        assertThat(FRONT.selects(Map.of("app", "web", "tier", "front"))).isTrue();
        assertThat(FRONT.selects(Map.of("app", "web", "tier", "back"))).isFalse();
        assertThat(FRONT.selects(Map.of("app", "web", "tier", "edge", "canary", "yes"))).isFalse();
        assertThat(FRONT.selects(Map.of("tier", "front"))).isFalse();
    }

    @Test
    void anEmptySelectorPicksNothing() {
        assertThat(new WorkloadView("x", ResourceKind.DEPLOYMENT, Map.of(), 1, 1).selects(Map.of("a", "b")))
                .isFalse();
    }

    @Test
    void requirementsSpeakTheApiSelectorSyntax() {
        assertThat(new SelectorRequirement("tier", Operator.NOT_IN, List.of("a", "b")).toQuery())
                .isEqualTo("tier notin (a,b)");
        assertThat(new SelectorRequirement("tier", Operator.IN, List.of("a")).toQuery()).isEqualTo("tier in (a)");
        assertThat(new SelectorRequirement("canary", Operator.DOES_NOT_EXIST, null).toQuery()).isEqualTo("!canary");
        assertThat(new SelectorRequirement("canary", Operator.EXISTS, null).matches(Map.of("canary", "")))
                .isTrue();
        assertThat(Operator.of("NotIn")).isEqualTo(Operator.NOT_IN);
    }
}
