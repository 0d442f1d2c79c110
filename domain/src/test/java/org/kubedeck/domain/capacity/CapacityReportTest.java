package org.kubedeck.domain.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.capacity.CapacityReport.NamespaceLine;
import org.kubedeck.domain.capacity.CapacityReport.WorkloadLine;
import org.kubedeck.domain.capacity.CapacitySnapshot.ClaimSize;
import org.kubedeck.domain.capacity.CapacitySnapshot.NodeSize;
import org.kubedeck.domain.capacity.CapacitySnapshot.PodLoad;
import org.kubedeck.domain.capacity.CapacitySnapshot.PodUsage;

class CapacityReportTest {

    private static final long GI = 1L << 30;
    private static final long MI = 1L << 20;
    private static final Prices PRICES = new Prices(new BigDecimal("0.05"), new BigDecimal("0.01"),
            new BigDecimal("0.10"), "USD");

    private static PodLoad pod(String namespace, String name, String node, String workload, long cpu, long memory,
            long cpuLimit, long memoryLimit) {
        return new PodLoad(namespace, name, node, workload, new Amounts(cpu, memory),
                new Amounts(cpuLimit, memoryLimit), cpu == 0 && memory == 0);
    }

    @Test
    void nodesAddUpTheirPodsAndLimitsBeyondWhatTheyHoldAreOverCommitted() {
        CapacitySnapshot snapshot = new CapacitySnapshot(List.of(new NodeSize("a", new Amounts(2000, 8 * GI)),
                new NodeSize("b", new Amounts(2000, 8 * GI))), List.of(
                pod("shop", "web-1", "a", "deployment/web", 500, GI, 1500, 2 * GI),
                pod("shop", "web-2", "a", "deployment/web", 500, GI, 1500, 2 * GI),
                pod("shop", "waiting", "", "", 100, 0, 0, 0)), List.of(), List.of(), "no metrics");

        CapacityReport report = CapacityReport.of(snapshot, Prices.NONE, List.of());

        assertThat(report.nodes().get(0)).satisfies(node -> {
            assertThat(node.requested()).isEqualTo(new Amounts(1000, 2 * GI));
            assertThat(node.limits()).isEqualTo(new Amounts(3000, 4 * GI));
            assertThat(node.overcommitted()).as("3 cores of limits on 2").isTrue();
            assertThat(node.cpuPercent()).isEqualTo(50);
            assertThat(node.pods()).isEqualTo(2);
        });
        assertThat(report.nodes().get(1).overcommitted()).isFalse();
        assertThat(report.metrics()).isFalse();
        assertThat(report.namespaces()).singleElement().satisfies(line -> {
            assertThat(line.monthly()).as("no prices, no cost").isNull();
            assertThat(line.used()).isNull();
        });
        assertThat(report.unrequested()).isEmpty();
    }

    @Test
    void costsFollowRequestsAndPricesAndANamespaceOverItsBudgetSaysSo() {
        CapacitySnapshot snapshot = new CapacitySnapshot(List.of(new NodeSize("a", new Amounts(4000, 16 * GI))),
                List.of(pod("shop", "web-1", "a", "deployment/web", 1000, 2 * GI, 0, 0),
                        pod("ml", "bare", "a", "", 0, 0, 0, 0)),
                List.of(new ClaimSize("shop", "data", 10 * GI)), List.of(), null);

        CapacityReport report = CapacityReport.of(snapshot, PRICES, List.of(
                new NamespaceBudget("shop", new BigDecimal("50")), new NamespaceBudget("ml", new BigDecimal("5"))));

        NamespaceLine shop = report.namespaces().stream().filter(line -> line.namespace().equals("shop")).findFirst()
                .orElseThrow();
        // 730 h × (1 core × 0.05 + 2 GiB × 0.01) + 10 GiB × 0.10
        assertThat(shop.monthly()).isEqualByComparingTo("52.10");
        assertThat(shop.storage()).isEqualTo(10 * GI);
        assertThat(shop.overBudget()).isTrue();
        assertThat(report.namespaces()).filteredOn(line -> line.namespace().equals("ml")).singleElement()
                .satisfies(line -> {
                    assertThat(line.overBudget()).isFalse();
                    assertThat(line.unrequested()).isOne();
                });
        assertThat(report.workloads()).singleElement().satisfies(line -> assertThat(line.monthly())
                .isEqualByComparingTo("51.10"));
        assertThat(report.unrequested()).containsExactly("ml/bare");
    }

    @Test
    void usageSuggestsLowerRaisedOrNewRequests() {
        CapacitySnapshot snapshot = new CapacitySnapshot(List.of(new NodeSize("a", new Amounts(8000, 32 * GI))),
                List.of(pod("shop", "big-1", "a", "deployment/big", 1000, 2 * GI, 0, 0),
                        pod("shop", "tight-1", "a", "deployment/tight", 100, 128 * MI, 0, 0),
                        pod("shop", "fit-1", "a", "deployment/fit", 100, 128 * MI, 0, 0),
                        pod("shop", "none-1", "a", "deployment/none", 0, 0, 0, 0)),
                List.of(), List.of(new PodUsage("shop", "big-1", new Amounts(100, 256 * MI)),
                        new PodUsage("shop", "tight-1", new Amounts(99, 127 * MI)),
                        new PodUsage("shop", "fit-1", new Amounts(70, 100 * MI)),
                        new PodUsage("shop", "none-1", new Amounts(50, 64 * MI))), null);

        List<WorkloadLine> workloads = CapacityReport.of(snapshot, Prices.NONE, List.of()).workloads();

        assertThat(workloads).extracting(WorkloadLine::workload).containsExactly("deployment/big",
                "deployment/fit", "deployment/none", "deployment/tight");
        assertThat(workloads.get(0).suggestion()).contains("Lower cpu to 130m", "10 %", "Lower memory to 333Mi");
        assertThat(workloads.get(1).suggestion()).as("within its requests").isNull();
        assertThat(workloads.get(2).suggestion()).contains("Request cpu to 65m", "requesting none");
        assertThat(workloads.get(3).suggestion()).contains("Raise cpu to 129m", "99 %", "Raise memory to 166Mi");
        assertThat(workloads.get(0).used()).isEqualTo(new Amounts(100, 256 * MI));
    }

    @Test
    void pricesAndBudgetsRefuseWhatIsNoAmount() {
        assertThatThrownBy(() -> new Prices(new BigDecimal("-1"), BigDecimal.ZERO, BigDecimal.ZERO, "USD"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field())
                        .isEqualTo("cpu_core_hour"));
        assertThatThrownBy(() -> new Prices(BigDecimal.ONE, new BigDecimal("0.0000001"), BigDecimal.ZERO, ""))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field())
                        .isEqualTo("memory_gib_hour"));
        assertThatThrownBy(() -> new Prices(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, "<script>"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("currency"));
        assertThatThrownBy(() -> new NamespaceBudget("shop", BigDecimal.ZERO))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("monthly"));
        assertThatThrownBy(() -> new NamespaceBudget("Bad_Ns", BigDecimal.TEN))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field())
                        .isEqualTo("namespace"));
        assertThat(Prices.NONE.set()).isFalse();
        assertThat(PRICES.set()).isTrue();
    }
}
