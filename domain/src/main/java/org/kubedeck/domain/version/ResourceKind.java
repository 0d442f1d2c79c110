package org.kubedeck.domain.version;

import java.util.Locale;
import org.kubedeck.domain.InvalidInputException;

/** The kinds of namespaced objects whose YAML the console shows, versions, backs up and restores. */
public enum ResourceKind {
    DEPLOYMENT("apps", "deployments", "Deployment"),
    STATEFULSET("apps", "statefulsets", "StatefulSet"),
    DAEMONSET("apps", "daemonsets", "DaemonSet"),
    SERVICE("", "services", "Service"),
    CONFIGMAP("", "configmaps", "ConfigMap"),
    SECRET("", "secrets", "Secret"),
    INGRESS("networking.k8s.io", "ingresses", "Ingress"),
    CRONJOB("batch", "cronjobs", "CronJob"),
    RESOURCEQUOTA("", "resourcequotas", "ResourceQuota"),
    LIMITRANGE("", "limitranges", "LimitRange"),
    /** Versioned when the console changes its labels (kick and restore); not backed up, pods come and go. */
    POD("", "pods", "Pod");

    private final String group;
    private final String plural;
    private final String kind;

    ResourceKind(String group, String plural, String kind) {
        this.group = group;
        this.plural = plural;
        this.kind = kind;
    }

    /** {@code Deployment}, as in a manifest. */
    public String kind() {
        return kind;
    }

    /** The API group; empty for the core group. */
    public String group() {
        return group;
    }

    public String version() {
        return "v1";
    }

    /** {@code apps/v1}, or {@code v1} for the core group. */
    public String apiVersion() {
        return group.isEmpty() ? version() : group + "/" + version();
    }

    public String plural() {
        return plural;
    }

    /** {@code deployment}: the word in paths, JSON and the database. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean backedUp() {
        return this != POD;
    }

    /** Accepts the code, the kind or the plural in any case: {@code deployment}, {@code Deployment}, {@code deployments}. */
    public static ResourceKind of(String value) {
        if (value != null) {
            String wanted = value.trim().toLowerCase(Locale.ROOT);
            for (ResourceKind kind : values()) {
                if (kind.code().equals(wanted) || kind.plural.equals(wanted)) {
                    return kind;
                }
            }
        }
        throw new InvalidInputException("kind", "Unknown kind '" + value + "'; one of deployment, statefulset, "
                + "daemonset, service, configmap, secret, ingress, cronjob, resourcequota, limitrange, pod.");
    }

    /** The kind named in a manifest ({@code kind: Deployment}), if it is one of these. */
    public static java.util.Optional<ResourceKind> ofManifestKind(String kind) {
        for (ResourceKind candidate : values()) {
            if (candidate.kind.equals(kind)) {
                return java.util.Optional.of(candidate);
            }
        }
        return java.util.Optional.empty();
    }
}
