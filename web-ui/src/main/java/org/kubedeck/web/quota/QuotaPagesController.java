package org.kubedeck.web.quota;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kubedeck.application.cluster.port.in.ClusterQuery;
import org.kubedeck.application.label.port.in.LabelsUseCase;
import org.kubedeck.application.label.port.in.LabelsUseCase.BatchResult;
import org.kubedeck.application.node.port.in.NodesUseCase;
import org.kubedeck.application.quota.port.in.QuotaPressureUseCase;
import org.kubedeck.application.quota.port.in.QuotasUseCase;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.label.LabelChange;
import org.kubedeck.domain.node.PendingGroup;
import org.kubedeck.domain.node.Taint;
import org.kubedeck.domain.quota.LimitSpec;
import org.kubedeck.domain.quota.LimitSpec.Limit;
import org.kubedeck.domain.quota.QuotaSpec;
import org.kubedeck.domain.quota.QuotaView;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.ClusterAction;
import org.kubedeck.web.support.Attempt;
import org.kubedeck.web.support.Flash;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pages for a namespace's quotas and limit ranges (usage as bars), labels by selector (query and batch change),
 * and a cluster's nodes with their taints.
 */
@Controller
class QuotaPagesController {

    /** How far back the small usage lines on the quota page reach. */
    static final int TREND_DAYS = 7;

    private final QuotasUseCase quotas;
    private final LabelsUseCase labels;
    private final NodesUseCase nodes;
    private final QuotaPressureUseCase pressure;
    private final ClusterQuery clusters;

    QuotaPagesController(QuotasUseCase quotas, LabelsUseCase labels, NodesUseCase nodes,
            QuotaPressureUseCase pressure, ClusterQuery clusters) {
        this.quotas = quotas;
        this.pressure = pressure;
        this.labels = labels;
        this.nodes = nodes;
        this.clusters = clusters;
    }

    @GetMapping("/quotas/{cluster}/{namespace}")
    String quotas(Actor actor, @PathVariable String cluster, @PathVariable String namespace, Model model) {
        ClusterName name = ClusterName.of(cluster);
        List<QuotaView> found = quotas.quotas(actor, name, namespace);
        model.addAttribute("quotas", found);
        Map<String, String> trends = new LinkedHashMap<>();
        for (QuotaView quota : found) {
            Map<String, List<Double>> byResource = new LinkedHashMap<>();
            pressure.history(actor, name, namespace, quota.name(), TREND_DAYS).forEach(sample -> byResource
                    .computeIfAbsent(sample.resource(), r -> new ArrayList<>()).add(sample.ratio()));
            byResource.forEach((resource, ratios) -> trends.put(quota.name() + "/" + resource,
                    Sparkline.points(ratios)));
        }
        model.addAttribute("trends", trends);
        model.addAttribute("trendDays", TREND_DAYS);
        model.addAttribute("limitRanges", quotas.limitRanges(actor, name, namespace));
        return page(actor, name, namespace, model, "quotas/list");
    }

    /** Quota items at or above the warning threshold on every cluster the user may see. */
    @GetMapping("/quotas/pressure")
    String pressurePage(Actor actor, Model model) {
        model.addAttribute("items", pressure.pressure(actor));
        return "quotas/pressure";
    }

    /** {@code hard} is one line per resource: {@code requests.cpu=4}. */
    @PostMapping("/quotas/{cluster}/{namespace}")
    String saveQuota(Actor actor, @PathVariable String cluster, @PathVariable String namespace,
            @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String hard,
            @RequestParam(defaultValue = "false") boolean update, RedirectAttributes redirect) {
        return Flash.redirectAfter(redirect, update ? "quotas.updated" : "quotas.created", quotasPath(cluster, namespace), () -> {
            QuotaSpec spec = new QuotaSpec(name.trim(), pairs("hard", hard));
            if (update) {
                quotas.updateQuota(actor, ClusterName.of(cluster), namespace, spec);
            } else {
                quotas.createQuota(actor, ClusterName.of(cluster), namespace, spec);
            }
        });
    }

    @PostMapping("/quotas/{cluster}/{namespace}/{name}/delete")
    String deleteQuota(Actor actor, @PathVariable String cluster, @PathVariable String namespace,
            @PathVariable String name, RedirectAttributes redirect) {
        return Flash.redirectAfter(redirect, "quotas.deleted", quotasPath(cluster, namespace),
                () -> quotas.deleteQuota(actor, ClusterName.of(cluster), namespace, name));
    }

