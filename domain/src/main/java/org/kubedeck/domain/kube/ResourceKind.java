package org.kubedeck.domain.kube;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;

/**
 * A kind of Kubernetes object: its API group and version, its plural (the word in API paths), its manifest kind,
 * and whether its objects live in a namespace. The kinds the console knows by name are constants; a kind the API
 * server serves beyond them (a custom resource) is made with {@link #discovered}. Two kinds are the same when their
 * group and plural are: the version is how the console speaks to it, not what it is.
 *
 * <p>The pod console's workloads are four of these kinds ({@link #WORKLOADS}), {@link #POD} standing for the pods
 * no controller owns.
 *
 * <p>Kinds sort as the console lists them: the known kinds in {@link #BUILT_IN} order, then the others by name.
 */
public record ResourceKind(String group, String version, String plural, String kind, boolean namespaced)
        implements Comparable<ResourceKind> {

    /**
     * An RFC 1123 subdomain (a group), or a DNS label (a plural or a version). Declared before the constants,
     * which are checked against it.
     */
    private static final Pattern DNS = Pattern.compile("[a-z0-9]([-a-z0-9.]*[a-z0-9])?");
    private static final Pattern KIND = Pattern.compile("[A-Za-z][A-Za-z0-9]*");

    public static final ResourceKind DEPLOYMENT = builtIn("apps", "deployments", "Deployment");
    public static final ResourceKind STATEFULSET = builtIn("apps", "statefulsets", "StatefulSet");
    public static final ResourceKind DAEMONSET = builtIn("apps", "daemonsets", "DaemonSet");
    public static final ResourceKind SERVICE = builtIn("", "services", "Service");
    public static final ResourceKind CONFIGMAP = builtIn("", "configmaps", "ConfigMap");
    public static final ResourceKind SECRET = builtIn("", "secrets", "Secret");
    public static final ResourceKind INGRESS = builtIn("networking.k8s.io", "ingresses", "Ingress");
    public static final ResourceKind CRONJOB = builtIn("batch", "cronjobs", "CronJob");
    public static final ResourceKind RESOURCEQUOTA = builtIn("", "resourcequotas", "ResourceQuota");
    public static final ResourceKind LIMITRANGE = builtIn("", "limitranges", "LimitRange");
    /** Versioned when the console changes its labels (kick and restore); not backed up, pods come and go. */
    public static final ResourceKind POD = builtIn("", "pods", "Pod");

    /**
     * A Job, which a CronJob's run by hand creates. Not among the kinds known by name: its objects come and go, and
     * it is listed, versioned and spoken of as any discovered kind is ({@code jobs.batch}).
     */
    public static final ResourceKind JOB = new ResourceKind("batch", "v1", "jobs", "Job", true);

    /** A node, which cordoning changes; cluster-wide, spoken of as any discovered kind is ({@code nodes}). */
    public static final ResourceKind NODE = new ResourceKind("", "v1", "nodes", "Node", false);

    /** The kinds the console knows by name, in the order it lists them. */
    public static final List<ResourceKind> BUILT_IN = List.of(DEPLOYMENT, STATEFULSET, DAEMONSET, SERVICE, CONFIGMAP,
            SECRET, INGRESS, CRONJOB, RESOURCEQUOTA, LIMITRANGE, POD);

    /** The kinds the pod console browses, in the order it lists them. */
    public static final List<ResourceKind> WORKLOADS = List.of(DEPLOYMENT, STATEFULSET, DAEMONSET, POD);

    public ResourceKind {
        Objects.requireNonNull(group);
        if (!group.isEmpty() && !DNS.matcher(group).matches()) {
            throw new InvalidInputException("kind", Message.of("kube.notApiGroup",
                    "'{0}' is not an API group.", group));
        }
        if (version == null || !DNS.matcher(version).matches() || plural == null || !DNS.matcher(plural).matches()) {
            throw new InvalidInputException("kind", Message.of("kube.versionNotResource",
                    "'{0}' in version '{1}' is not a resource.", plural, version));
        }
        if (kind == null || !KIND.matcher(kind).matches()) {
            throw new InvalidInputException("kind", Message.of("kube.notKind", "'{0}' is not a kind.", kind));
        }
    }

    private static ResourceKind builtIn(String group, String plural, String kind) {
        return new ResourceKind(group, "v1", plural, kind, true);
    }

    /** A kind the API server's discovery names, such as a custom resource; the known kinds stay the constants. */
    public static ResourceKind discovered(String group, String version, String plural, String kind,
            boolean namespaced) {
        ResourceKind found = new ResourceKind(group, version, plural, kind, namespaced);
        return BUILT_IN.stream().filter(found::equals).findFirst().orElse(found);
    }

    /** {@code apps/v1}, or {@code v1} for the core group. */
    public String apiVersion() {
        return group.isEmpty() ? version : group + "/" + version;
    }

    /** kubectl's name for it: the plural, with its group where it has one ({@code deployments.apps}). */
    public String resource() {
        return group.isEmpty() ? plural : plural + "." + group;
    }

    /**
     * The word in paths, JSON and the database: {@code deployment} for a kind the console knows by name, kubectl's
     * name ({@code widgets.example.com}) for any other.
     */
    public String code() {
        return BUILT_IN.contains(this) ? kind.toLowerCase(Locale.ROOT) : resource();
    }

    /**
     * The namespace an object of this kind is addressed in: {@code namespace} for a namespaced kind, which must name
     * one (InvalidInputException otherwise), empty for a cluster-wide kind.
     */
    public String namespaceOf(String namespace) {
        if (!namespaced) {
            return "";
        }
        if (namespace == null || namespace.isEmpty()) {
            throw new InvalidInputException("namespace", Message.of("resource.namespaceNeeded",
                    "A {0} lives in a namespace: name it.", kind));
        }
        return namespace;
    }

    public boolean isWorkload() {
        return WORKLOADS.contains(this);
    }

    public boolean backedUp() {
        return BUILT_IN.contains(this) && !equals(POD);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ResourceKind that && group.equals(that.group) && plural.equals(that.plural);
    }

    @Override
    public int hashCode() {
        return Objects.hash(group, plural);
    }

    @Override
    public int compareTo(ResourceKind other) {
        int mine = BUILT_IN.indexOf(this);
        int theirs = BUILT_IN.indexOf(other);
        if (mine >= 0 || theirs >= 0) {
            return Integer.compare(mine < 0 ? BUILT_IN.size() : mine, theirs < 0 ? BUILT_IN.size() : theirs);
        }
        return resource().compareTo(other.resource());
    }

    @Override
    public String toString() {
        return code();
    }

    /**
     * One of the kinds the console knows by name, by its code, its kind or its plural in any case:
     * {@code deployment}, {@code Deployment}, {@code deployments}.
     */
    public static ResourceKind of(String value) {
        return find(BUILT_IN, value).orElseThrow(() -> new InvalidInputException("kind",
                Message.of("kube.unknownKindOne",
                "Unknown kind '{0}'; one of {1}.", value, codes(BUILT_IN))));
    }

    /**
     * A kind as a record of it was stored: a known kind by its {@link #code}; any other by kubectl's name for it
     * ({@code widgets.example.com}) with the apiVersion ({@code example.com/v1}) and manifest kind it was recorded
     * at, and whether its objects are namespaced (a record of a cluster-wide object has no namespace).
     */
    public static ResourceKind stored(String code, String apiVersion, String manifestKind, boolean namespaced) {
        Optional<ResourceKind> known = find(BUILT_IN, code);
        if (known.isPresent() || apiVersion == null || manifestKind == null) {
            return known.orElseGet(() -> of(code));
        }
        int dot = code.indexOf('.');
        int slash = apiVersion.indexOf('/');
        return discovered(dot < 0 ? "" : code.substring(dot + 1), slash < 0 ? apiVersion
                : apiVersion.substring(slash + 1), dot < 0 ? code : code.substring(0, dot), manifestKind, namespaced);
    }

    /** One of the kinds the console knows by name, as {@link #of} reads it, if it is one. */
    public static Optional<ResourceKind> known(String value) {
        return find(BUILT_IN, value);
    }

    /** One of the {@link #WORKLOADS}, by its code or plural in any case; field {@code type} if it is none. */
    public static ResourceKind workload(String value) {
        return find(WORKLOADS, value).orElseThrow(() -> new InvalidInputException("type",
                Message.of("kube.workloadTypeNotOne",
                "Workload type '{0}' is not one of {1}.", value, codes(WORKLOADS))));
    }

    /** The known kind named in a manifest ({@code kind: Deployment}), if it is one. */
    public static Optional<ResourceKind> ofManifestKind(String kind) {
        return BUILT_IN.stream().filter(candidate -> candidate.kind.equals(kind)).findFirst();
    }

    private static Optional<ResourceKind> find(List<ResourceKind> kinds, String value) {
        if (value == null) {
            return Optional.empty();
        }
        String wanted = value.trim().toLowerCase(Locale.ROOT);
        return kinds.stream().filter(kind -> kind.code().equals(wanted) || kind.plural.equals(wanted)).findFirst();
    }

    private static String codes(List<ResourceKind> kinds) {
        return kinds.stream().map(ResourceKind::code).collect(Collectors.joining(", "));
    }
}
