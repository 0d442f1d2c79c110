package org.kubedeck.application.version;

import java.util.Optional;
import org.kubedeck.application.UseCase;
import org.kubedeck.application.audit.AuditLog;
import org.kubedeck.application.kube.ClusterGate;
import org.kubedeck.application.kube.ResourceHistory;
import org.kubedeck.application.kube.port.out.ResourceCluster;
import org.kubedeck.application.kube.port.out.VersionStore;
import org.kubedeck.application.version.port.in.EditResourceUseCase;
import org.kubedeck.application.version.port.in.ResourceVersionsQuery.ResourceView;
import org.kubedeck.domain.audit.AuditAction;
import org.kubedeck.domain.audit.AuditDetail;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.kube.LiveResource;
import org.kubedeck.domain.kube.ResourceRef;
import org.kubedeck.domain.kube.YamlVersion;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.ClusterAction;

/** Edits a resource's YAML at the version the user loaded; the result is recorded as a version and audited. */
@UseCase
class EditResourceService implements EditResourceUseCase {

    private final ClusterGate gate;
    private final ResourceCluster resources;
    private final ResourceHistory history;
    private final AuditLog auditLog;
    private final Versions versions;

    EditResourceService(ClusterGate gate, ResourceCluster resources, VersionStore store, ResourceHistory history,
            AuditLog auditLog) {
        this.gate = gate;
        this.resources = resources;
        this.history = history;
        this.auditLog = auditLog;
        this.versions = new Versions(store);
    }

    @Override
    public ResourceView edit(Actor actor, EditResourceCommand command) {
        ResourceRef resource = command.resource();
        ClusterAccess access = gate.open(actor, resource, ClusterAction.CHANGE, "edit " + resource.describe());
        // A change made elsewhere since the page was loaded is refused below; one made before is recorded first.
        history.observe(access, resource);
        LiveResource stored = resources.replace(access, resource.kind(), resource.namespace(), resource.name(),
                command.yaml(), command.resourceVersion(), history.mask());
        Optional<YamlVersion> recorded = history.record(resource, stored, actor.username().value(), command.note());
        auditLog.success(actor, AuditAction.RESOURCE_EDITED, resource.describe(), resource.cluster().value(),
                AuditDetail.of("version", recorded.map(YamlVersion::version)
                        .orElse(versions.latestNumber(resource)), "note", command.note()));
        return new ResourceView(resource, stored.yaml(), stored.resourceVersion(), versions.latestNumber(resource));
    }

    @Override
    public ResourceView check(Actor actor, EditResourceCommand command) {
        ResourceRef resource = command.resource();
        ClusterAccess access = gate.open(actor, resource, ClusterAction.CHANGE, "edit " + resource.describe());
        LiveResource checked = resources.replaceDryRun(access, resource.kind(), resource.namespace(),
                resource.name(), command.yaml(), command.resourceVersion(), history.mask());
        return new ResourceView(resource, checked.yaml(), checked.resourceVersion(),
                versions.latestNumber(resource));
    }
}
