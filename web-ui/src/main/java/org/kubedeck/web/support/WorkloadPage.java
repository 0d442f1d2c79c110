package org.kubedeck.web.support;

import org.kubedeck.domain.cluster.Cluster;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.kube.ResourceRef;
import org.springframework.ui.Model;

/**
 * What the pages about one workload (the workload page, its Scale and Scheduling pages) share: the reference read
 * from their path, its URL, and the model the crumbs of {@code console/crumbs.html} and the forms' paths use.
 */
public final class WorkloadPage {

    private WorkloadPage() {
    }

    /**
     * The workload a path names; {@code type} as in the console's URLs ({@code deployment}, {@code statefulset}…).
     */
    public static ResourceRef ref(String cluster, String namespace, String type, String workload) {
        return new ResourceRef(ClusterName.of(cluster), namespace, ResourceKind.workload(type),
                workload);
    }

    public static String path(ResourceRef workload) {
        return "/k8s/" + workload.cluster().value() + "/" + workload.namespace() + "/" + workload.kind().code() + "/"
                + workload.name();
    }

    /** The cluster and the names of the workload, for a whole page. */
    public static void describe(Model model, Cluster cluster, String namespace, String type, String workload) {
        model.addAttribute("cluster", cluster);
        name(model, cluster.name(), namespace, type, workload);
    }

    /** The names alone, for a fragment that carries no crumbs. */
    public static void name(Model model, ClusterName cluster, String namespace, String type, String workload) {
        model.addAttribute("clusterName", cluster.value());
        model.addAttribute("namespaceName", namespace);
        model.addAttribute("typeCode", type);
        model.addAttribute("workloadName", workload);
    }
}
