package org.kubedeck.domain.scan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kubedeck.domain.scan.ClusterSnapshot.Container;
import org.kubedeck.domain.capacity.CapacityReport;
import org.kubedeck.domain.capacity.CapacityReport.NamespaceLine;
import org.kubedeck.domain.capacity.CapacityReport.NodeLine;
import org.kubedeck.domain.scan.ClusterSnapshot.ContainerState;
import org.kubedeck.domain.scan.ClusterSnapshot.Meta;
import org.kubedeck.domain.scan.ClusterSnapshot.Pod;
import org.kubedeck.domain.scan.ClusterSnapshot.Service;
import org.kubedeck.domain.scan.ClusterSnapshot.Stored;
import org.kubedeck.domain.scan.ClusterSnapshot.Template;
import org.kubedeck.domain.scan.ClusterSnapshot.Workload;
import org.kubedeck.domain.workload.LoadLabel;

/**
 * The checks of a scan, run over a snapshot: each finding names its check, the object and what is wrong, in the
 * order objects come (workloads, pods, Services, nodes, quotas, what nothing uses, Ingresses).
 */
public final class Scanner {

    /** Restarts from which a container counts as restarting often. */
    public static final int MANY_RESTARTS = 5;
    private static final String PODS = "pods";
    private static final String DEFAULT = "default";
    /** Kept by Kubernetes in every namespace, read by every pod's service account volume. */
    private static final String ROOT_CA = "kube-root-ca.crt";
    private static final String ACCOUNT_TOKEN = "kubernetes.io/service-account-token";

    private final LoadLabel load;
    private final double quotaWarning;

    /** @param quotaWarning the share of a quota (0 to 1) from which it is reported */
    public Scanner(LoadLabel load, double quotaWarning) {
        this.load = load;
        this.quotaWarning = quotaWarning;
    }

    public List<Finding> scan(ClusterSnapshot snapshot) {
        return scan(snapshot, ClusterRules.NONE);
    }

    /**
     * The checks, each of the cluster's label policies on the objects of its kinds, and each namespace's budget
     * against the cost of its requests.
     */
    public List<Finding> scan(ClusterSnapshot snapshot, ClusterRules rules) {
        List<Finding> findings = new ArrayList<>();
        for (Workload workload : snapshot.workloads()) {
            template(findings, workload.resource(), workload.namespace(), workload.name(), workload.template());
            replicas(findings, snapshot, workload);
        }
        for (Pod pod : snapshot.pods()) {
            if (!pod.controlled()) {
                template(findings, PODS, pod.namespace(), pod.name(), pod.template());
            }
            health(findings, pod);
        }
        snapshot.services().forEach(service -> service(findings, snapshot, service));
        snapshot.nodes().forEach(node -> {
            if (!node.ready()) {
                findings.add(Check.NODE_NOT_READY.about("nodes", "", node.name(), "The node is not Ready."));
            }
            node.pressures().forEach(pressure -> findings.add(Check.NODE_PRESSURE.about("nodes", "", node.name(),
                    "The node reports " + pressure + ".")));
        });
        snapshot.quotas().stream().filter(use -> use.ratio() >= quotaWarning).forEach(use -> findings.add(
                Check.QUOTA_HIGH.about("resourcequotas", use.namespace(), use.quota(), String.format(
                        "%s is at %.0f %% of the quota.", use.resource(), use.ratio() * 100))));
        unused(findings, snapshot);
        Set<String> services = new HashSet<>();
        snapshot.services().forEach(service -> services.add(service.namespace() + "/" + service.name()));
        snapshot.routes().stream().filter(route -> !services.contains(route.namespace() + "/" + route.service()))
                .forEach(route -> findings.add(Check.INGRESS_MISSING_SERVICE.about("ingresses.networking.k8s.io",
                        route.namespace(), route.ingress(), "A rule sends requests to Service " + route.service()
                                + ", which does not exist.")));
        for (Meta meta : snapshot.metas()) {
            meta.apiVersions().stream().sorted().map(DeprecatedApi::of).flatMap(Optional::stream)
                    .forEach(api -> findings.add(Check.DEPRECATED_API.about(meta.resource(), meta.namespace(),
                            meta.name(), "It was written through " + api.apiVersion() + ", which Kubernetes "
                                    + api.removedIn() + " no longer serves; use " + api.replacement() + ".")));
            rules.policies().stream().filter(policy -> policy.appliesTo(meta.resource()))
                    .forEach(policy -> policy.violation(meta.labels()).ifPresent(violation -> findings.add(
                            Check.LABEL_POLICY.about(meta.resource(), meta.namespace(), meta.name(), violation))));
        }
        snapshot.requested().forEach(request -> findings.add(Check.DEPRECATED_API.about(
                request.group().isEmpty() ? request.resource() : request.resource() + "." + request.group(), "",
                request.apiVersion(), "Clients asked for " + request.resource() + " through " + request.apiVersion()
                        + " since the API server started; Kubernetes " + request.removedIn() + " no longer serves it"
                        + DeprecatedApi.of(request.apiVersion()).map(api -> ": use " + api.replacement() + ".")
                                .orElse("."))));
        capacity(findings, CapacityReport.of(snapshot.capacity(), rules.prices(), rules.budgets()));
        return findings;
    }

