package org.kubedeck.web.scan;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.kubedeck.application.container.port.in.ContainerLogsQuery;
import org.kubedeck.application.scan.port.in.ScanClusterUseCase;
import org.kubedeck.application.scan.port.in.ScanClusterUseCase.ScanCommand;
import org.kubedeck.application.scan.port.in.ValidateManifestUseCase;
import org.kubedeck.application.scan.port.in.ValidateManifestUseCase.ValidateManifestCommand;
import org.kubedeck.application.workload.port.in.BrowseWorkloadsQuery;
import org.kubedeck.domain.container.ContainerRef;
import org.kubedeck.domain.container.LogQuery;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.kube.ResourceRef;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.workload.PodDetail;
import org.kubedeck.domain.workload.PodView;
import org.kubedeck.web.scan.ScanApiController.FindingJson;
import org.kubedeck.web.scan.ScanApiController.ManifestJson;
import org.kubedeck.web.scan.ScanApiController.ScanJson;
import org.kubedeck.web.support.mcp.McpArguments;
import org.kubedeck.web.support.mcp.McpInput;
import org.kubedeck.web.support.mcp.McpTool;
import org.kubedeck.web.support.mcp.McpToolbox;
import org.springframework.stereotype.Component;

/** Scans as tools: a cluster's findings, and one pod explained with what the scan finds about it. */
@Component
class ScanTools implements McpToolbox {

    /** The lines of each container's log that pod_explain answers. */
    static final int EXPLAIN_LINES = 20;

    private final ScanClusterUseCase scans;
    private final ValidateManifestUseCase validating;
    private final BrowseWorkloadsQuery browse;
    private final ContainerLogsQuery logs;

    ScanTools(ScanClusterUseCase scans, ValidateManifestUseCase validating, BrowseWorkloadsQuery browse,
            ContainerLogsQuery logs) {
        this.scans = scans;
        this.validating = validating;
        this.browse = browse;
        this.logs = logs;
    }

    record PodStatusJson(String name, String namespace, String phase, boolean ready, int restarts, String nodeName,
            String nodeIp, String podIp, Instant createdAt, Map<String, String> labels) {

        static PodStatusJson of(PodView pod) {
            return new PodStatusJson(pod.name(), pod.namespace(), pod.phase(), pod.ready(), pod.restarts(),
                    pod.nodeName(), pod.nodeIp(), pod.podIp(), pod.createdAt(), pod.labels());
        }
    }

    record ContainerLogJson(String container, List<String> lines) {
    }

    /** {@code owner}: {@code ReplicaSet/web-5d9f}, or null for a pod of its own. */
    record PodExplanationJson(PodStatusJson pod, String owner, String qosClass,
            List<PodDetail.ContainerView> containers, List<PodDetail.Condition> conditions,
            List<PodDetail.Event> events, List<ContainerLogJson> logs, List<FindingJson> findings) {
    }

    @Override
    public List<McpTool> tools() {
        return List.of(
                McpTool.reading("cluster_scan", "Scan a cluster", "Runs the console's checks on a cluster, or one "
                        + "namespace: misconfigured containers, pods failing, Services selecting nothing, nodes "
                        + "under pressure, quotas near their limit, unused objects... Answers the score (0 to 100) "
                        + "and each finding with its severity and a suggestion. The scan is kept in the console.",
                        McpInput.cluster().text("namespace", "Only this namespace; the whole cluster when left out.",
                                false),
                        (actor, args) -> ScanJson.of(scans.scan(actor, new ScanCommand(args.cluster(),
                                args.optionalText("namespace"))))),
                McpTool.reading("manifest_validate", "Validate a manifest", "Checks one object's YAML before it "
                        + "is applied: the API server's dry run (schema, admission, quotas; nothing is stored) and "
                        + "the scan's checks on the object as it would be in its namespace.",
                        McpInput.cluster().text("yaml", "One Kubernetes object as YAML; without a namespace it is "
                                + "checked for default.", true),
                        (actor, args) -> ManifestJson.of(validating.validate(actor,
                                new ValidateManifestCommand(args.cluster(), args.text("yaml"))))),
                McpTool.reading("pod_explain", "Explain a pod", "A pod in one answer: its status, containers, "
                        + "conditions and events, the last " + EXPLAIN_LINES + " lines of each container's log, "
                        + "and what the checks find about the pod and the workload it belongs to.",
                        McpInput.pod(), this::explain));
    }

    private PodExplanationJson explain(Actor actor, McpArguments args) {
        ResourceRef ref = new ResourceRef(args.cluster(), args.text("namespace"), ResourceKind.POD, args.text("pod"));
        PodDetail detail = browse.pod(actor, ref);
        List<ContainerLogJson> lastLines = detail.containers().stream().filter(container -> !container.init())
                .map(container -> new ContainerLogJson(container.name(), logs.logs(actor,
                        new ContainerRef(ref, container.name()), LogQuery.tail(EXPLAIN_LINES)).lines()))
                .toList();
        String owner = detail.owner() == null ? null : detail.owner().name();
        List<FindingJson> findings = scans.check(actor, new ScanCommand(ref.cluster(), ref.namespace())).stream()
                .filter(finding -> finding.name().equals(ref.name()) || ownedBy(finding.name(), owner))
                .map(FindingJson::of).toList();
        return new PodExplanationJson(PodStatusJson.of(detail.pod()), owner == null ? null
                : detail.owner().kind() + "/" + owner, detail.qosClass(), detail.containers(), detail.conditions(),
                detail.events(), lastLines, findings);
    }

    /** Whether a finding's object is the pod's owner, or the Deployment that owns the pod's ReplicaSet. */
    private static boolean ownedBy(String name, String owner) {
        return owner != null && (owner.equals(name) || owner.startsWith(name + "-")
                && owner.substring(name.length() + 1).matches("[a-z0-9]{1,10}"));
    }
}
