package org.kubedeck.domain.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.node.NodeFit.Verdict;


class PlacementMapTest {

    private static final String POOL = "example.com/pool";
    private static final Taint GPU_TAINT = new Taint("gpu", "true", Taint.Effect.NO_SCHEDULE);
    private static final Taint SPOT_TAINT = new Taint("spot", "", Taint.Effect.PREFER_NO_SCHEDULE);
    private static final NodeGrouping BY_POOL = new NodeGrouping(POOL);
    private static final NodeGrouping BY_ROLE = new NodeGrouping("node-role.kubernetes.io/");

    private final List<NodeView> nodes = List.of(
            node("web-1", Map.of(POOL, "web", "disktype", "ssd"), List.of(), false),
            node("web-2", Map.of(POOL, "web", "disktype", "ssd"), List.of(), true),
            node("web-3", Map.of(POOL, "web", "disktype", "hdd"), List.of(), false),
            node("gpu-1", Map.of(POOL, "gpu", "node-role.kubernetes.io/worker", ""), List.of(GPU_TAINT), false),
            node("gpu-2", Map.of(POOL, "gpu", "node-role.kubernetes.io/worker", ""), List.of(GPU_TAINT, SPOT_TAINT),
                    false),
            node("cp-1", Map.of("node-role.kubernetes.io/control-plane", "", "node-role.kubernetes.io/master", ""),
                    List.of(), false));

    @Test
    void nodesAreGroupedByTheLabelsValueAndThoseWithoutItComeLast() {
        NodeGroups groups = NodeGroups.of(BY_POOL, nodes);

        assertThat(groups.groups()).extracting(NodeGroup::name, NodeGroup::labelled, NodeGroup::nodeNames)
                .containsExactly(
                        tuple("gpu", true, List.of("gpu-1", "gpu-2")),
                        tuple("web", true, List.of("web-1", "web-2", "web-3")),
                        tuple("", false, List.of("cp-1")));
        assertThat(groups.groups().get(0).sharedTaints()).containsExactly(GPU_TAINT);
        assertThat(groups.groups().get(1).sharedTaints()).isEmpty();
        assertThat(NodeGroups.of(BY_POOL, List.of()).isEmpty()).isTrue();
    }

    @Test
    void aPrefixGroupsByTheNamesUnderItAsKubectlShowsRoles() {
        assertThat(NodeGroups.of(BY_ROLE, nodes).groups()).extracting(NodeGroup::name, NodeGroup::labelled)
                .containsExactly(tuple("control-plane,master", true),
                        tuple("worker", true),
                        tuple("", false));
        assertThat(NodeGrouping.parse("group", " example.com/ ")).isEqualTo(new NodeGrouping("example.com/"));
        assertThat(BY_ROLE.byPrefix()).isTrue();
        assertThat(BY_POOL.byPrefix()).isFalse();
    }

    @Test
    void theDefaultGroupingIsTheFirstConfiguredLabelOnAnyNodeElseTheHostname() {
        List<NodeGrouping> configured = List.of(new NodeGrouping("eks.amazonaws.com/nodegroup"), BY_ROLE, BY_POOL);

        assertThat(NodeGrouping.preferred(configured, nodes)).isEqualTo(BY_ROLE);
        assertThat(NodeGrouping.preferred(configured, List.of(node("plain", Map.of("zone", "a"), List.of(), false))))
                .isEqualTo(NodeGrouping.HOSTNAME);
        assertThat(NodeGrouping.preferred(List.of(), nodes)).isEqualTo(NodeGrouping.HOSTNAME);
    }

    @Test
    void theChoicesAreTheConfiguredLabelsPresentThenEveryOtherKeyWithRolesUnderTheirPrefix() {
        List<NodeGrouping> configured = List.of(new NodeGrouping("eks.amazonaws.com/nodegroup"), BY_POOL, BY_ROLE);

        assertThat(NodeGrouping.choices(configured, nodes)).extracting(NodeGrouping::label)
                .containsExactly(POOL, "node-role.kubernetes.io/", "disktype");
    }