    /** A node's pods limited beyond what it holds (of the pods read: at least that much), a namespace over budget. */
    private static void capacity(List<Finding> findings, CapacityReport report) {
        report.nodes().stream().filter(NodeLine::overcommitted).forEach(node -> findings.add(
                Check.NODE_OVERCOMMITTED.about("nodes", "", node.name(), "Its pods may use cpu "
                        + node.limits().cpuText() + " and memory " + node.limits().memoryText() + "; it holds cpu "
                        + node.allocatable().cpuText() + " and memory " + node.allocatable().memoryText() + ".")));
        String currency = report.prices().currency().isEmpty() ? "" : " " + report.prices().currency();
        report.namespaces().stream().filter(NamespaceLine::overBudget).forEach(line -> findings.add(
                Check.BUDGET_EXCEEDED.about("namespaces", line.namespace(), line.namespace(), "Its requests cost "
                        + line.monthly().toPlainString() + currency + " a month; its budget is "
                        + line.budget().toPlainString() + currency + ".")));
    }

    /** A score from 0 to 100: the objects looked at against them and the weight of what was found. */
    public static int score(List<Finding> findings, int objects) {
        int weight = findings.stream().mapToInt(finding -> finding.severity().weight()).sum();
        return objects + weight == 0 ? 100 : (int) Math.round(100.0 * objects / (objects + weight));
    }

    private void template(List<Finding> findings, String resource, String namespace, String name,
            Template template) {
        if (DEFAULT.equals(namespace)) {
            findings.add(Check.DEFAULT_NAMESPACE.about(resource, namespace, name, "It runs in the default "
                    + "namespace."));
        }
        for (Container container : template.containers()) {
            String in = "Container " + container.name() + " ";
            if (!container.requests()) {
                findings.add(Check.NO_REQUESTS.about(resource, namespace, name, in + "requests no cpu or memory."));
            }
            if (!container.limits()) {
                findings.add(Check.NO_LIMITS.about(resource, namespace, name, in + "has no limits."));
            }
            if (!container.liveness()) {
                findings.add(Check.NO_LIVENESS_PROBE.about(resource, namespace, name, in + "has no liveness probe."));
            }
            if (!container.readiness()) {
                findings.add(Check.NO_READINESS_PROBE.about(resource, namespace, name, in
                        + "has no readiness probe."));
            }
            if (latest(container.image())) {
                findings.add(Check.IMAGE_LATEST.about(resource, namespace, name, in + "runs " + container.image()
                        + ", which names no version."));
            }
            if (container.privileged()) {
                findings.add(Check.PRIVILEGED.about(resource, namespace, name, in + "is privileged."));
            }
            if (!Boolean.TRUE.equals(container.runAsNonRoot()) || Long.valueOf(0).equals(container.runAsUser())) {
                findings.add(Check.RUNS_AS_ROOT.about(resource, namespace, name, in + "may run as root."));
            }
            if (!container.addedCapabilities().isEmpty()) {
                findings.add(Check.ADDED_CAPABILITIES.about(resource, namespace, name, in + "adds capabilities "
                        + String.join(", ", container.addedCapabilities()) + "."));
            }
            if (!container.readOnlyRootFilesystem()) {
                findings.add(Check.WRITABLE_ROOT_FILESYSTEM.about(resource, namespace, name, in
                        + "may write to its root filesystem."));
            }
        }
        template.hostPaths().forEach(path -> findings.add(Check.HOST_PATH.about(resource, namespace, name,
                "It mounts the node's " + path + ".")));
        if (template.hostNetwork()) {
            findings.add(Check.HOST_NETWORK.about(resource, namespace, name, "It uses the node's network."));
        }
    }

    /** No tag, or {@code latest}; a digest pins it whatever the tag. */
    private static boolean latest(String image) {
        if (image == null || image.contains("@")) {
            return false;
        }
        int slash = image.lastIndexOf('/');
        int colon = image.lastIndexOf(':');
        return colon <= slash || image.substring(colon + 1).equals("latest");
    }

