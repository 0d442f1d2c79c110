package org.kubedeck.web.unified;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kubedeck.application.unified.port.in.BatchFleetUseCase;
import org.kubedeck.application.unified.port.in.BatchFleetUseCase.BatchCommand;
import org.kubedeck.application.unified.port.in.CompareFleetQuery;
import org.kubedeck.application.unified.port.in.CompareFleetQuery.CompareCommand;
import org.kubedeck.application.unified.port.in.CompareFleetQuery.NamespaceCompareCommand;
import org.kubedeck.application.unified.port.in.SearchFleetQuery;
import org.kubedeck.application.unified.port.in.SearchFleetQuery.SearchCommand;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.kube.LabelSelector;
import org.kubedeck.domain.unified.FleetBatch;
import org.kubedeck.domain.unified.FleetComparison;
import org.kubedeck.domain.unified.FleetSearch;
import org.kubedeck.domain.unified.NamespaceComparison;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.web.support.ClusterParameter;
import org.kubedeck.web.support.ErrorText;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Across clusters: objects of a kind found in every cluster the user may read, and compared between them. */
@RestController
class UnifiedApiController {

    private final SearchFleetQuery search;
    private final CompareFleetQuery comparing;
    private final BatchFleetUseCase batching;
    private final Clock clock;

    UnifiedApiController(SearchFleetQuery search, CompareFleetQuery comparing, BatchFleetUseCase batching,
            Clock clock) {
        this.search = search;
        this.comparing = comparing;
        this.batching = batching;
        this.clock = clock;
    }

    /** {@code labels}: for {@code label}, a null value removes the key; {@code dry_run} left out: true. */
    record BatchRequest(String action, List<String> clusters, String resource, String namespace, String selector,
            Map<String, String> labels, Integer replicas, Boolean dryRun) {

        BatchCommand command() {
            return new BatchCommand(FleetBatch.Action.parse(action), (clusters == null ? List.<String>of() : clusters)
                    .stream().map(ClusterParameter::of).distinct().toList(), resource, namespace,
                    LabelSelector.parse(selector), labels, replicas, !Boolean.FALSE.equals(dryRun));
        }
    }

    record ChangeJson(String cluster, String namespace, String name, String change) {
    }

    record RefusedJson(String cluster, String reason) {
    }

    record FailureJson(String cluster, String name, String message) {
    }

    record WarningJson(String cluster, String message) {
    }

    /** {@code warnings}: in a preview, what a kick would leave without pods (a cluster and its message). */
    record BatchJson(boolean dryRun, List<ChangeJson> changes, List<RefusedJson> refused,
            List<FailureJson> failures, List<WarningJson> warnings) {

        static BatchJson of(FleetBatch batch) {
            return new BatchJson(batch.dryRun(), batch.changes().stream().map(change -> new ChangeJson(
                    change.cluster().value(), change.namespace(), change.name(), change.change())).toList(),
                    batch.refused().stream().map(refused -> new RefusedJson(refused.cluster().value(),
                            ErrorText.of(refused.reason()))).toList(),
                    batch.failures().stream().map(failure -> new FailureJson(failure.cluster().value(),
                            failure.name(), ErrorText.of(failure.message()))).toList(),
                    batch.warnings().stream().map(warning -> new WarningJson(warning.cluster().value(),
                            ErrorText.of(warning.message()))).toList());
        }
    }

    /**
     * The change previewed ({@code dry_run}: nothing changes) or made, in every cluster at once; a cluster where the
     * user may only read is refused and untouched.
     */
    @PostMapping("/api/k8s/unified/batch")
    BatchJson batch(Actor actor, @RequestBody BatchRequest body) {
        return BatchJson.of(batching.batch(actor, body.command()));
    }

    /** {@code age}: as kubectl writes it ({@code 3d}); {@code created}: the exact time. */
    record ResultJson(String cluster, String resource, String namespace, String name, Map<String, String> labels,
            String age, Instant created) {
    }

    record UnavailableJson(String cluster, String message) {
    }

    record SearchJson(List<ResultJson> results, List<UnavailableJson> unavailable) {

