package org.kubedeck.domain.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.node.NodeFit.Verdict;

class SchedulingConstraintsTest {

    private static final NodeView PLAIN = node("plain", Map.of("zone", "a", "disktype", "hdd", "cores", "4"));
    private static final NodeView SSD = node("ssd-1", Map.of("zone", "b", "disktype", "ssd", "cores", "16"));
    private static final NodeView GPU = new NodeView("gpu-1", Map.of("zone", "a", "gpu", "true"),
            List.of(new Taint("gpu", "true", Taint.Effect.NO_SCHEDULE)), Map.of(), Map.of("Ready", "True"), false);
    private static final NodeView SPOT = new NodeView("spot-1", Map.of("zone", "a"),
            List.of(new Taint("spot", "", Taint.Effect.PREFER_NO_SCHEDULE)), Map.of(), Map.of("Ready", "True"), false);

    @Test
    void withoutConstraintsPodsGoWhereNoTaintKeepsThemOff() {
        SchedulingConstraints free = SchedulingConstraints.unconstrained();

        assertThat(free.fit(PLAIN)).isEqualTo(new NodeFit(Verdict.ALLOWED, ""));
        assertThat(free.fit(GPU)).isEqualTo(new NodeFit(Verdict.REPELLED, "gpu=true:NoSchedule"));
        assertThat(free.fit(SPOT)).isEqualTo(new NodeFit(Verdict.ALLOWED, "spot:PreferNoSchedule"));
        assertThat(free.fit(new NodeView("cordoned", Map.of(), List.of(), Map.of(), Map.of(), true)).verdict())
                .isEqualTo(Verdict.CORDONED);
    }

    @Test
    void aNodeSelectorPinsAndExcludes() {
        SchedulingConstraints ssd = constraints(Map.of("disktype", "ssd"), List.of(), List.of());

        assertThat(ssd.fit(SSD)).isEqualTo(new NodeFit(Verdict.PINNED, ""));
        assertThat(ssd.fit(PLAIN)).isEqualTo(new NodeFit(Verdict.EXCLUDED, "disktype=ssd"));
    }

    @Test
    void aRequiredAffinityMatchesAnyOfItsTerms() {
        SchedulingConstraints zoned = constraints(Map.of(), List.of(
                NodeSelectorTerm.parse("node_affinity", "zone in (b, c), cores > 8"),
                NodeSelectorTerm.parse("node_affinity", "field:metadata.name=plain")), List.of());

        assertThat(zoned.fit(SSD).verdict()).isEqualTo(Verdict.PINNED);
        assertThat(zoned.fit(PLAIN).verdict()).isEqualTo(Verdict.PINNED);
        assertThat(zoned.fit(GPU)).isEqualTo(new NodeFit(Verdict.EXCLUDED,
                "zone in (b, c), cores > 8 or field:metadata.name=plain"));
    }

    @Test
    void tolerationsLetPodsOntoTaintedNodes() {
        assertThat(constraints(Map.of(), List.of(), List.of(Toleration.parse("t", "gpu=true:NoSchedule")))
                .fit(GPU).verdict()).isEqualTo(Verdict.ALLOWED);
        assertThat(constraints(Map.of(), List.of(), List.of(Toleration.parse("t", "gpu")))
                .fit(GPU).verdict()).isEqualTo(Verdict.ALLOWED);
        assertThat(constraints(Map.of(), List.of(), List.of(Toleration.parse("t", "*"))).fit(GPU).verdict())
                .isEqualTo(Verdict.ALLOWED);
        assertThat(constraints(Map.of(), List.of(), List.of(Toleration.parse("t", "gpu=false:NoSchedule")))
                .fit(GPU).verdict()).isEqualTo(Verdict.REPELLED);
        assertThat(constraints(Map.of(), List.of(), List.of(Toleration.parse("t", "gpu:NoExecute")))
                .fit(GPU).verdict()).isEqualTo(Verdict.REPELLED);
    }

    @Test
    void comparisonsNeedWholeNumbersOnTheNode() {
        NodeRequirement more = NodeRequirement.parse("f", "cores > 8");

        assertThat(more.matches(SSD)).isTrue();
        assertThat(more.matches(PLAIN)).isFalse();
        assertThat(more.matches(node("odd", Map.of("cores", "many")))).isFalse();
        assertThat(NodeRequirement.parse("f", "cores < 8").matches(PLAIN)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"zone in (a, b)", "zone notin (a, b)", "zone=a", "zone!=a", "gpu", "!gpu", "cores > 8",
            "cores < -1", "field:metadata.name in (n1, n2)", "example.com/pool=blue"})
    void requirementsReadBackWhatTheyWrite(String text) {
        assertThat(NodeRequirement.parse("f", text).describe()).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"gpu=true:NoSchedule", "gpu:NoExecute for 300s", "gpu", "gpu=", "gpu=:NoSchedule", "*",
            "*:NoExecute", "example.com/team=shop:PreferNoSchedule"})
    void tolerationsReadBackWhatTheyWrite(String text) {
        assertThat(Toleration.parse("tolerations", text).describe()).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"zone in ()", "cores > many", "zone ~ a", "-bad-=x", "field:zone=a",
            "field:metadata.name"})
    void badRequirementsNameTheField(String text) {
        assertThatThrownBy(() -> NodeSelectorTerm.parse("node_affinity", text))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("node_affinity"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"gpu:Sometimes", "*=x", "gpu:NoSchedule for 30s", "bad key", "-x:NoSchedule", "a=b=c"})
    void badTolerationsNameTheField(String text) {
        assertThatThrownBy(() -> Toleration.parse("tolerations", text))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("tolerations"));
    }

    @Test
    void readableNodeAffinityListsTheRequiredTermsThenThePreferences() {
        SchedulingConstraints constraints = new SchedulingConstraints(Map.of(), List.of(
                NodeSelectorTerm.parse("f", "zone=a"), NodeSelectorTerm.parse("f", "zone=b")),
                List.of("preferred (weight 5): gpu"), List.of(), List.of(), List.of());

        assertThat(constraints.nodeAffinity()).containsExactly("required: zone=a or zone=b",
                "preferred (weight 5): gpu");
        assertThat(constraints.pinned()).isTrue();
        assertThat(SchedulingConstraints.unconstrained().none()).isTrue();
    }

    private static SchedulingConstraints constraints(Map<String, String> selector, List<NodeSelectorTerm> terms,
            List<Toleration> tolerations) {
        return new SchedulingConstraints(selector, terms, List.of(), List.of(), List.of(), tolerations);
    }

    private static NodeView node(String name, Map<String, String> labels) {
        return new NodeView(name, labels, List.of(), Map.of(), Map.of("Ready", "True"), false);
    }
}
