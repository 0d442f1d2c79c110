package org.kubedeck.application.unified.port.in;

import java.util.List;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.kube.LabelSelector;
import org.kubedeck.domain.kube.ResourceRef;
import org.kubedeck.domain.unified.FleetSearch;
import org.kubedeck.domain.user.Actor;

/**
 * Objects of one kind across every cluster the actor may read (or those named), by name, label selector and
 * namespace, each cluster within a deadline; a cluster that cannot answer is reported, never waited for.
 */
public interface SearchFleetQuery {

    int MOST_RESULTS = 1_000;

    FleetSearch search(Actor actor, SearchCommand command);

    /**
     * @param name      a part of the name, any case; empty: any
     * @param namespace empty: every namespace
     * @param clusters  empty: every cluster the actor may read
     */
    record SearchCommand(String resource, String name, LabelSelector selector, String namespace,
            List<ClusterName> clusters) {

        public SearchCommand {
            if (resource == null || resource.isBlank()) {
                throw new InvalidInputException("resource", Message.of("unified.resourceRequired",
                        "Name the kind to search: pods, deployments.apps, configmaps..."));
            }
            resource = resource.trim();
            name = name == null ? "" : name.trim();
            if (name.length() > 253) {
                throw new InvalidInputException("name", Message.of("resource.nameTooLong",
                        "A name filter has at most {0} characters.", String.valueOf(253)));
            }
            selector = selector == null ? LabelSelector.parse("") : selector;
            namespace = namespace == null || namespace.isBlank() ? "" : ResourceRef.checkNamespace(namespace.trim());
            clusters = List.copyOf(clusters == null ? List.of() : clusters);
        }
    }
}