    /** A Deployment or StatefulSet of one replica without a budget, or any workload whose budget allows nothing. */
    private static void replicas(List<Finding> findings, ClusterSnapshot snapshot, Workload workload) {
        List<ClusterSnapshot.Budget> budgets = snapshot.budgets().stream()
                .filter(budget -> budget.namespace().equals(workload.namespace()) && !budget.matchLabels().isEmpty()
                        && workload.template().labels().entrySet().containsAll(budget.matchLabels().entrySet()))
                .toList();
        boolean daemons = workload.resource().startsWith("daemonsets");
        if (!daemons && workload.replicas() == 1 && budgets.isEmpty()) {
            findings.add(Check.SINGLE_REPLICA.about(workload.resource(), workload.namespace(), workload.name(),
                    "It runs one replica and no PodDisruptionBudget covers it."));
        }
        budgets.stream().filter(budget -> budget.disruptionsAllowed() == 0 && budget.expectedPods() > 0)
                .forEach(budget -> findings.add(Check.PDB_BLOCKS_EVICTION.about(workload.resource(),
                        workload.namespace(), workload.name(), "PodDisruptionBudget " + budget.name()
                                + " allows no eviction of its pods.")));
    }

    private static void health(List<Finding> findings, Pod pod) {
        if ("Pending".equals(pod.phase())) {
            findings.add(Check.PENDING.about(PODS, pod.namespace(), pod.name(), "It waits for a node"
                    + (pod.pendingReason().isEmpty() ? "." : ": " + pod.pendingReason())));
        }
        for (ContainerState state : pod.containers()) {
            String in = "Container " + state.name() + " ";
            if ("CrashLoopBackOff".equals(state.waitingReason())) {
                findings.add(Check.CRASH_LOOP.about(PODS, pod.namespace(), pod.name(), in + "is crash-looping ("
                        + state.restarts() + " restarts)."));
            } else if (state.restarts() >= MANY_RESTARTS) {
                findings.add(Check.RESTARTS.about(PODS, pod.namespace(), pod.name(), in + "restarted "
                        + state.restarts() + " times."));
            }
            if ("OOMKilled".equals(state.lastTermination())) {
                findings.add(Check.OOM_KILLED.about(PODS, pod.namespace(), pod.name(), in
                        + "was last killed for memory (OOMKilled)."));
            }
        }
    }

    private void service(List<Finding> findings, ClusterSnapshot snapshot, Service service) {
        Map<String, String> selector = service.selector();
        if (selector.isEmpty()) {
            return;
        }
        List<Pod> selected = snapshot.pods().stream().filter(pod -> pod.namespace().equals(service.namespace())
                && pod.template().labels().entrySet().containsAll(selector.entrySet())).toList();
        if (selected.isEmpty()) {
            findings.add(Check.SERVICE_SELECTS_NOTHING.about("services", service.namespace(), service.name(),
                    "Its selector " + selector + " matches no pod."));
        } else if (!selector.containsKey(load.key())
                && selected.stream().anyMatch(pod -> pod.template().labels().containsKey(load.key()))) {
            findings.add(Check.SERVICE_IGNORES_LOAD_LABEL.about("services", service.namespace(), service.name(),
                    "Its pods carry the load label " + load.key() + ", which its selector ignores: a kick does "
                            + "not take them out."));
        }
    }

    /** ConfigMaps, Secrets and claims no pod reads (a workload's template counts as its pods). */
    private static void unused(List<Finding> findings, ClusterSnapshot snapshot) {
        Set<String> read = new HashSet<>();
        snapshot.workloads().forEach(workload -> reads(read, workload.namespace(), workload.template()));
        snapshot.pods().forEach(pod -> reads(read, pod.namespace(), pod.template()));
        for (Stored stored : snapshot.stored()) {
            if (stored.name().equals(ROOT_CA) || ACCOUNT_TOKEN.equals(stored.type())
                    || read.contains(stored.resource() + " " + stored.namespace() + "/" + stored.name())) {
                continue;
            }
            Check check = switch (stored.resource()) {
                case "configmaps" -> Check.UNUSED_CONFIGMAP;
                case "secrets" -> Check.UNUSED_SECRET;
                default -> Check.UNUSED_CLAIM;
            };
            findings.add(check.about(stored.resource(), stored.namespace(), stored.name(), "No pod reads it."));
        }
    }

    /** What the template reads, as {@code configmaps shop/settings}. */
    private static void reads(Set<String> read, String namespace, Template template) {
        template.configMaps().forEach(name -> read.add("configmaps " + namespace + "/" + name));
        template.secrets().forEach(name -> read.add("secrets " + namespace + "/" + name));
        template.claims().forEach(name -> read.add("persistentvolumeclaims " + namespace + "/" + name));
    }
}
