package org.kubedeck.application.unified;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kubedeck.application.UseCase;
import org.kubedeck.application.kube.ClusterGate;
import org.kubedeck.application.kube.ResourceHistory;
import org.kubedeck.application.kube.port.out.KindDiscovery;
import org.kubedeck.application.kube.port.out.ResourceCluster;
import org.kubedeck.application.unified.Fleet.Answer;
import org.kubedeck.application.unified.port.in.CompareFleetQuery;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.cluster.ClusterUnavailableException;
import org.kubedeck.domain.kube.LiveResource;
import org.kubedeck.domain.kube.NamespaceRef;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.unified.FleetComparison;
import org.kubedeck.domain.unified.FleetSearch.Unavailable;
import org.kubedeck.domain.unified.NamespaceComparison;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.ClusterAction;

/**
 * Each cluster read at once through {@link Fleet}, in its normalised form (what the cluster owns left out; a
 * Secret's values as their fingerprints, equal where the values are), then compared in the domain.
 */
@UseCase
class CompareFleetService implements CompareFleetQuery {

    private final ClusterGate gate;
    private final KindDiscovery discovery;
    private final ResourceCluster resources;
    private final ResourceHistory history;
    private final Fleet fleet;

    CompareFleetService(ClusterGate gate, KindDiscovery discovery, ResourceCluster resources, ResourceHistory history,
            Fleet fleet) {
        this.gate = gate;
        this.discovery = discovery;
        this.resources = resources;
        this.history = history;
        this.fleet = fleet;
    }

    @Override
    public FleetComparison compare(Actor actor, CompareCommand command) {
        Map<ClusterName, String> yaml = new LinkedHashMap<>();
        List<Unavailable> unavailable = new ArrayList<>();
        fleet.ask(command.clusters(), cluster -> read(actor, cluster, command)).forEach((cluster, answer) -> {
            if (answer.answered()) {
                yaml.put(cluster, answer.value().isEmpty() ? null : answer.value());
            } else {
                unavailable.add(new Unavailable(cluster, answer.problem()));
            }
        });
        return FleetComparison.of(yaml, unavailable);
    }

    /** The object's YAML, or empty text when the cluster does not have it. */
    private String read(Actor actor, ClusterName cluster, CompareCommand command) {
        ClusterAccess access = gate.open(actor, cluster, ClusterAction.VIEW, "compare " + command.resource() + " "
                + command.name(), cluster.value());
        ResourceKind kind = discovery.kinds(access).find(command.resource());
        return resources.read(access, kind, kind.namespaceOf(command.namespace()), command.name(), history.mask())
                .map(LiveResource::yaml).orElse("");
    }

    @Override
    public NamespaceComparison compareNamespace(Actor actor, NamespaceCompareCommand command) {
        // Refused or unknown clusters answer as such, before either is read.
        for (ClusterName cluster : List.of(command.left(), command.right())) {
            gate.require(actor, cluster, ClusterAction.VIEW, "compare the namespace " + command.namespace(),
                    command.namespace());
        }
        Map<ClusterName, Answer<Map<String, String>>> answers = fleet.ask(List.of(command.left(), command.right()),
                cluster -> objects(actor, NamespaceRef.of(cluster, command.namespace())));
        for (Answer<Map<String, String>> answer : answers.values()) {
            if (!answer.answered()) {
                throw new ClusterUnavailableException(answer.problem());
            }
        }
        return NamespaceComparison.of(command.left(), answers.get(command.left()).value(), command.right(),
                answers.get(command.right()).value());
    }

    private Map<String, String> objects(Actor actor, NamespaceRef namespace) {
        ClusterAccess access = gate.open(actor, namespace, ClusterAction.VIEW, "compare the namespace");
        Map<String, String> objects = new TreeMap<>();
        resources.list(access, namespace.namespace(), history.mask()).forEach(object -> objects.put(
                object.kind().resource() + "/" + object.name(), object.yaml()));
        return objects;
    }
}
