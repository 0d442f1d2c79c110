package org.kubedeck.web.unified;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.kubedeck.application.unified.port.in.BatchFleetUseCase;
import org.kubedeck.application.unified.port.in.BatchFleetUseCase.BatchCommand;
import org.kubedeck.application.unified.port.in.CompareFleetQuery;
import org.kubedeck.application.unified.port.in.SearchFleetQuery;
import org.kubedeck.domain.kube.KeyValues;
import org.kubedeck.domain.kube.LabelSelector;
import org.kubedeck.domain.scale.Replicas;
import org.kubedeck.domain.unified.FleetBatch;
import org.kubedeck.domain.unified.FleetComparison;
import org.kubedeck.domain.unified.FleetSearch;
import org.kubedeck.domain.unified.FleetSearch.Found;
import org.kubedeck.domain.unified.NamespaceComparison;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.web.support.Attempt;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The search page the box in every page's header opens: results grouped by cluster, with links. */
@Controller
class UnifiedController {

    /** The kinds the box offers first; any other is typed as the API names it. */
    static final List<String> KINDS = List.of("deployments.apps", "pods", "services", "statefulsets.apps",
            "daemonsets.apps", "configmaps", "ingresses.networking.k8s.io", "cronjobs.batch", "jobs.batch",
            "persistentvolumeclaims", "nodes", "namespaces");

    private final SearchFleetQuery search;
    private final CompareFleetQuery comparing;
    private final BatchFleetUseCase batching;
    private final Clock clock;

    UnifiedController(SearchFleetQuery search, CompareFleetQuery comparing, BatchFleetUseCase batching,
            Clock clock) {
        this.search = search;
        this.comparing = comparing;
        this.batching = batching;
        this.clock = clock;
    }

    @GetMapping("/batch")
    String batchForm(@RequestParam(defaultValue = "") String clusters, Model model) {
        model.addAttribute("form", new BatchForm("kick", clusters, "pods", "", "", "", ""));
        return "unified/batch";
    }

    /**
     * {@code labels}: {@code team=shop, -canary} sets team and removes canary. With {@code preview} nothing changes;
     * without, the change is made.
     */
    @PostMapping("/batch")
    String batch(Actor actor, BatchForm form, @RequestParam(defaultValue = "false") boolean preview, Model model) {
        model.addAttribute("form", form);
        Attempt<FleetBatch> done = Attempt.of(() -> batching.batch(actor, form.command(!preview)));
        done.value().ifPresent(batch -> model.addAttribute("batch", batch));
        done.refusal().ifPresent(refusal -> {
            model.addAttribute("error", refusal.message());
            model.addAttribute("errorField", refusal.field());
        });
        return "unified/batch";
    }

    /** The batch form as typed; every field is text. */
    record BatchForm(String action, String clusters, String resource, String namespace, String selector,
            String labels, String replicas) {

        BatchCommand command(boolean apply) {
            Map<String, String> change = new LinkedHashMap<>();
            for (String part : (labels == null ? "" : labels).split("[,\\s]+")) {
                if (part.startsWith("-") && part.length() > 1) {
                    change.put(part.substring(1), null);
                } else if (!part.isBlank()) {
                    change.putAll(KeyValues.parse("labels", part));
                }
            }
            Integer count = null;
            if (replicas != null && !replicas.isBlank()) {
                count = Replicas.parse(replicas).count();
            }
            return new BatchCommand(FleetBatch.Action.parse(action), UnifiedApiController.clusters(
                    clusters == null ? "" : clusters), resource, namespace, LabelSelector.parse(selector), change,
                    count, !apply);
        }
    }

    /**
     * With {@code name}, the object in each cluster compared; without, the namespace in two clusters; with neither,
     * the form.
     */
    @GetMapping("/compare")
    String compare(Actor actor, @RequestParam(defaultValue = "deployments.apps") String resource,
            @RequestParam(defaultValue = "") String namespace, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String clusters, Model model) {
        model.addAttribute("resource", resource);
        model.addAttribute("namespace", namespace);
        model.addAttribute("name", name);
        model.addAttribute("clusters", clusters);
        model.addAttribute("kinds", KINDS);
        if (!name.isBlank()) {
            Attempt<FleetComparison> compared = Attempt.of(() -> comparing.compare(actor,
                    UnifiedApiController.compareCommand(resource, namespace, name, clusters)));
            compared.value().ifPresent(comparison -> model.addAttribute("comparison", comparison));
            compared.refusal().ifPresent(refusal -> model.addAttribute("error", refusal.message()));
        } else if (!namespace.isBlank() && !clusters.isBlank()) {
            Attempt<NamespaceComparison> compared = Attempt.of(() -> comparing.compareNamespace(actor,
                    UnifiedApiController.namespaceCommand(namespace, clusters)));
            compared.value().ifPresent(comparison -> model.addAttribute("namespaces", comparison));
            compared.refusal().ifPresent(refusal -> model.addAttribute("error", refusal.message()));
        }
        return "unified/compare";
    }

    @GetMapping("/search")
    String page(Actor actor, @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "deployments.apps") String resource,
            @RequestParam(defaultValue = "") String selector, @RequestParam(defaultValue = "") String namespace,
            @RequestParam(defaultValue = "") String clusters, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("resource", resource);
        model.addAttribute("selector", selector);
        model.addAttribute("namespace", namespace);
        model.addAttribute("clusters", clusters);
        model.addAttribute("kinds", KINDS);
        model.addAttribute("now", clock.instant());
        if (!q.isBlank() || !selector.isBlank()) {
            Attempt<FleetSearch> found = Attempt.of(() -> search.search(actor, UnifiedApiController.command(resource,
                    q, selector, namespace, clusters)));
            found.value().ifPresent(results -> {
                model.addAttribute("found", results);
                model.addAttribute("byCluster", byCluster(results));
            });
            found.refusal().ifPresent(refusal -> model.addAttribute("error", refusal.message()));
        }
        return "unified/search";
    }

    private static Map<String, List<Found>> byCluster(FleetSearch found) {
        return found.results().stream().collect(Collectors.groupingBy(result -> result.cluster().value(),
                TreeMap::new, Collectors.toList()));
    }
}
