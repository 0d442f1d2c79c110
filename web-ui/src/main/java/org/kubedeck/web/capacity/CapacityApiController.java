package org.kubedeck.web.capacity;

import java.math.BigDecimal;
import java.util.List;
import org.kubedeck.application.capacity.port.in.AnalyzeCapacityQuery;
import org.kubedeck.application.capacity.port.in.AnalyzeCapacityQuery.CapacityCommand;
import org.kubedeck.application.capacity.port.in.CapacitySettingsUseCase;
import org.kubedeck.application.capacity.port.in.CapacitySettingsUseCase.CapacitySettings;
import org.kubedeck.domain.capacity.Amounts;
import org.kubedeck.domain.capacity.CapacityReport;
import org.kubedeck.domain.capacity.CapacityReport.NamespaceLine;
import org.kubedeck.domain.capacity.CapacityReport.NodeLine;
import org.kubedeck.domain.capacity.CapacityReport.WorkloadLine;
import org.kubedeck.domain.capacity.NamespaceBudget;
import org.kubedeck.domain.capacity.Prices;
import org.kubedeck.domain.kube.ResourceQuantity;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.web.support.ClusterParameter;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Capacity and cost on the plan's paths ({@code performance/analyze}, {@code resources/monitor}), and the prices and
 * budgets they are judged by.
 */
@RestController
class CapacityApiController {

    private final AnalyzeCapacityQuery analysis;
    private final CapacitySettingsUseCase settings;

    CapacityApiController(AnalyzeCapacityQuery analysis, CapacitySettingsUseCase settings) {
        this.analysis = analysis;
        this.settings = settings;
    }

    /** No {@code namespace}: the whole cluster. */
    record CapacityRequest(String cluster, String namespace) {
    }

    /** Quantities as kubectl writes them; {@code used} null without metrics. */
    record ResourceJson(String allocatable, String requested, String limits, String used, Integer requestedPercent) {
    }

    record MetricsJson(boolean available, String message) {

        static MetricsJson of(CapacityReport report) {
            return new MetricsJson(report.metrics(), report.metricsProblem());
        }
    }

    record PricesJson(BigDecimal cpuCoreHour, BigDecimal memoryGibHour, BigDecimal storageGibMonth, String currency,
            boolean set) {

        static PricesJson of(Prices prices) {
            return new PricesJson(prices.cpuCoreHour(), prices.memoryGibHour(), prices.storageGibMonth(),
                    prices.currency(), prices.set());
        }
    }

    record NodeJson(String name, int pods, ResourceJson cpu, ResourceJson memory, boolean overcommitted) {

        static NodeJson of(NodeLine node) {
            return new NodeJson(node.name(), node.pods(), new ResourceJson(node.allocatable().cpuText(),
                    node.requested().cpuText(), node.limits().cpuText(), null, node.cpuPercent()),
                    new ResourceJson(node.allocatable().memoryText(), node.requested().memoryText(),
                            node.limits().memoryText(), null, node.memoryPercent()), node.overcommitted());
        }
    }

    record NamespaceJson(String namespace, int pods, ResourceJson cpu, ResourceJson memory, String storage,
            int podsWithoutRequests, BigDecimal monthlyCost, BigDecimal budget, boolean overBudget) {

        static NamespaceJson of(NamespaceLine line) {
            return new NamespaceJson(line.namespace(), line.pods(),
                    cpuJson(line.requested(), line.limits(), line.used()),
                    memoryJson(line.requested(), line.limits(), line.used()),
                    ResourceQuantity.formatBytes(line.storage()), line.unrequested(),
                    line.monthly(), line.budget(), line.overBudget());
        }
    }

    record WorkloadJson(String namespace, String workload, int pods, ResourceJson cpu, ResourceJson memory,
            BigDecimal monthlyCost, String suggestion) {

        static WorkloadJson of(WorkloadLine line) {
            return new WorkloadJson(line.namespace(), line.workload(), line.pods(),
                    cpuJson(line.requested(), null, line.used()), memoryJson(line.requested(), null, line.used()),
                    line.monthly(), line.suggestion());
        }
    }

