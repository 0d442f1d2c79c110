package org.kubedeck.web.support;

import org.kubedeck.application.cluster.port.in.ClusterQuery;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.ClusterAction;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What every page about one namespace shows around its content: the cluster (for the header and crumbs), the
 * namespace, and whether the user may change things there.
 */
@Component
public class NamespacePages {

    private final ClusterQuery clusters;

    NamespacePages(ClusterQuery clusters) {
        this.clusters = clusters;
    }

    /** Puts {@code cluster}, {@code namespace} and {@code mayChange} in the model; returns {@code view}. */
    public String page(Actor actor, ClusterName cluster, String namespace, Model model, String view) {
        model.addAttribute("cluster", clusters.cluster(actor, cluster));
        model.addAttribute("namespace", namespace);
        model.addAttribute("mayChange", actor.permissions().allows(cluster, ClusterAction.CHANGE));
        return view;
    }
}