    @ParameterizedTest
    @ValueSource(strings = {"bad key", "/", "-x", "node-role.kubernetes.io/worker/", ""})
    void aGroupingIsALabelKeyOrAPrefix(String text) {
        assertThatThrownBy(() -> NodeGrouping.parse("group", text)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("neither a label key")
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("group"));
    }

    @Test
    void aCellCountsTheNodesThePodsMayRunOnAndSaysWhetherTheyArePinned() {
        NodeGroups groups = NodeGroups.of(BY_POOL, nodes);
        WorkloadScheduling ssd = workload("db", Map.of("disktype", "ssd"), List.of());
        WorkloadScheduling free = workload("web", Map.of(), List.of());
        WorkloadScheduling gpu = workload("train", Map.of(), List.of(Toleration.parse("t", "gpu:NoSchedule")));

        PlacementMap map = groups.place(List.of(ssd, free, gpu));

        assertThat(cells(map, 0)).containsExactly("EXCLUDED 0/2 disktype=ssd", "PINNED 1/3",
                "EXCLUDED 0/1 disktype=ssd");
        assertThat(cells(map, 1)).containsExactly("REPELLED 0/2 gpu=true:NoSchedule", "ALLOWED 2/3", "ALLOWED 1/1");
        assertThat(cells(map, 2)).containsExactly("ALLOWED 2/2 spot:PreferNoSchedule", "ALLOWED 2/3", "ALLOWED 1/1");
        assertThat(map.unconstrained()).extracting(cell -> cell.verdict() + " " + cell.schedulableNodes())
                .containsExactly("REPELLED 0", "ALLOWED 2", "ALLOWED 1");
        assertThat(map.restricted()).as("web goes where any pod goes").extracting(row -> row.workload().name())
                .containsExactly("db", "train");
        assertThat(map.unrestricted()).isEqualTo(1);
    }

    @Test
    void whenNoNodeFitsTheReasonOfMostNodesDecidesThenTheSelectorBeforeATaintBeforeACordon() {
        NodeGroup mixed = new NodeGroup("mixed", true, List.of(
                node("a", Map.of(), List.of(), true),
                node("b", Map.of(), List.of(GPU_TAINT), false),
                node("c", Map.of(), List.of(GPU_TAINT), false)));
        NodeGroup even = new NodeGroup("even", true, List.of(
                node("a", Map.of(), List.of(), true),
                node("b", Map.of(), List.of(GPU_TAINT), false)));
        NodeGroup cordoned = new NodeGroup("cordoned", true, List.of(node("a", Map.of(), List.of(), true)));
        SchedulingConstraints free = SchedulingConstraints.unconstrained();

        assertThat(mixed.fit(free)).extracting(GroupFit::verdict, GroupFit::schedulableNodes, GroupFit::nodes,
                GroupFit::detail).containsExactly(Verdict.REPELLED, 0, 3, "gpu=true:NoSchedule");
        assertThat(even.fit(free).verdict()).isEqualTo(Verdict.REPELLED);
        assertThat(cordoned.fit(free)).extracting(GroupFit::verdict, GroupFit::detail)
                .containsExactly(Verdict.CORDONED, "");
    }

    private static List<String> cells(PlacementMap map, int row) {
        return map.rows().get(row).cells().stream().map(cell -> cell.verdict() + " " + cell.schedulableNodes() + "/"
                + cell.nodes() + (cell.detail().isEmpty() ? "" : " " + cell.detail())).toList();
    }

    private static WorkloadScheduling workload(String name, Map<String, String> selector,
            List<Toleration> tolerations) {
        return new WorkloadScheduling("shop", ResourceKind.DEPLOYMENT, name, new SchedulingConstraints(selector,
                List.of(), List.of(), List.of(), List.of(), tolerations));
    }

    private static NodeView node(String name, Map<String, String> labels, List<Taint> taints, boolean cordoned) {
        return new NodeView(name, labels, taints, Map.of(), Map.of("Ready", "True"), cordoned);
    }
}