    /** {@code monthly_cost}: requests × prices for a month of 730 hours; null until the cluster has prices. */
    record AnalysisJson(String cluster, String namespace, MetricsJson metrics, PricesJson prices, List<NodeJson> nodes,
            List<NamespaceJson> namespaces, List<WorkloadJson> workloads, List<String> podsWithoutRequests) {

        static AnalysisJson of(CapacityCommand command, CapacityReport report) {
            return new AnalysisJson(command.cluster().value(), command.namespace(), MetricsJson.of(report),
                    PricesJson.of(report.prices()), report.nodes().stream().map(NodeJson::of).toList(),
                    report.namespaces().stream().map(NamespaceJson::of).toList(),
                    report.workloads().stream().map(WorkloadJson::of).toList(), report.unrequested());
        }
    }

    record MonitorJson(String cluster, String namespace, MetricsJson metrics, List<NodeJson> nodes,
            List<NamespaceJson> namespaces) {
    }

    record BudgetJson(String namespace, BigDecimal monthly) {
    }

    record SettingsJson(PricesJson prices, List<BudgetJson> budgets) {

        static SettingsJson of(CapacitySettings settings) {
            return new SettingsJson(PricesJson.of(settings.prices()), settings.budgets().stream()
                    .map(budget -> new BudgetJson(budget.namespace(), budget.monthly())).toList());
        }
    }

    record PricesRequest(BigDecimal cpuCoreHour, BigDecimal memoryGibHour, BigDecimal storageGibMonth,
            String currency) {
    }

    record BudgetRequest(BigDecimal monthly) {
    }

    private static ResourceJson cpuJson(Amounts requested, Amounts limits, Amounts used) {
        return new ResourceJson(null, requested.cpuText(), limits == null ? null : limits.cpuText(),
                used == null ? null : used.cpuText(), null);
    }

    private static ResourceJson memoryJson(Amounts requested, Amounts limits, Amounts used) {
        return new ResourceJson(null, requested.memoryText(), limits == null ? null : limits.memoryText(),
                used == null ? null : used.memoryText(), null);
    }

    static CapacityCommand command(String cluster, String namespace) {
        return new CapacityCommand(ClusterParameter.of(cluster), namespace);
    }

    /** Read on the cluster. */
    @PostMapping("/api/k8s/mcp/performance/analyze")
    AnalysisJson analyze(Actor actor, @RequestBody CapacityRequest body) {
        CapacityCommand command = command(body.cluster(), body.namespace());
        return AnalysisJson.of(command, analysis.analyze(actor, command));
    }

    /** The nodes' and namespaces' part of the analysis: requests, limits and usage. Read on the cluster. */
    @PostMapping("/api/k8s/mcp/resources/monitor")
    MonitorJson monitor(Actor actor, @RequestBody CapacityRequest body) {
        CapacityCommand command = command(body.cluster(), body.namespace());
        AnalysisJson whole = AnalysisJson.of(command, analysis.analyze(actor, command));
        return new MonitorJson(whole.cluster(), whole.namespace(), whole.metrics(), whole.nodes(),
                whole.namespaces());
    }

    @GetMapping("/api/k8s/capacity/{cluster}/settings")
    SettingsJson settings(Actor actor, @PathVariable String cluster) {
        return SettingsJson.of(settings.settings(actor, ClusterParameter.of(cluster)));
    }

    /** The cluster's admins. */
    @PutMapping("/api/k8s/capacity/{cluster}/prices")
    SettingsJson prices(Actor actor, @PathVariable String cluster, @RequestBody PricesRequest body) {
        settings.setPrices(actor, ClusterParameter.of(cluster), new Prices(body.cpuCoreHour(), body.memoryGibHour(),
                body.storageGibMonth(), body.currency()));
        return settings(actor, cluster);
    }

    /** The cluster's admins. */
    @PutMapping("/api/k8s/capacity/{cluster}/budgets/{namespace}")
    SettingsJson budget(Actor actor, @PathVariable String cluster, @PathVariable String namespace,
            @RequestBody BudgetRequest body) {
        settings.setBudget(actor, ClusterParameter.of(cluster), new NamespaceBudget(namespace, body.monthly()));
        return settings(actor, cluster);
    }

    @DeleteMapping("/api/k8s/capacity/{cluster}/budgets/{namespace}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeBudget(Actor actor, @PathVariable String cluster, @PathVariable String namespace) {
        settings.removeBudget(actor, ClusterParameter.of(cluster), namespace);
    }
}
