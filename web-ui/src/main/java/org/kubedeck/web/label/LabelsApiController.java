package org.kubedeck.web.label;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kubedeck.application.label.port.in.LabelsUseCase;
import org.kubedeck.application.label.port.in.LabelsUseCase.BatchResult;
import org.kubedeck.application.label.port.in.LabelsUseCase.LabelBatchCommand;
import org.kubedeck.domain.kube.LabelSelector;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.label.LabelChange;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.web.support.ClusterParameter;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Labels of one object, and in bulk by selector, in the paths of the plan the module comes from. */
@RestController
@RequestMapping("/api/k8s/labels")
class LabelsApiController {

    private final LabelsUseCase labels;

    LabelsApiController(LabelsUseCase labels) {
        this.labels = labels;
    }

    record LabelsJson(Map<String, String> labels) {
    }

    record KeysRequest(List<String> keys) {
    }

    record BatchRequest(String cluster, String namespace, String kind, String selector, Map<String, String> add,
            List<String> remove, Boolean dryRun) {
    }

    record BatchJson(List<String> matched, List<String> changed, Map<String, String> failed, boolean dryRun) {
    }

    @GetMapping("/{kind}/{cluster}/{namespace}/{name}")
    LabelsJson labels(Actor actor, @PathVariable String kind, @PathVariable String cluster,
            @PathVariable String namespace, @PathVariable String name) {
        return new LabelsJson(labels.labels(actor, ClusterParameter.object(cluster, namespace, kind, name)));
    }

    @PostMapping("/{kind}/{cluster}/{namespace}/{name}/add")
    LabelsJson add(Actor actor, @PathVariable String kind, @PathVariable String cluster,
            @PathVariable String namespace, @PathVariable String name, @RequestBody LabelsJson body) {
        return new LabelsJson(labels.change(actor, ClusterParameter.object(cluster, namespace, kind, name),
                LabelChange.setting(body.labels())));
    }

    @DeleteMapping("/{kind}/{cluster}/{namespace}/{name}/remove")
    LabelsJson remove(Actor actor, @PathVariable String kind, @PathVariable String cluster,
            @PathVariable String namespace, @PathVariable String name, @RequestBody KeysRequest body) {
        return new LabelsJson(labels.change(actor, ClusterParameter.object(cluster, namespace, kind, name),
                LabelChange.removing(body.keys() == null ? Set.of() : Set.copyOf(body.keys()))));
    }

    @PostMapping("/batch")
    BatchJson batch(Actor actor, @RequestBody BatchRequest body) {
        boolean dryRun = Boolean.TRUE.equals(body.dryRun());
        BatchResult result = labels.batch(actor, new LabelBatchCommand(
                ClusterParameter.namespace(body.cluster(), body.namespace()), ResourceKind.of(body.kind()),
                LabelSelector.parse(body.selector()), new LabelChange(body.add(),
                        body.remove() == null ? Set.of() : Set.copyOf(body.remove())), dryRun));
        return new BatchJson(result.matched(), result.changed(), result.failed(), dryRun);
    }
}
