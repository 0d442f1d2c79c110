package org.kubedeck.web.capacity;

import java.util.List;
import org.kubedeck.application.capacity.port.in.AnalyzeCapacityQuery;
import org.kubedeck.application.capacity.port.in.AnalyzeCapacityQuery.CapacityCommand;
import org.kubedeck.web.capacity.CapacityApiController.AnalysisJson;
import org.kubedeck.web.support.mcp.McpInput;
import org.kubedeck.web.support.mcp.McpTool;
import org.kubedeck.web.support.mcp.McpToolbox;
import org.springframework.stereotype.Component;

/** The capacity analysis as a tool. */
@Component
class CapacityTools implements McpToolbox {

    private final AnalyzeCapacityQuery analysis;

    CapacityTools(AnalyzeCapacityQuery analysis) {
        this.analysis = analysis;
    }

    @Override
    public List<McpTool> tools() {
        return List.of(McpTool.reading("performance_analyze", "Analyze capacity and cost", "Requests and limits "
                + "against what each node holds (over-committed nodes), per namespace and workload; usage against "
                + "requests with right-sizing suggestions where the cluster has a metrics API (the answer says when "
                + "it has none); pods without requests; and the monthly cost of the requests at the cluster's "
                + "prices against each namespace's budget.",
                McpInput.cluster().text("namespace", "Only this namespace; the whole cluster when left out.", false),
                (actor, args) -> {
                    CapacityCommand command = CapacityApiController.command(args.text("cluster"),
                            args.optionalText("namespace"));
                    return AnalysisJson.of(command, analysis.analyze(actor, command));
                }));
    }
}
