package org.kubedeck.web.unified;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.kubedeck.application.unified.port.in.SearchFleetQuery;
import org.kubedeck.application.unified.port.in.SearchFleetQuery.SearchCommand;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.kube.LabelSelector;
import org.kubedeck.domain.unified.FleetSearch;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.web.support.ClusterParameter;
import org.kubedeck.web.support.ErrorText;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Across clusters: objects of a kind found in every cluster the user may read. */
@RestController
class UnifiedApiController {

    private final SearchFleetQuery search;
    private final Clock clock;

    UnifiedApiController(SearchFleetQuery search, Clock clock) {
        this.search = search;
        this.clock = clock;
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

    /** The command a search's parameters give: {@code clusters} separated by commas, none for every one. */
    static SearchCommand command(String resource, String name, String selector, String namespace, String clusters) {
        List<ClusterName> named = Arrays.stream(clusters.split(",")).map(String::trim).filter(c -> !c.isEmpty())
                .map(ClusterParameter::of).distinct().toList();
        return new SearchCommand(resource, name, LabelSelector.parse(selector), namespace, named);
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
