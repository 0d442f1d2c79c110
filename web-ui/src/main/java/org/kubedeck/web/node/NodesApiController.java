package org.kubedeck.web.node;

import java.util.List;
import java.util.Map;
import org.kubedeck.application.node.port.in.NodesUseCase;
import org.kubedeck.application.node.port.in.NodesUseCase.TaintCommand;
import org.kubedeck.application.node.port.in.PlacementQuery;
import org.kubedeck.domain.node.AffinityMap;
import org.kubedeck.domain.node.GroupFit;
import org.kubedeck.domain.node.NodeGroup;
import org.kubedeck.domain.node.NodeView;
import org.kubedeck.domain.node.PlacementMap;
import org.kubedeck.domain.node.PodAffinityTerm;
import org.kubedeck.domain.node.Taint;
import org.kubedeck.domain.node.WorkloadPlacement;
import org.kubedeck.domain.node.WorkloadScheduling;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.web.support.ClusterParameter;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A cluster's nodes and their taints, and which workloads may run on which node groups. */
@RestController
@RequestMapping("/api/k8s/nodes")
class NodesApiController {

    private final NodesUseCase nodes;
    private final PlacementQuery placement;

    NodesApiController(NodesUseCase nodes, PlacementQuery placement) {
        this.nodes = nodes;
        this.placement = placement;
    }

    record TaintJson(String key, String value, String effect) {

        static TaintJson of(Taint taint) {
            return new TaintJson(taint.key(), taint.value(), taint.effect().kubernetesName());
        }
    }

    record NodeJson(String name, boolean ready, boolean unschedulable, Map<String, String> labels,
            List<TaintJson> taints, Map<String, String> allocatable, Map<String, String> conditions) {

        static NodeJson of(NodeView node) {
            return new NodeJson(node.name(), node.ready(), node.unschedulable(), node.labels(),
                    node.taints().stream().map(TaintJson::of).toList(), node.allocatable(), node.conditions());
        }
    }

    @GetMapping("/{cluster}")
    List<NodeJson> nodes(Actor actor, @PathVariable String cluster) {
        return nodes.nodes(actor, ClusterParameter.of(cluster)).stream().map(NodeJson::of).toList();
    }

    record GroupJson(String name, boolean labelled, List<String> nodes, List<String> taints) {

        static GroupJson of(NodeGroup group) {
            return new GroupJson(group.name(), group.labelled(), group.nodeNames(),
                    group.sharedTaints().stream().map(Taint::describe).toList());
        }
    }

    record CellJson(String group, String verdict, int schedulableNodes, int nodes, String detail) {

        static CellJson of(GroupFit cell) {
            return new CellJson(cell.group().name(), cell.verdict().code(), cell.schedulableNodes(), cell.nodes(),
                    cell.detail());
        }
    }

    record WorkloadJson(String namespace, String kind, String name, List<CellJson> cells) {

        static WorkloadJson of(WorkloadPlacement row) {
            return new WorkloadJson(row.workload().namespace(), row.workload().kind().code(), row.workload().name(),
                    row.cells().stream().map(CellJson::of).toList());
        }
    }

    /** @param unconstrained where pods without constraints may run, a cell per group */
    record PlacementJson(String groupLabel, List<GroupJson> groups, List<CellJson> unconstrained,
            List<WorkloadJson> workloads) {
    }

    /** Without {@code all}, only the workloads whose constraints change where they may run. */
    @GetMapping("/{cluster}/placement")
    PlacementJson placement(Actor actor, @PathVariable String cluster,
            @RequestParam(defaultValue = "") String namespace, @RequestParam(defaultValue = "") String group,
            @RequestParam(defaultValue = "false") boolean all) {
        PlacementMap map = placement.placement(actor, ClusterParameter.of(cluster), namespace.isBlank() ? null
                : namespace.trim(), group.isBlank() ? null : group).map();
        return new PlacementJson(map.groups().grouping().label(),
                map.groups().groups().stream().map(GroupJson::of).toList(),
                map.unconstrained().stream().map(CellJson::of).toList(),
                (all ? map.rows() : map.restricted()).stream().map(WorkloadJson::of).toList());
    }

    record WorkloadRefJson(String namespace, String kind, String name) {

        static WorkloadRefJson of(WorkloadScheduling workload) {
            return new WorkloadRefJson(workload.namespace(), workload.kind().code(), workload.name());
        }
    }

    /** {@code type}: {@code affinity} or {@code anti_affinity}; {@code weight} 0 for a required term. */
    record LinkJson(WorkloadRefJson from, WorkloadRefJson to, String type, boolean required, int weight,
            String topologyKey, String selector) {
    }

    record UnmatchedJson(WorkloadRefJson from, String type, boolean required, String topologyKey, String selector) {
    }

    record AffinityJson(List<WorkloadRefJson> workloads, List<LinkJson> links, List<UnmatchedJson> unmatched) {
    }

    /** Which workloads attract or repel which through pod (anti-)affinity, in the namespace or every one. */
    @GetMapping("/{cluster}/affinity")
    AffinityJson affinity(Actor actor, @PathVariable String cluster,
            @RequestParam(defaultValue = "") String namespace) {
        AffinityMap map = placement.affinity(actor, ClusterParameter.of(cluster), namespace.isBlank() ? null
                : namespace.trim());
        return new AffinityJson(map.workloads().stream().map(WorkloadRefJson::of).toList(),
                map.links().stream().map(link -> new LinkJson(WorkloadRefJson.of(link.from()),
                        WorkloadRefJson.of(link.to()), type(link.term()), link.term().required(),
                        link.term().weight(), link.term().topologyKey(), link.term().selector().toQuery())).toList(),
                map.unmatched().stream().map(unmatched -> new UnmatchedJson(WorkloadRefJson.of(unmatched.from()),
                        type(unmatched.term()), unmatched.term().required(), unmatched.term().topologyKey(),
                        unmatched.term().selector().toQuery())).toList());
    }

    private static String type(PodAffinityTerm term) {
        return term.anti() ? "anti_affinity" : "affinity";
    }

    @PostMapping("/{cluster}/{node}/taints")
    NodeJson addTaint(Actor actor, @PathVariable String cluster, @PathVariable String node,
            @RequestBody TaintJson body) {
        return NodeJson.of(nodes.addTaint(actor, new TaintCommand(ClusterParameter.of(cluster), node,
                new Taint(body.key(), body.value(), Taint.Effect.of(body.effect())))));
    }

    @DeleteMapping("/{cluster}/{node}/taints")
    NodeJson removeTaint(Actor actor, @PathVariable String cluster, @PathVariable String node,
            @RequestBody TaintJson body) {
        return NodeJson.of(nodes.removeTaint(actor, new TaintCommand(ClusterParameter.of(cluster), node,
                new Taint(body.key(), null, Taint.Effect.of(body.effect())))));
    }
}
