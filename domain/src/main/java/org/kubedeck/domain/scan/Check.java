package org.kubedeck.domain.scan;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.kubedeck.domain.Message;

/**
 * What a scan checks, each with an id (the API's {@code check}), its severity and a concrete suggestion. They follow
 * what Popeye and Polaris check by default, and what the console itself knows: the load label and quotas.
 */
public enum Check {
    NO_REQUESTS(Severity.MEDIUM, Message.of("scan.advice.noRequests",
            "Set resources.requests (cpu, memory): the scheduler places the pod by them and quotas count them.")),
    NO_LIMITS(Severity.LOW, Message.of("scan.advice.noLimits",
            "Set resources.limits.memory at least: a leak then restarts one container instead of pressing the "
            + "node.")),
    NO_LIVENESS_PROBE(Severity.LOW, Message.of("scan.advice.noLivenessProbe",
            "Add a livenessProbe, so that a container that hangs is restarted.")),
    NO_READINESS_PROBE(Severity.MEDIUM, Message.of("scan.advice.noReadinessProbe",
            "Add a readinessProbe, so that Services send traffic only to pods that can serve it.")),
    IMAGE_LATEST(Severity.HIGH, Message.of("scan.advice.imageLatest",
            "Pin the image to a version tag or a digest: latest changes under a running workload.")),
    PRIVILEGED(Severity.CRITICAL, Message.of("scan.advice.privileged",
            "Drop securityContext.privileged: the container holds every capability of the node.")),
    RUNS_AS_ROOT(Severity.HIGH, Message.of("scan.advice.runsAsRoot",
            "Set securityContext.runAsNonRoot: true and a runAsUser other than 0.")),
    ADDED_CAPABILITIES(Severity.HIGH, Message.of("scan.advice.addedCapabilities",
            "Remove securityContext.capabilities.add, or keep only what the program needs (NET_BIND_SERVICE).")),
    WRITABLE_ROOT_FILESYSTEM(Severity.LOW, Message.of("scan.advice.writableRootFilesystem",
            "Set securityContext.readOnlyRootFilesystem: true and mount an emptyDir where the program writes.")),
    HOST_PATH(Severity.HIGH, Message.of("scan.advice.hostPath",
            "Replace the hostPath volume with a PersistentVolumeClaim or an emptyDir.")),
    HOST_NETWORK(Severity.HIGH, Message.of("scan.advice.hostNetwork",
            "Drop hostNetwork: the pod then shares the node's network and ports.")),
    SINGLE_REPLICA(Severity.MEDIUM, Message.of("scan.advice.singleReplica",
            "Run two replicas or more, with a PodDisruptionBudget, so that a drain or a crash does not stop the "
            + "service.")),
    PDB_BLOCKS_EVICTION(Severity.MEDIUM, Message.of("scan.advice.pdbBlocksEviction",
            "Loosen the PodDisruptionBudget (minAvailable below the replicas): as it is, no node holding these "
            + "pods can be drained.")),
    SERVICE_SELECTS_NOTHING(Severity.HIGH, Message.of("scan.advice.serviceSelectsNothing",
            "Fix the Service's selector, or delete the Service: it routes to no pod.")),
    SERVICE_IGNORES_LOAD_LABEL(Severity.MEDIUM, Message.of("scan.advice.serviceIgnoresLoadLabel",
            "Add the load label to the Service's selector, so that kicking a pod out of load balancing takes "
            + "effect.")),
    CRASH_LOOP(Severity.CRITICAL, Message.of("scan.advice.crashLoop",
            "Read the container's last logs (previous) and events: it fails at every start.")),
    PENDING(Severity.HIGH, Message.of("scan.advice.pending",
            "Read the scheduler's reason: free capacity, loosen the pod's constraints, or add nodes.")),
    RESTARTS(Severity.MEDIUM, Message.of("scan.advice.restarts",
            "Read the previous container's logs: it restarted often.")),
    OOM_KILLED(Severity.HIGH, Message.of("scan.advice.oomKilled",
            "Raise resources.limits.memory, or find the leak: the kernel killed it for memory.")),
    NODE_NOT_READY(Severity.CRITICAL, Message.of("scan.advice.nodeNotReady",
            "Look at the node's kubelet and conditions; drain it if it does not come back.")),
    NODE_PRESSURE(Severity.HIGH, Message.of("scan.advice.nodePressure",
            "Free the node's memory, disk or process ids, or move pods away: the kubelet evicts pods under "
            + "pressure.")),
    QUOTA_HIGH(Severity.MEDIUM, Message.of("scan.advice.quotaHigh",
            "Raise the quota, or lower the requests of the namespace's workloads, before new pods are refused.")),
    UNUSED_CONFIGMAP(Severity.LOW, Message.of("scan.advice.unusedConfigmap",
            "Delete it if nothing reads it: no pod mounts it or takes its values.")),
    UNUSED_SECRET(Severity.LOW, Message.of("scan.advice.unusedSecret",
            "Delete it if nothing reads it: no pod mounts it, takes its values or pulls with it.")),
    UNUSED_CLAIM(Severity.LOW, Message.of("scan.advice.unusedClaim",
            "Delete the claim if its data is not needed: no pod mounts it, and it holds storage.")),
    INGRESS_MISSING_SERVICE(Severity.HIGH, Message.of("scan.advice.ingressMissingService",
            "Point the rule at an existing Service, or create it: requests there are answered 503.")),
    DEFAULT_NAMESPACE(Severity.LOW, Message.of("scan.advice.defaultNamespace",
            "Move it to a namespace of its own, where quotas, policies and access can be set apart.")),
    DEPRECATED_API(Severity.MEDIUM, Message.of("scan.advice.deprecatedApi",
            "Rewrite its manifests (and the clients that write it) with the API version that replaces this one, "
            + "before the cluster is upgraded past it.")),
    NODE_OVERCOMMITTED(Severity.MEDIUM, Message.of("scan.advice.nodeOvercommitted",
            "Lower the limits of the pods on the node, or move some away: under load they cannot all have what "
            + "they may use, and the kubelet evicts or throttles them.")),
    BUDGET_EXCEEDED(Severity.HIGH, Message.of("scan.advice.budgetExceeded",
            "Lower the namespace's requests (the capacity page suggests sizes from use), or raise its budget.")),
    LABEL_POLICY(Severity.LOW, Message.of("scan.advice.labelPolicy",
            "Set the label the policy requires, on the object's manifest; the labels page fixes every object of "
            + "a kind at once, with a preview."));

    private final Severity severity;
    private final Message advice;

    Check(Severity severity, Message advice) {
        this.severity = severity;
        this.advice = advice;
    }

    public Severity severity() {
        return severity;
    }

    /** The suggestion in English, as findings keep it. */
    public String suggestion() {
        return advice.text();
    }

    /** The suggestion to translate, for a page. */
    public Message advice() {
        return advice;
    }

    /** {@code no-requests}, {@code image-latest}…: the id the API and the database use. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The check of that id; empty when there is none (a check of a later release, say). */
    public static Optional<Check> byId(String id) {
        return Arrays.stream(values()).filter(check -> check.id().equals(id)).findFirst();
    }

    /** A finding of this check about one object. */
    public Finding about(String resource, String namespace, String name, String message) {
        return new Finding(this, resource, namespace, name, message, suggestion());
    }
}
