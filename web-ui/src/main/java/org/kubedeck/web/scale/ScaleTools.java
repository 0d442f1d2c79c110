package org.kubedeck.web.scale;

import java.util.List;
import org.kubedeck.application.scale.port.in.ScaleWorkloadUseCase;
import org.kubedeck.domain.scale.Replicas;
import org.kubedeck.web.scale.ScaleApiController.ScaleJson;
import org.kubedeck.web.support.ClusterParameter;
import org.kubedeck.web.support.mcp.McpInput;
import org.kubedeck.web.support.mcp.McpTool;
import org.kubedeck.web.support.mcp.McpToolbox;
import org.springframework.stereotype.Component;

/** Scaling a workload as a tool: the change the scale page makes, for writers. */
@Component
class ScaleTools implements McpToolbox {

    private final ScaleWorkloadUseCase scaling;

    ScaleTools(ScaleWorkloadUseCase scaling) {
        this.scaling = scaling;
    }

    @Override
    public List<McpTool> tools() {
        return List.of(McpTool.changing("workload_scale", "Scale a workload", "Sets the replicas of a Deployment or "
                + "StatefulSet, after checking the namespace's quotas leave room for them. Fewer replicas stop pods.",
                McpInput.cluster().text("namespace", "The workload's namespace.", true)
                        .text("kind", "deployment or statefulset.", true)
                        .text("name", "The workload's name.", true)
                        .integer("replicas", "How many pods it should run, 0 to " + Replicas.MAX + ".", true),
                true, (actor, args) -> ScaleJson.of(scaling.scale(actor, ClusterParameter.object(args.text("cluster"),
                        args.text("namespace"), args.text("kind"), args.text("name")),
                        Replicas.of(args.integer("replicas"))))));
    }
}
