package org.kubedeck.application.scan;

import java.util.List;
import java.util.Optional;
import org.kubedeck.application.UseCase;
import org.kubedeck.application.kube.ClusterGate;
import org.kubedeck.application.kube.ResourceHistory;
import org.kubedeck.application.kube.port.out.KindDiscovery;
import org.kubedeck.application.kube.port.out.ResourceCluster;
import org.kubedeck.application.scan.port.in.ValidateManifestUseCase;
import org.kubedeck.application.scan.port.out.ScanCluster;
import org.kubedeck.application.scan.port.out.ScanCluster.Planned;
import org.kubedeck.domain.ConflictException;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.kube.LiveResource;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.scan.Finding;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.ClusterAction;

/**
 * The dry run is a create for a new object and a replace, at the version read, for an existing one; the API
 * server's refusal of the content is the answer's {@code refusal}, not a failure of the check.
 */
@UseCase
class ValidateManifestService implements ValidateManifestUseCase {

    private static final String DEFAULT_NAMESPACE = "default";

    private final ClusterGate gate;
    private final ScanCluster scanning;
    private final KindDiscovery discovery;
    private final ResourceCluster resources;
    private final ResourceHistory history;
    private final Scans scans;

    ValidateManifestService(ClusterGate gate, ScanCluster scanning, KindDiscovery discovery,
            ResourceCluster resources, ResourceHistory history, Scans scans) {
        this.scans = scans;
        this.gate = gate;
        this.scanning = scanning;
        this.discovery = discovery;
        this.resources = resources;
        this.history = history;
    }

    @Override
    public ManifestCheck validate(Actor actor, ValidateManifestCommand command) {
        ClusterAccess access = gate.open(actor, command.cluster(), ClusterAction.VIEW, "validate a manifest",
                command.cluster().value());
        Planned planned = scanning.planned(access, DEFAULT_NAMESPACE, command.yaml());
        String apiVersion = planned.apiVersion() == null ? "" : planned.apiVersion();
        String group = apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
        ResourceKind kind = discovery.kinds(access).byKind(group, planned.kind()).orElseThrow(() ->
                new InvalidInputException("yaml", Message.of("scan.kindNotServed",
                        "The cluster serves no kind {0} of {1}.", planned.kind(), apiVersion)));
        String namespace = kind.namespaced() ? planned.namespace() : "";
        Optional<LiveResource> current = resources.read(access, kind, namespace, planned.name(), history.mask());
        Message refusal = null;
        try {
            if (current.isPresent()) {
                resources.replaceDryRun(access, kind, namespace, planned.name(), command.yaml(),
                        current.get().resourceVersion(), history.mask());
            } else {
                resources.create(access, kind, namespace, command.yaml(), true, history.mask());
            }
        } catch (InvalidInputException | ConflictException e) {
            refusal = e.message();
        }
        List<Finding> findings = scans.findings(command.cluster(), planned.snapshot()).stream()
                .filter(finding -> finding.resource().equals(kind.resource()) && finding.namespace().equals(namespace)
                        && finding.name().equals(planned.name()))
                .toList();
        return new ManifestCheck(kind.resource(), namespace, planned.name(), current.isPresent(), refusal, findings);
    }
}