        static SearchJson of(FleetSearch found, Instant now) {
            return new SearchJson(found.results().stream().map(result -> new ResultJson(result.cluster().value(),
                    result.resource(), result.namespace(), result.name(), result.labels(), result.age(now),
                    result.created())).toList(), found.unavailable().stream().map(cluster -> new UnavailableJson(
                            cluster.cluster().value(), ErrorText.of(cluster.message()))).toList());
        }
    }

    record CompareJson(List<String> clusters, boolean identical, List<String> missingIn, String diff,
            List<UnavailableJson> unavailable) {

        static CompareJson of(FleetComparison comparison) {
            return new CompareJson(comparison.clusters().stream().map(ClusterName::value).toList(),
                    comparison.identical(), comparison.missingIn().stream().map(ClusterName::value).toList(),
                    comparison.diff(), comparison.unavailable().stream().map(cluster -> new UnavailableJson(
                            cluster.cluster().value(), ErrorText.of(cluster.message()))).toList());
        }
    }

    /** {@code only_in}: each cluster's objects ({@code deployments.apps/web}) the other has not. */
    record NamespaceCompareJson(String namespace, List<String> clusters, Map<String, List<String>> onlyIn,
            List<String> different, int alike) {

        static NamespaceCompareJson of(String namespace, NamespaceComparison comparison) {
            Map<String, List<String>> onlyIn = new LinkedHashMap<>();
            onlyIn.put(comparison.left().value(), comparison.onlyInLeft());
            onlyIn.put(comparison.right().value(), comparison.onlyInRight());
            return new NamespaceCompareJson(namespace, List.of(comparison.left().value(),
                    comparison.right().value()), onlyIn, comparison.different(), comparison.alike());
        }
    }

    static List<ClusterName> clusters(String clusters) {
        return Arrays.stream(clusters.split(",")).map(String::trim).filter(c -> !c.isEmpty())
                .map(ClusterParameter::of).distinct().toList();
    }

    static CompareCommand compareCommand(String resource, String namespace, String name, String clusters) {
        return new CompareCommand(resource, namespace, name, clusters(clusters));
    }

    static NamespaceCompareCommand namespaceCommand(String namespace, String clusters) {
        List<ClusterName> two = clusters(clusters);
        if (two.size() != 2) {
            throw new InvalidInputException("clusters", Message.of("unified.exactlyTwo",
                    "Name two clusters, separated by a comma."));
        }
        return new NamespaceCompareCommand(namespace, two.get(0), two.get(1));
    }

    /** The same object in each cluster, its normalised YAML compared. Read on each cluster. */
    @GetMapping("/api/k8s/unified/compare")
    CompareJson compare(Actor actor, @RequestParam(defaultValue = "") String resource,
            @RequestParam(defaultValue = "") String namespace, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String clusters) {
        return CompareJson.of(comparing.compare(actor, compareCommand(resource, namespace, name, clusters)));
    }

    /** A namespace in two clusters. Read on both. */
    @GetMapping("/api/k8s/unified/compare/namespace")
    NamespaceCompareJson compareNamespace(Actor actor, @RequestParam(defaultValue = "") String namespace,
            @RequestParam(defaultValue = "") String clusters) {
        NamespaceCompareCommand command = namespaceCommand(namespace, clusters);
        return NamespaceCompareJson.of(command.namespace(), comparing.compareNamespace(actor, command));
    }

    /** The command a search's parameters give: {@code clusters} separated by commas, none for every one. */
    static SearchCommand command(String resource, String name, String selector, String namespace, String clusters) {
        return new SearchCommand(resource, name, LabelSelector.parse(selector), namespace, clusters(clusters));
    }

    /** Read on each cluster; a cluster that does not answer within the deadline is listed in {@code unavailable}. */
    @GetMapping("/api/k8s/unified/resources")
    SearchJson resources(Actor actor, @RequestParam(defaultValue = "") String resource,
            @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String selector,
            @RequestParam(defaultValue = "") String namespace, @RequestParam(defaultValue = "") String clusters) {
        return SearchJson.of(search.search(actor, command(resource, name, selector, namespace, clusters)),
                clock.instant());
    }
}
