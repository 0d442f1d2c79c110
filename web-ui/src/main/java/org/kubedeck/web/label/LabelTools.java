package org.kubedeck.web.label;

import java.util.List;
import org.kubedeck.application.label.port.in.LabelsUseCase;
import org.kubedeck.domain.label.LabelChange;
import org.kubedeck.web.label.LabelsApiController.LabelsJson;
import org.kubedeck.web.support.ClusterParameter;
import org.kubedeck.web.support.mcp.McpInput;
import org.kubedeck.web.support.mcp.McpTool;
import org.kubedeck.web.support.mcp.McpToolbox;
import org.springframework.stereotype.Component;

/** Setting and removing an object's labels as a tool, for writers; recorded as a version and audited. */
@Component
class LabelTools implements McpToolbox {

    private final LabelsUseCase labels;

    LabelTools(LabelsUseCase labels) {
        this.labels = labels;
    }

    @Override
    public List<McpTool> tools() {
        return List.of(McpTool.changing("labels_set", "Set labels", "Sets labels on an object, and removes those "
                + "given as null. Answers the object's labels after the change.",
                McpInput.cluster().text("resource", "The kind: deployment, statefulset, daemonset, pod, service, "
                        + "configmap, secret, ingress, cronjob... (singular or plural).", true)
                        .text("namespace", "The object's namespace.", true)
                        .text("name", "The object's name.", true)
                        .strings("labels", "The labels to set, {\"key\": \"value\"}; a null value removes the key.",
                                true),
                true, (actor, args) -> new LabelsJson(labels.change(actor, ClusterParameter.object(
                        args.text("cluster"), args.text("namespace"), args.text("resource"), args.text("name")),
                        LabelChange.of(args.strings("labels"))))));
    }
}