    /** One limit of the given type; each map is one line per resource. */
    @PostMapping("/quotas/{cluster}/{namespace}/limits")
    String saveLimitRange(Actor actor, @PathVariable String cluster, @PathVariable String namespace,
            @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "Container") String type,
            @RequestParam(defaultValue = "") String max, @RequestParam(defaultValue = "") String min,
            @RequestParam(name = "default", defaultValue = "") String defaultLimit,
            @RequestParam(defaultValue = "") String defaultRequest, RedirectAttributes redirect) {
        return Flash.redirectAfter(redirect, "quotas.limitsSaved", quotasPath(cluster, namespace), () -> {
            LimitSpec spec = new LimitSpec(name.trim(), List.of(new Limit(type, pairs("max", max), pairs("min", min),
                    pairs("default", defaultLimit), pairs("defaultRequest", defaultRequest), Map.of())));
            ClusterName clusterName = ClusterName.of(cluster);
            boolean exists = quotas.limitRanges(actor, clusterName, namespace).stream()
                    .anyMatch(existing -> existing.name().equals(spec.name()));
            if (exists) {
                quotas.updateLimitRange(actor, clusterName, namespace, spec);
            } else {
                quotas.createLimitRange(actor, clusterName, namespace, spec);
            }
        });
    }

    @PostMapping("/quotas/{cluster}/{namespace}/limits/{name}/delete")
    String deleteLimitRange(Actor actor, @PathVariable String cluster, @PathVariable String namespace,
            @PathVariable String name, RedirectAttributes redirect) {
        return Flash.redirectAfter(redirect, "quotas.limitsDeleted", quotasPath(cluster, namespace),
                () -> quotas.deleteLimitRange(actor, ClusterName.of(cluster), namespace, name));
    }

    /** Find objects by selector; with a label change, preview it or carry it out on what matches. */
    @GetMapping("/labels/{cluster}")
    String labelsPage(Actor actor, @PathVariable String cluster, @RequestParam(defaultValue = "") String namespace,
            @RequestParam(defaultValue = "") String selector, @RequestParam(defaultValue = "") String kind,
            Model model) {
        ClusterName name = ClusterName.of(cluster);
        model.addAttribute("cluster", clusters.cluster(actor, name));
        model.addAttribute("namespace", namespace);
        model.addAttribute("selector", selector);
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", ResourceKind.BUILT_IN);
        model.addAttribute("mayChange", actor.permissions().allows(name, ClusterAction.CHANGE));
        if (!selector.isBlank() || !kind.isBlank()) {
            Attempt.run(() -> {
                List<ResourceKind> kinds = kind.isBlank() ? ResourceKind.BUILT_IN
                        : List.of(ResourceKind.of(kind));
                model.addAttribute("found", labels.select(actor, name, namespace.isBlank() ? null : namespace, kinds,
                        selector));
            }).refusal().ifPresent(refusal -> model.addAttribute("error", refusal.message()));
        }
        return "labels/search";
    }

    @PostMapping("/labels/{cluster}/batch")
    String batch(Actor actor, @PathVariable String cluster, @RequestParam String namespace,
            @RequestParam String kind, @RequestParam(defaultValue = "") String selector,
            @RequestParam(defaultValue = "") String add, @RequestParam(defaultValue = "") String remove,
            @RequestParam(defaultValue = "false") boolean preview, Model model) {
        Attempt.run(() -> {
            LabelChange change = new LabelChange(pairs("labels", add), Arrays.stream(remove.split("[,\\s]+"))
                    .filter(key -> !key.isBlank()).collect(java.util.stream.Collectors.toSet()));
            BatchResult result = labels.batch(actor, ClusterName.of(cluster), namespace, ResourceKind.of(kind),
                    selector, change, preview);
            model.addAttribute("batch", result);
            model.addAttribute("preview", preview);
        }).refusal().ifPresent(refusal -> model.addAttribute("error", refusal.message()));
        model.addAttribute("add", add);
        model.addAttribute("remove", remove);
        return labelsPage(actor, cluster, namespace, selector, kind, model);
    }

    @GetMapping("/nodes/{cluster}")
    String nodesPage(Actor actor, @PathVariable String cluster, Model model) {
        ClusterName name = ClusterName.of(cluster);
        model.addAttribute("cluster", clusters.cluster(actor, name));
        model.addAttribute("nodes", nodes.nodes(actor, name));
        model.addAttribute("pending", PendingGroup.of(nodes.unschedulable(actor, name)));
        model.addAttribute("mayConfigure", actor.permissions().allows(name, ClusterAction.CONFIGURE));
        return "nodes/list";
    }

    @PostMapping("/nodes/{cluster}/{node}/taints")
    String addTaint(Actor actor, @PathVariable String cluster, @PathVariable String node,
            @RequestParam(defaultValue = "") String key, @RequestParam(defaultValue = "") String value,
            @RequestParam(defaultValue = "") String effect, RedirectAttributes redirect) {
        return Flash.redirectAfter(redirect, "nodes.tainted", "/nodes/" + cluster, () -> nodes.addTaint(actor,
                ClusterName.of(cluster), node, new Taint(key.trim(), value.trim(), Taint.Effect.of(effect))));
    }

    @PostMapping("/nodes/{cluster}/{node}/taints/remove")
    String removeTaint(Actor actor, @PathVariable String cluster, @PathVariable String node,
            @RequestParam String key, @RequestParam String effect, RedirectAttributes redirect) {
        return Flash.redirectAfter(redirect, "nodes.untainted", "/nodes/" + cluster,
                () -> nodes.removeTaint(actor, ClusterName.of(cluster), node, key, Taint.Effect.of(effect)));
    }

    private String page(Actor actor, ClusterName cluster, String namespace, Model model, String view) {
        model.addAttribute("cluster", clusters.cluster(actor, cluster));
        model.addAttribute("namespace", namespace);
        model.addAttribute("mayChange", actor.permissions().allows(cluster, ClusterAction.CHANGE));
        return view;
    }

    /** {@code key=value} pairs, one per line or comma-separated. */
    static Map<String, String> pairs(String field, String text) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String line : text.split("[\\n,]")) {
            if (line.isBlank()) {
                continue;
            }
            int equals = line.indexOf('=');
            if (equals < 1) {
                throw new InvalidInputException(field, "'" + line.trim() + "' is not key=value.");
            }
            pairs.put(line.substring(0, equals).trim(), line.substring(equals + 1).trim());
        }
        return pairs;
    }

    private static String quotasPath(String cluster, String namespace) {
        return "/quotas/" + cluster + "/" + namespace;
    }
}
