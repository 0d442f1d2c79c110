package org.kubedeck.domain.scan;

import java.util.List;
import java.util.Optional;

/**
 * An API version Kubernetes deprecated, with the one that replaces it and the release that removes it (or removed
 * it: a cluster that still serves it is older). An object whose managers wrote it through one of these is found by
 * {@link Check#DEPRECATED_API}: its manifests and clients must move before the cluster is upgraded.
 */
public record DeprecatedApi(String apiVersion, String replacement, String removedIn) {

    static final List<DeprecatedApi> ALL = List.of(
            new DeprecatedApi("extensions/v1beta1", "apps/v1 or networking.k8s.io/v1", "1.22"),
            new DeprecatedApi("apps/v1beta1", "apps/v1", "1.16"),
            new DeprecatedApi("apps/v1beta2", "apps/v1", "1.16"),
            new DeprecatedApi("networking.k8s.io/v1beta1", "networking.k8s.io/v1", "1.22"),
            new DeprecatedApi("rbac.authorization.k8s.io/v1beta1", "rbac.authorization.k8s.io/v1", "1.22"),
            new DeprecatedApi("apiextensions.k8s.io/v1beta1", "apiextensions.k8s.io/v1", "1.22"),
            new DeprecatedApi("admissionregistration.k8s.io/v1beta1", "admissionregistration.k8s.io/v1", "1.22"),
            new DeprecatedApi("scheduling.k8s.io/v1beta1", "scheduling.k8s.io/v1", "1.22"),
            new DeprecatedApi("certificates.k8s.io/v1beta1", "certificates.k8s.io/v1", "1.22"),
            new DeprecatedApi("coordination.k8s.io/v1beta1", "coordination.k8s.io/v1", "1.22"),
            new DeprecatedApi("storage.k8s.io/v1beta1", "storage.k8s.io/v1", "1.22"),
            new DeprecatedApi("batch/v1beta1", "batch/v1", "1.25"),
            new DeprecatedApi("policy/v1beta1", "policy/v1", "1.25"),
            new DeprecatedApi("discovery.k8s.io/v1beta1", "discovery.k8s.io/v1", "1.25"),
            new DeprecatedApi("events.k8s.io/v1beta1", "events.k8s.io/v1", "1.25"),
            new DeprecatedApi("node.k8s.io/v1beta1", "node.k8s.io/v1", "1.25"),
            new DeprecatedApi("autoscaling/v2beta1", "autoscaling/v2", "1.25"),
            new DeprecatedApi("autoscaling/v2beta2", "autoscaling/v2", "1.26"),
            new DeprecatedApi("flowcontrol.apiserver.k8s.io/v1beta1", "flowcontrol.apiserver.k8s.io/v1", "1.26"),
            new DeprecatedApi("flowcontrol.apiserver.k8s.io/v1beta2", "flowcontrol.apiserver.k8s.io/v1", "1.29"),
            new DeprecatedApi("flowcontrol.apiserver.k8s.io/v1beta3", "flowcontrol.apiserver.k8s.io/v1", "1.32"));

    public static Optional<DeprecatedApi> of(String apiVersion) {
        return ALL.stream().filter(api -> api.apiVersion.equals(apiVersion)).findFirst();
    }
}
