package org.kubedeck.domain.cluster;

import java.util.Locale;
import java.util.Map;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;

/**
 * Where a cluster runs: a managed Kubernetes service, or {@link #OTHER}. Detected from its nodes' provider IDs and
 * labels where they say so; otherwise chosen by the cluster's admins.
 */
public enum Provider {
    EKS("aws://", "eks.amazonaws.com/nodegroup"),
    GKE("gce://", "cloud.google.com/gke-nodepool"),
    AKS("azure://", "kubernetes.azure.com/cluster"),
    ACK("alicloud://", "alibabacloud.com/nodepool-id"),
    CCE("", "cce.cloud.com/cce-nodepool"),
    TKE("qcloud://", "cloud.tencent.com/node-instance-id"),
    OTHER("", "");

    private final String providerIdPrefix;
    private final String nodeLabel;

    Provider(String providerIdPrefix, String nodeLabel) {
        this.providerIdPrefix = providerIdPrefix;
        this.nodeLabel = nodeLabel;
    }

    /** The lowercase word of the JSON API and forms: {@code eks}, {@code cce}, {@code other}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The provider a node's ID ({@code aws:///eu-west-1a/i-0abc}) or labels name; null when none does. */
    public static Provider ofNode(String providerId, Map<String, String> labels) {
        for (Provider provider : values()) {
            if (provider == OTHER) {
                continue;
            }
            if (!provider.providerIdPrefix.isEmpty() && providerId != null
                    && providerId.startsWith(provider.providerIdPrefix)) {
                return provider;
            }
            if (labels.containsKey(provider.nodeLabel)) {
                return provider;
            }
        }
        return null;
    }

    /** A choice as typed: blank or {@code auto} for none (detect it), else one of the codes. */
    public static Provider choice(String code) {
        if (code == null || code.isBlank() || code.trim().equalsIgnoreCase("auto")) {
            return null;
        }
        for (Provider provider : values()) {
            if (provider.code().equals(code.trim().toLowerCase(Locale.ROOT))) {
                return provider;
            }
        }
        throw new InvalidInputException("provider", Message.of("cluster.providerUnknown",
                "Provider '{0}' is not one of eks, gke, aks, ack, cce, tke, other (or auto).", code));
    }
}
